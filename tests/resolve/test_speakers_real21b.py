"""Speakers on real French copy (session 21b): a description, a role or a body's noun that the
reading order left open is the one person or body of the whole article it fits.

Each class was seen on several real French news pages (the study sets of sessions 18-20 and
pages of the search corpus); the texts here are invented (people, places, bodies) in the
layout of that copy. Each positive has a negative where the article gives two candidates,
or none of the right kind, and the statement must stay open.
"""

from __future__ import annotations

from datetime import date

from said_by import speakers

from dixit.core import statements_from_doc
from dixit.model import Article

# 1. A role with a body's acronym ("la directrice de l'ARE") is the person the article set
# that role beside, with the body spelt out ("(la directrice de l'Agence régionale de
# l'eau) Odile Ferrandon"), even when the title came in someone else's words.

ACRONYM = (
    "Le syndicat des irrigants ne demandera pas de dérogation cet été, a déclaré mardi "
    "Bernard Quillet.\n\n"
    "« Notre ligne, comme l'a dit (la directrice de l'Agence régionale de l'eau) "
    "Odile Ferrandon, reste la prudence », a ajouté le président du syndicat.\n\n"
    "{subject} a reconnu lundi que les nappes étaient plus basses que prévu.\n"
)


def test_a_role_with_an_acronym_is_the_person_given_the_role_spelt_out(nlp) -> None:
    text = "L'Agence régionale de l'eau (ARE) surveille les nappes.\n\n" + ACRONYM.format(
        subject="La directrice de l'ARE"
    )
    found = dict(speakers(nlp, text))
    assert found["La directrice de l'ARE"] == "Odile Ferrandon"


def test_a_role_of_another_body_is_not_that_person(nlp) -> None:
    text = (
        "L'Agence régionale de l'eau (ARE) et la Chambre des métiers (CDM) surveillent "
        "les nappes.\n\n" + ACRONYM.format(subject="La directrice de la CDM")
    )
    found = dict(speakers(nlp, text))
    assert found["La directrice de la CDM"] != "Odile Ferrandon"


# 2. A description the article only later pins on a name ("l'inspectrice d'académie, qui
# évoque …" ¶ "« … », s'agace Hélène X. L'inspectrice rappelle …") is that person.

LATER = (
    "Les parents d'élèves bloquent l'école du Vallon depuis trois semaines.\n\n"
    "Un geste qui ne fait pas rire l'inspectrice d'académie, qui évoque une méthode "
    "« inacceptable ». « Je ne peux pas créer de poste », s'agace {speaker}. "
    "L'inspectrice rappelle que les parents ont été reçus deux fois.\n"
)


def test_a_description_pinned_on_a_name_later_is_that_person(nlp) -> None:
    found = dict(speakers(nlp, LATER.format(speaker="Hélène Verdasque")))
    assert found["l'inspectrice d'académie"] == "Hélène Verdasque"


def test_a_description_pinned_on_nobody_stays_open(nlp) -> None:
    text = LATER.replace("L'inspectrice rappelle", "Le maire rappelle").format(
        speaker="la mère d'une élève, Julie Carbonne"
    )
    found = dict(speakers(nlp, text))
    assert found["l'inspectrice d'académie"] is None


# 3. An office that heads a body, left unnamed ("précise le procureur de Valbrune"), speaks
# for the body the article names with the same place ("le parquet de Valbrune").

PROSECUTOR = (
    "Un poids lourd a percuté deux voitures de gendarmerie sur la rocade de Valbrune.\n\n"
    "{body} précise que les gendarmes procédaient à une interpellation. Le chauffeur a "
    "perdu le contrôle de son camion, précise le procureur de Valbrune.\n"
)


def test_an_unnamed_prosecutor_speaks_for_the_parquet_of_his_town(nlp) -> None:
    found = speakers(nlp, PROSECUTOR.format(body="Le parquet de Valbrune"))
    assert ("le procureur de Valbrune", "Parquet de Valbrune") in found


def test_an_unnamed_prosecutor_is_not_the_parquet_of_another_town(nlp) -> None:
    found = dict(speakers(nlp, PROSECUTOR.format(body="Le parquet de Morlenne")))
    assert found["le procureur de Valbrune"] != "Parquet de Morlenne"


# 4. A body completed by a place noun ("le parquet de la ville") is the body the article
# names with the town ("le parquet de Valbrune"), before or after.

TOWN = (
    "Le suspect a été interpellé dimanche à Valbrune, a annoncé le parquet de la ville.\n\n"
    "{named} a précisé que le suspect avait été placé en garde à vue.\n"
)


def test_a_body_of_the_town_is_the_body_named_with_the_town(nlp) -> None:
    found = dict(speakers(nlp, TOWN.format(named="Le parquet de Valbrune")))
    assert found["le parquet de la ville"] == "Parquet de Valbrune"


def test_a_body_of_the_town_between_two_named_bodies_stays_as_written(nlp) -> None:
    text = TOWN.format(named="Le parquet de Valbrune") + (
        "Le parquet de Morlenne a indiqué qu'un complice était recherché.\n"
    )
    found = dict(speakers(nlp, text))
    assert found["le parquet de la ville"] not in {"Parquet de Valbrune", "Parquet de Morlenne"}


# 5. The head of state of a council's communiqué ("Le chef de l'État a invité …", after "Selon la
# même source, il …"), when the one person who speaks by name in the article is not described
# otherwise, is that person; a minister speaking by name is not.

COUNCIL = (
    "Niamey, 4 fév (Agence) - Le président de la République a demandé au gouvernement de "
    "prendre les mesures nécessaires pour contenir la hausse du prix du riz.\n\n"
    "Abdou Kanté recommande aux ministres de s'atteler à « la réforme du secteur agricole », "
    "lit-on dans le communiqué du Conseil des ministres.\n\n"
    "Selon la même source, il a demandé au gouvernement de « soutenir les producteurs ».\n\n"
    "Le chef de l'État a enfin invité les ministres concernés à veiller à la régulation du "
    "marché du riz.\n"
)


def dated_speakers(nlp, text: str) -> dict[str, str | None]:
    """Mention -> speaker of a text published on a day (the registry knows office holders
    on that day, so that a foreign head of state is not the home one)."""
    found = statements_from_doc(nlp(text), Article(text=text, published=date(2025, 2, 4)))
    return {s.speaker_mention or "": s.speaker.name if s.speaker else None for s in found}


def test_the_head_of_state_is_the_one_person_speaking_by_name(nlp) -> None:
    found = dated_speakers(nlp, COUNCIL)
    assert found["Le chef de l'État"] == "Abdou Kanté"


def test_the_head_of_state_is_not_a_minister_speaking_by_name(nlp) -> None:
    text = COUNCIL.replace("Abdou Kanté recommande", "Le ministre Abdou Kanté recommande")
    found = dated_speakers(nlp, text)
    assert found["Le chef de l'État"] != "Abdou Kanté"


# 6. A body's staff with no complement ("la direction") in a sentence that opens on a named
# body ("Chez Valdis, …") is that body's; without such an opener it names nobody here.

STORES = (
    "La grève touchait jeudi une enseigne sur deux, selon les syndicats.\n\n"
    "{opener}12 magasins étaient fermés sur 240, selon la direction.\n"
)


def test_a_management_in_a_sentence_opened_on_a_company_is_that_company(nlp) -> None:
    found = dict(speakers(nlp, STORES.format(opener="Chez Valdis, ")))
    assert found["la direction"] == "Valdis"


def test_a_management_with_no_company_opening_its_sentence_is_nobody(nlp) -> None:
    found = dict(speakers(nlp, STORES.format(opener="En fin de journée, ")))
    assert found["la direction"] is None
