"""Speaker resolution on short French articles written for these tests.

Statements are built by hand (spans found with ``str.find``) so that these tests check the
resolution rules alone, whatever the extractor finds. The spaCy model is real: the rules read
its entities, parse and morphology.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from dixit.lang import UnknownLanguage
from dixit.model import Article, Statement
from dixit.registry import Registry
from dixit.resolve.speakers import (
    load_lexicon,
    resolve_speakers,
    summarise_speakers,
    unify_speakers,
)
from dixit.resolve.speakers.names import is_acronym as acronym

pytestmark = pytest.mark.slow


@dataclass
class Said:
    """One statement to build: its content and its speaker mention as written in the text.

    ``after`` disambiguates a mention that occurs several times: the first occurrence after
    that text is used. Without it, the occurrence nearest to the content is.
    """

    content: str
    mention: str | None
    after: str | None = None
    method: str = "verb"
    #: The lemma of the reporting verb, for the rules that read it ("continuer").
    cue: str | None = None
    #: The words of the reporting verb (their first occurrence gives the cue's span).
    cue_at: str | None = None


def _nearest(text: str, needle: str, content: tuple[int, int]) -> int:
    best, start = None, text.find(needle)
    while start >= 0:
        if not content[0] <= start < content[1]:
            gap = min(abs(start - content[1]), abs(content[0] - start - len(needle)))
            if best is None or gap < best[0]:
                best = (gap, start)
        start = text.find(needle, start + 1)
    assert best is not None, f"{needle!r} not in text"
    return best[1]


def _span_of(text: str, words: str | None) -> tuple[int, int] | None:
    if words is None:
        return None
    at = text.find(words)
    assert at >= 0, f"{words!r} not in text"
    return at, at + len(words)


def run(
    nlp,
    registry: Registry,
    text: str,
    said: list[Said],
    published: date | None = None,
    article_id: str = "",
    language: str = "fr",
) -> list[Statement]:
    article = Article(text=text, published=published, language=language, id=article_id)
    statements = []
    for s in said:
        start = text.find(s.content)
        assert start >= 0, f"{s.content!r} not in text"
        content = (start, start + len(s.content))
        span = None
        if s.mention is not None:
            if s.after is not None:
                m = text.find(s.mention, text.find(s.after) + len(s.after))
                assert m >= 0, f"{s.mention!r} not after {s.after!r}"
            else:
                m = _nearest(text, s.mention, content)
            span = (m, m + len(s.mention))
        statements.append(
            Statement(
                article=article.id,
                kind="indirect",
                content=s.content,
                content_span=content,
                speaker_mention=s.mention,
                speaker_mention_span=span,
                method=s.method,
                cue_lemma=s.cue,
                cue=s.cue_at,
                cue_span=_span_of(text, s.cue_at),
            )
        )
    resolve_speakers(nlp(text), article, statements, registry)
    return statements


def names(statements: list[Statement]) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in statements]


def test_two_men_alternating_with_pronouns(fr_nlp, registry):
    text = (
        "Le ministre du Logement, Paul Durand, a présenté mardi son plan. "
        "Il a affirmé que les loyers seraient plafonnés. "
        "Le sénateur Marc Lefebvre a répliqué que la mesure ferait fuir les investisseurs. "
        "Il a ajouté que le texte serait amendé au Sénat. "
        "Paul Durand a répondu qu'il ne céderait pas. "
        "« Nous irons jusqu'au bout », a-t-il lancé."
    )
    said = [
        Said("les loyers seraient plafonnés", "Il", after="son plan."),
        Said("la mesure ferait fuir les investisseurs", "Le sénateur Marc Lefebvre"),
        Said("le texte serait amendé au Sénat", "Il", after="investisseurs."),
        Said("il ne céderait pas", "Paul Durand", after="Sénat."),
        Said("Nous irons jusqu'au bout", "il", after="a-t-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [
        "Paul Durand",
        "Marc Lefebvre",
        "Marc Lefebvre",
        "Paul Durand",
        "Paul Durand",
    ]
    assert [s.speaker_method for s in out] == [
        "pronoun",
        "apposition",
        "pronoun",
        "name",
        "pronoun",
    ]
    assert out[0].speaker.id == "paul-durand"
    assert all(0 < s.confidence <= 1 for s in out)


def test_female_speaker_after_male(fr_nlp, registry):
    text = (
        "La députée Sophie Marchal a interpellé le gouvernement sur les urgences. "
        "Le ministre Luc Garnier a assuré que des renforts arriveraient cet été. "
        "Elle a dénoncé des promesses sans moyens."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("des renforts arriveraient cet été", "Le ministre Luc Garnier"),
            Said("des promesses sans moyens", "Elle"),
        ],
    )
    assert names(out) == ["Luc Garnier", "Sophie Marchal"]
    assert out[1].speaker_method == "pronoun"


def test_elle_after_male_speaker_with_female_apposition(fr_nlp, registry):
    text = (
        "Le maire, Jean Moreau, a annoncé que les travaux commenceraient en mai. "
        "Son adjointe, Claire Fabre, a précisé que le budget était bouclé. "
        "Elle a ajouté que les riverains seraient consultés."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("les travaux commenceraient en mai", "Le maire, Jean Moreau"),
            Said("le budget était bouclé", "Son adjointe, Claire Fabre"),
            Said("les riverains seraient consultés", "Elle"),
        ],
    )
    assert names(out) == ["Jean Moreau", "Claire Fabre", "Claire Fabre"]


@pytest.mark.parametrize(
    ("published", "expected", "method"),
    [
        (date(2015, 7, 14), "Barack Obama", "role"),
        (date(2019, 3, 1), "Donald Trump", "role"),
        (date(2023, 3, 1), "Joe Biden", "role"),
        (None, None, None),
    ],
)
def test_description_resolved_by_role_on_publication_date(
    fr_nlp, registry, published, expected, method
):
    text = (
        "Accord commercial : les négociations reprennent\n"
        "« Nous avons tendu la main », a déclaré le président américain mardi à la presse."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("Nous avons tendu la main", "le président américain")],
        published,
    )
    assert names(out) == [expected]
    assert out[0].speaker_method == method
    assert out[0].speaker_mention == "le président américain"
    if expected is None:
        assert out[0].confidence == 0.0


def test_organisations_and_metonymies(fr_nlp, registry):
    text = (
        "Le Kremlin a démenti toute implication dans l'incident. "
        "Moscou a par ailleurs dénoncé une provocation. "
        "La mairie a indiqué que la piscine resterait fermée jusqu'en juin."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("toute implication dans l'incident", "Le Kremlin"),
            Said("une provocation", "Moscou"),
            Said("la piscine resterait fermée jusqu'en juin", "La mairie"),
        ],
    )
    assert [s.speaker.type for s in out] == ["organisation"] * 3
    assert [s.speaker.id for s in out] == ["kremlin", "moscou", "mairie"]
    assert names(out) == ["Kremlin", "Moscou", "Mairie"]


def test_apposition_before_name_binds_description_for_later(fr_nlp, registry):
    text = (
        "La porte-parole du syndicat, Amélie Roux, a déclaré que la grève serait reconduite. "
        "Dans l'après-midi, les négociations ont repris au ministère. "
        "La porte-parole du syndicat a ensuite affirmé qu'aucun accord n'était proche."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("la grève serait reconduite", "La porte-parole du syndicat, Amélie Roux"),
            Said("aucun accord n'était proche", "La porte-parole du syndicat", after="repris"),
        ],
    )
    assert names(out) == ["Amélie Roux", "Amélie Roux"]
    assert [s.speaker_method for s in out] == ["apposition", "description"]


def test_apposition_after_name_binds_description(fr_nlp, registry):
    text = (
        "Thomas Girard, porte-parole de la préfecture, a indiqué que la route était coupée. "
        "Des déviations ont été mises en place dans la soirée. "
        "Le porte-parole de la préfecture a précisé que la circulation reprendrait demain."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("la route était coupée", "Thomas Girard"),
            Said("la circulation reprendrait demain", "Le porte-parole de la préfecture"),
        ],
    )
    assert names(out) == ["Thomas Girard", "Thomas Girard"]
    assert out[1].speaker_method == "description"


def test_surname_only_joins_full_name_of_the_article(fr_nlp, registry):
    text = (
        "Inondations : Roux réclame des moyens\n"
        "L'élue écologiste Amélie Roux a visité mercredi les quartiers sinistrés. "
        "Selon Mme Roux, les digues n'ont pas été entretenues depuis dix ans."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("des moyens", "Roux", after=""),
            Said("les digues n'ont pas été entretenues depuis dix ans", "Mme Roux"),
        ],
    )
    assert names(out) == ["Amélie Roux", "Amélie Roux"]
    assert {s.speaker.id for s in out} == {"amelie-roux"}
    assert [s.speaker_method for s in out] == ["alias", "alias"]


def test_shared_surname_is_not_guessed(fr_nlp, registry):
    text = (
        "Pierre Martin et Sophie Martin dirigent ensemble la coopérative. "
        "Martin a assuré que les prix resteraient stables."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("les prix resteraient stables", "Martin", after="coopérative.")],
    )
    assert names(out) == [None]
    assert out[0].speaker_mention == "Martin"


def test_ce_dernier_is_the_last_named_person_not_the_subject(fr_nlp, registry):
    text = (
        "Le préfet Marc Lefebvre a reçu jeudi l'industriel Hugo Bertin. "
        "Ce dernier a assuré que l'usine ne fermerait pas. "
        "Marc Lefebvre a déclaré que ce dernier avait pris des engagements."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("l'usine ne fermerait pas", "Ce dernier"),
            Said("ce dernier avait pris des engagements", "Marc Lefebvre", after="pas."),
        ],
    )
    assert names(out) == ["Hugo Bertin", "Marc Lefebvre"]
    assert out[0].speaker_method == "description"


def test_registry_person_by_transliteration_gets_registry_id(fr_nlp, registry):
    text = (
        "Volodymyr Zelenskiy a appelé ses alliés à accélérer les livraisons. "
        "Le président ukrainien a estimé que l'hiver serait décisif."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("ses alliés à accélérer les livraisons", "Volodymyr Zelenskiy"),
            Said("l'hiver serait décisif", "Le président ukrainien"),
        ],
        date(2024, 11, 2),
    )
    assert [s.speaker.id for s in out] == ["volodymyr-zelensky"] * 2
    assert names(out) == ["Volodymyr Zelensky"] * 2
    assert out[0].speaker_method == "alias"


def test_counterpart_resolved_through_the_possessor_office(fr_nlp, registry):
    text = (
        "Le président français Emmanuel Macron a jugé que l'aide devait continuer. "
        "Son homologue ukrainien a répondu que chaque semaine comptait."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("l'aide devait continuer", "Le président français Emmanuel Macron"),
            Said("chaque semaine comptait", "Son homologue ukrainien"),
        ],
        date(2024, 3, 5),
    )
    assert names(out) == ["Emmanuel Macron", "Volodymyr Zelensky"]


def test_unresolved_pronoun_without_antecedent_stays_none(fr_nlp, registry):
    text = "Il a affirmé que la décision serait connue vendredi."
    out = run(fr_nlp, registry, text, [Said("la décision serait connue vendredi", "Il")])
    assert out[0].speaker is None
    assert out[0].speaker_method is None
    assert out[0].confidence == 0.0
    assert out[0].speaker_mention == "Il"


def test_pronoun_does_not_cross_gender(fr_nlp, registry):
    text = (
        "Le directeur Hugo Bertin a présenté les comptes. "
        "Elle a jugé que les résultats étaient décevants."
    )
    out = run(fr_nlp, registry, text, [Said("les résultats étaient décevants", "Elle")])
    assert names(out) == [None]


def test_floating_quote_continues_previous_speaker(fr_nlp, registry):
    text = "« Le chantier est lancé », a déclaré la maire Anne Vidal. « Il durera deux ans. »"
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("Le chantier est lancé", "la maire Anne Vidal"),
            Said("Il durera deux ans.", None, method="floating"),
        ],
    )
    assert names(out) == ["Anne Vidal", "Anne Vidal"]
    assert out[1].speaker_method == "continuation"
    assert out[1].confidence < out[0].confidence


def test_statement_without_mention_is_not_continued_unless_floating(fr_nlp, registry):
    text = "« Le chantier est lancé », a déclaré la maire Anne Vidal. Le projet coûte cher."
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("Le chantier est lancé", "la maire Anne Vidal"),
            Said("Le projet coûte cher", None),
        ],
    )
    assert names(out) == ["Anne Vidal", None]


def test_cross_article_same_person_same_id(fr_nlp, registry):
    first = run(
        fr_nlp,
        registry,
        "L'avocate Jeanne Perrin a dénoncé une procédure bâclée.",
        [Said("une procédure bâclée", "L'avocate Jeanne Perrin")],
        article_id="a1",
    )
    second = run(
        fr_nlp,
        registry,
        "Jeanne Perrin, avocate de la famille, a réclamé une contre-expertise.",
        [Said("une contre-expertise", "Jeanne Perrin")],
        article_id="a2",
    )
    third = run(
        fr_nlp,
        registry,
        "Selon Me Perrin, le dossier comporte des erreurs.",
        [Said("le dossier comporte des erreurs", "Me Perrin")],
        article_id="a3",
    )
    assert first[0].speaker.id == second[0].speaker.id == "jeanne-perrin"
    assert third[0].speaker.id == "perrin"
    unify_speakers([first, second, third])
    assert third[0].speaker.id == "jeanne-perrin"
    assert third[0].speaker.name == "Jeanne Perrin"


def test_cross_article_surname_not_merged_when_two_full_names(fr_nlp, registry):
    a = run(
        fr_nlp, registry, "Louis Perrin a salué la décision.", [Said("la décision", "Louis Perrin")]
    )
    b = run(
        fr_nlp, registry, "Jeanne Perrin a salué l'accord.", [Said("l'accord", "Jeanne Perrin")]
    )
    c = run(fr_nlp, registry, "Perrin a salué le vote.", [Said("le vote", "Perrin")])
    unify_speakers([a, b, c])
    assert c[0].speaker.id == "perrin"


def test_registry_variants_share_one_id_across_articles(fr_nlp, registry):
    ids = set()
    for mention in ("Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Selenskyj"):
        text = f"{mention} a réclamé de nouvelles sanctions."
        out = run(fr_nlp, registry, text, [Said("de nouvelles sanctions", mention)])
        ids.add(out[0].speaker.id)
    assert ids == {"volodymyr-zelensky"}


def test_summary_counts_statements_and_mentions(fr_nlp, registry):
    text = (
        "La porte-parole du syndicat, Amélie Roux, a déclaré que la grève continuerait. "
        "Elle a ajouté que les salariés étaient déterminés."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("la grève continuerait", "La porte-parole du syndicat, Amélie Roux"),
            Said("les salariés étaient déterminés", "Elle"),
        ],
    )
    rows = summarise_speakers(out)
    assert [(r.id, r.statements) for r in rows] == [("amelie-roux", 2)]
    assert rows[0].mentions == {"La porte-parole du syndicat, Amélie Roux": 1, "Elle": 1}


def test_lexicon_has_pronouns_titles_and_heads():
    fr = load_lexicon("fr")
    assert fr.pronouns["elle"] == ("fem", "sing")
    assert fr.title_gender["mme"] == "fem"
    assert fr.organisation_head(["mairie", "de", "lyon"])
    assert fr.description_head(["locataire", "du", "kremlin"]) == ("locataire",)
    en = load_lexicon("en")
    assert en.pronouns["she"] == ("fem", "sing")
    with pytest.raises(UnknownLanguage, match="'xx' is not supported"):
        load_lexicon("xx")


def test_cli_speakers_lists_canonical_speakers_across_articles(tmp_path):
    import json

    from typer.testing import CliRunner

    from dixit.cli import app

    corpus = tmp_path / "corpus.jsonl"
    articles = [
        {
            "id": "x1",
            "published": "2024-02-01",
            "language": "fr",
            "text": "L'avocate Jeanne Perrin a dénoncé jeudi une procédure bâclée.",
        },
        {
            "id": "x2",
            "published": "2024-02-02",
            "language": "fr",
            "text": "Me Perrin a affirmé vendredi que le dossier comportait des erreurs.",
        },
    ]
    corpus.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles) + "\n")
    result = CliRunner().invoke(app, ["speakers", str(corpus), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    perrin = next(r for r in rows if r["id"] == "jeanne-perrin")
    assert perrin["statements"] == 2
    assert perrin["articles"] == 2
    assert set(perrin["mentions"]) == {"L'avocate Jeanne Perrin", "Me Perrin"}


def test_headline_clause_takes_its_own_subject_as_speaker(fr_nlp, registry):
    text = (
        "Pêche : le président américain promet de protéger les récifs\n"
        "Le président américain a annoncé mardi un plan pour les océans."
    )
    content = "le président américain promet de protéger les récifs"
    out = run(
        fr_nlp,
        registry,
        text,
        [Said(content, "Pêche", method="headline")],
        date(2016, 6, 7),
    )
    assert names(out) == ["Barack Obama"]
    assert out[0].speaker_mention == "le président américain"
    assert out[0].speaker_method == "role"


# -- bodies named by the article, descriptions of people in context ---------------------------


def test_description_before_a_company_binds_it(fr_nlp, registry):
    text = (
        "L'exploitant, la société Hydrelis, a contesté mardi la fermeture du barrage. "
        "Les pêcheurs ont salué la décision. "
        "L'exploitant a ajouté qu'il saisirait le Conseil d'État."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("la fermeture du barrage", "L'exploitant"),
            Said("qu'il saisirait le Conseil d'État", "L'exploitant", after="décision."),
        ],
    )
    assert names(out) == ["Hydrelis", "Hydrelis"]
    assert [s.speaker.type for s in out] == ["organisation", "organisation"]


def test_plural_members_speak_for_the_court_the_article_names(fr_nlp, registry):
    text = (
        "La cour d'appel de Rennes a confirmé jeudi la condamnation de l'armateur. "
        "Les juges ont considéré que la pollution était « avérée et durable »."
    )
    out = run(
        fr_nlp, registry, text, [Said("la pollution était « avérée et durable »", "Les juges")]
    )
    assert names(out) == ["Cour d'appel de Rennes"]


def test_acronym_takes_the_long_form_the_article_gives(fr_nlp, registry):
    text = (
        "La Fédération régionale des pêcheurs amateurs (FRPA) a dénoncé lundi les quotas. "
        "Selon la FRPA, les stocks de bar se reconstituent depuis trois ans."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("les stocks de bar se reconstituent depuis trois ans", "la FRPA")],
    )
    assert names(out) == ["Fédération régionale des pêcheurs amateurs"]


def test_bare_prefecture_and_mairie_take_the_places_the_article_names(fr_nlp, registry):
    text = (
        "Orages : Saint-Alban-des-Prés sous les eaux\n"
        "De violents orages ont frappé le Cantal dans la nuit de samedi à dimanche. "
        "À Saint-Alban-des-Prés, plusieurs caves ont été inondées.\n"
        "La préfecture a indiqué que les routes départementales restaient coupées. "
        "La mairie a annoncé que la salle des fêtes accueillerait les sinistrés."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("les routes départementales restaient coupées", "La préfecture"),
            Said("la salle des fêtes accueillerait les sinistrés", "La mairie"),
        ],
    )
    assert names(out) == ["Préfecture du Cantal", "Mairie de Saint-Alban-des-Prés"]


def test_hospital_takes_the_full_name_of_the_same_kind_of_body(fr_nlp, registry):
    text = (
        "Le centre hospitalier de Trévoux-sur-Saône manque d'anesthésistes. "
        "La direction de l'hôpital a indiqué que deux blocs fermeraient en août."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("deux blocs fermeraient en août", "La direction de l'hôpital")],
    )
    assert names(out) == ["Centre hospitalier de Trévoux-sur-Saône"]


def test_interprofession_is_an_organisation(fr_nlp, registry):
    text = "Selon l'interprofession des fruits et légumes, les prix ont reculé de 8 %."
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("les prix ont reculé de 8 %", "l'interprofession des fruits et légumes")],
    )
    assert names(out) == ["Interprofession des fruits et légumes"]
    assert out[0].speaker.type == "organisation"


def test_entourage_stays_anonymous(fr_nlp, registry):
    text = (
        "Le maire de Brévannes, Luc Pasquier, a inauguré la médiathèque. "
        "Selon son entourage, il briguerait un troisième mandat."
    )
    out = run(fr_nlp, registry, text, [Said("il briguerait un troisième mandat", "son entourage")])
    assert names(out) == [None]


def test_dislocated_description_before_a_pronoun_is_the_speaker(fr_nlp, registry):
    text = (
        "La rectrice, Sylvie Carmona, a défendu la réforme des horaires. "
        "La présidente de la région, Hélène Vidal, a dénoncé une concertation bâclée. "
        "Elle a demandé un moratoire. "
        "La rectrice, elle, a assuré que le calendrier serait tenu."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("une concertation bâclée", "La présidente de la région, Hélène Vidal"),
            Said("un moratoire", "Elle"),
            Said("le calendrier serait tenu", "elle", after="La rectrice, "),
        ],
    )
    assert names(out) == ["Hélène Vidal", "Hélène Vidal", "Sylvie Carmona"]


def test_description_takes_up_the_subject_just_introduced(fr_nlp, registry):
    text = (
        "« Nous avons manqué de lucidité », a reconnu l'entraîneur Paul Verdier après la défaite. "
        "Paul Verdier a promis une réaction. "
        "Son gardien, Hugo Mercadal, s'est montré plus dur. "
        "« Nous avons joué sans âme », a lâché le portier."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("Nous avons manqué de lucidité", "l'entraîneur Paul Verdier"),
            Said("une réaction", "Paul Verdier", after="défaite."),
            Said("Nous avons joué sans âme", "le portier"),
        ],
    )
    assert names(out) == ["Paul Verdier", "Paul Verdier", "Hugo Mercadal"]


def test_feminine_apposition_outweighs_a_masculine_title(fr_nlp, registry):
    text = (
        "Pour le professeur Dominique Arlet, directrice de l'institut, la souche est stable. "
        "« Nous n'observons aucune mutation », a-t-elle précisé."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("la souche est stable", "le professeur Dominique Arlet, directrice de l'institut"),
            Said("Nous n'observons aucune mutation", "elle"),
        ],
    )
    assert names(out) == ["Dominique Arlet", "Dominique Arlet"]


def test_article_office_holder_wins_over_the_registry(fr_nlp, registry):
    text = (
        "Le Premier ministre, Arnaud Vasseur, présentera le budget mardi. "
        "Le locataire de Matignon a assuré que la dette serait stabilisée."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("la dette serait stabilisée", "Le locataire de Matignon")],
        published=date(2025, 10, 1),
    )
    assert names(out) == ["Arnaud Vasseur"]


def test_headline_quote_takes_the_speaker_the_body_gives(fr_nlp, registry):
    text = (
        "« Nous fermerons la maternité en juin », annonce le directeur\n"
        "Le directeur du centre hospitalier d'Arbois, Marc Tessandier, a réuni le personnel. "
        "Le président de la communauté de communes, Jean Ravel, a dénoncé une décision brutale. "
        "« Nous fermerons la maternité en juin, faute de pédiatres », "
        "a expliqué Marc Tessandier."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("Nous fermerons la maternité en juin", "le directeur", method="headline"),
            Said("une décision brutale", "Le président de la communauté de communes, Jean Ravel"),
            Said(
                "Nous fermerons la maternité en juin, faute de pédiatres",
                "Marc Tessandier",
                after="brutale.",
            ),
        ],
    )
    assert names(out) == ["Marc Tessandier", "Jean Ravel", "Marc Tessandier"]


def test_pronoun_of_a_later_paragraph_leaves_a_relative_for_the_portrait_subject(fr_nlp, registry):
    text = (
        "Portrait\n"
        "« J'ai couru à l'instinct », raconte la navigatrice Élodie Marchand, 31 ans.\n"
        "Sa sœur, Justine Marchand, se souvient d'une enfant « qui ne tenait pas en place ».\n"
        "Son prochain défi reste secret. Elle dit vouloir courir en Patagonie."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("J'ai couru à l'instinct", "la navigatrice Élodie Marchand"),
            Said("d'une enfant « qui ne tenait pas en place »", "Sa sœur, Justine Marchand"),
            Said("vouloir courir en Patagonie", "Elle", after="secret."),
        ],
    )
    assert names(out) == ["Élodie Marchand", "Justine Marchand", "Élodie Marchand"]


def test_a_lawyer_title_gives_no_gender(fr_nlp, registry):
    text = (
        "La présidente du tribunal, Sophie Garnier, a lu le rapport d'expertise. "
        "Me Lou Ferrandi a plaidé la relaxe. "
        "« Mon client n'a rien caché », a-t-elle lancé."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("la relaxe", "Me Lou Ferrandi"),
            Said("Mon client n'a rien caché", "elle", after="a-t-"),
        ],
    )
    assert names(out) == ["Lou Ferrandi", "Lou Ferrandi"]


def test_bare_direction_is_the_body_whose_direction_the_article_names(fr_nlp, registry):
    text = (
        "Les cheminots de Vaubrac reconduisent la grève\n"
        "La direction a dénoncé une grève « irresponsable ». "
        "Mardi, la direction de la Compagnie des tramways de Vaubrac a proposé une prime. "
        "Selon les chiffres de la direction, deux rames sur dix circulaient lundi."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("une grève « irresponsable »", "La direction"),
            Said("une prime", "la direction de la Compagnie des tramways de Vaubrac"),
            Said("deux rames sur dix circulaient lundi", "les chiffres de la direction"),
        ],
    )
    assert names(out) == ["Compagnie des tramways de Vaubrac"] * 3


def test_spokesperson_and_documents_speak_for_the_body(fr_nlp, registry):
    text = (
        "Un porte-parole de FO a démenti toute rencontre avec le préfet. "
        "Le porte-parole du maire, Luc Berthier, a confirmé la réunion. "
        "Près de 300 cas ont été signalés, d'après les estimations de l'Observatoire "
        "régional de la santé."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("toute rencontre avec le préfet", "Un porte-parole de FO"),
            Said("la réunion", "Le porte-parole du maire, Luc Berthier"),
            Said(
                "Près de 300 cas ont été signalés",
                "les estimations de l'Observatoire régional de la santé",
            ),
        ],
    )
    assert names(out) == [
        "Force ouvrière",
        "Luc Berthier",
        "Observatoire régional de la santé",
    ]


def test_bare_union_noun_takes_up_the_union_named_before(fr_nlp, registry):
    text = (
        "Chez Ferronor, la CFDT a signé l'accord. La CGT, majoritaire chez les ouvriers, "
        "appelle à la grève. D'après le syndicat, la prime a été divisée par deux."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("la prime a été divisée par deux", "le syndicat")],
    )
    assert names(out) == ["CGT"]


def test_collective_named_by_a_slogan_keeps_its_type_noun(fr_nlp, registry):
    text = (
        "Une pétition du collectif « Sauvons le lavoir » a réuni 800 signatures. "
        "Le collectif a annoncé un recours devant le tribunal administratif."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("un recours devant le tribunal administratif", "Le collectif")],
    )
    assert names(out) == ["Collectif Sauvons le lavoir"]


def test_members_speak_for_the_bare_body_and_a_second_apposition_names_the_officer(
    fr_nlp, registry
):
    text = (
        "Un homme a été interpellé samedi, a-t-on appris auprès de la gendarmerie. "
        "Selon les gendarmes, il roulait sans permis. "
        "« Nous le recherchions depuis mai », a indiqué le commandant de la brigade de "
        "Montvert, le lieutenant Paul Sérignac."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [
            Said("il roulait sans permis", "les gendarmes"),
            Said("Nous le recherchions depuis mai", "le commandant de la brigade de Montvert"),
        ],
    )
    assert names(out) == ["Gendarmerie", "Paul Sérignac"]


def test_adjective_before_a_person_noun_keeps_a_description(fr_nlp, registry):
    text = (
        "Il restait une minute quand l'ouvreur de Vaurèze, Théo Castagnède, 20 ans, a passé "
        "la pénalité de la victoire.\n"
        "« J'ai juste suivi le ballon », a confié le jeune buteur au micro de Radio Garonne."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("J'ai juste suivi le ballon", "le jeune buteur au micro de Radio Garonne")],
    )
    assert names(out) == ["Théo Castagnède"]


# -- names cut short, written elsewhere in full, spelt twice ---------------------------------


def test_lone_surname_takes_the_full_name_written_elsewhere(fr_nlp, registry):
    text = (
        "Lors d'un point presse à Ispahan, Taher Norouzani, porte-parole de la compagnie "
        "pétrolière, a parlé des contrats.\n"
        "Norouzani a souligné que les livraisons reprendraient en mai."
    )
    out = run(fr_nlp, registry, text, [Said("les livraisons reprendraient en mai", "Norouzani")])
    assert names(out) == ["Taher Norouzani"]


def test_surname_first_names_join_their_one_full_name(fr_nlp, registry):
    text = (
        "Le ministère a répondu lundi par la voix de Liu Jianhong, son porte-parole.\n"
        "M. Liu a affirmé que les quotas seraient maintenus."
    )
    out = run(fr_nlp, registry, text, [Said("les quotas seraient maintenus", "M. Liu")])
    assert names(out) == ["Liu Jianhong"]


def test_a_word_of_two_full_names_joins_neither(fr_nlp, registry):
    text = (
        "Liu Jianhong et Liu Pengfei ont reçu la délégation lundi.\n"
        "M. Liu a affirmé que les quotas seraient maintenus."
    )
    out = run(fr_nlp, registry, text, [Said("les quotas seraient maintenus", "M. Liu")])
    assert names(out) not in (["Liu Jianhong"], ["Liu Pengfei"])


def test_a_mention_cut_inside_a_name_keeps_the_whole_name(fr_nlp, registry):
    text = (
        "« Le budget est tenu », estime encore Corentin Abgrall. "
        "La ministre Gaëlle Le Goff a ajouté que les travaux dureraient deux ans."
    )
    said = [
        Said("Le budget est tenu", "Corentin"),
        Said("les travaux dureraient deux ans", "La ministre Gaëlle"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Corentin Abgrall", "Gaëlle Le Goff"]


def test_a_name_followed_by_a_lower_case_word_is_not_extended(fr_nlp, registry):
    text = "« Le budget est tenu », estime encore Corentin devant les élus."
    out = run(fr_nlp, registry, text, [Said("Le budget est tenu", "Corentin")])
    assert names(out) in (["Corentin"], [None])


def test_two_spellings_of_one_first_name_are_one_person(fr_nlp, registry):
    text = (
        "La porte-parole Maud Kervella a jugé que la situation restait grave. "
        "« Il faut du sang-froid », a insisté Maude Kervella."
    )
    said = [
        Said("la situation restait grave", "La porte-parole Maud Kervella"),
        Said("Il faut du sang-froid", "Maude Kervella"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Maud Kervella", "Maud Kervella"]


def test_two_first_names_with_one_surname_are_two_people(fr_nlp, registry):
    text = (
        "Paul Kervella a jugé que la situation restait grave. "
        "« Il faut du sang-froid », a répondu sa sœur Maude Kervella."
    )
    said = [
        Said("la situation restait grave", "Paul Kervella"),
        Said("Il faut du sang-froid", "sa sœur Maude Kervella"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Kervella", "Maude Kervella"]


def test_a_caption_binds_its_description_to_the_name(fr_nlp, registry):
    text = (
        "Le ministre du Commerce a défendu lundi son plan pour les artisans.\n"
        "Le ministre du Commerce Gaspard Le Goff, le 5 mars.\n"
        "Gaspard Le Goff persiste. Il a répété que les aides seraient versées avant l'été."
    )
    said = [Said("son plan pour les artisans", "Le ministre du Commerce")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Gaspard Le Goff"]


def test_a_photo_credit_is_nobody_of_the_story(fr_nlp, registry):
    text = (
        "Le cliché a été pris le 3 mai (REUTERS/Léonie Marchetti). "
        "Elle a affirmé que le port rouvrirait jeudi."
    )
    out = run(fr_nlp, registry, text, [Said("le port rouvrirait jeudi", "Elle")])
    assert names(out) == [None]
    text = (
        "La photographe Léonie Marchetti a suivi la grève. "
        "Elle a affirmé que le port rouvrirait jeudi."
    )
    out = run(fr_nlp, registry, text, [Said("le port rouvrirait jeudi", "Elle")])
    assert names(out) == ["Léonie Marchetti"]


def test_a_bracketed_description_before_a_name_binds(fr_nlp, registry):
    text = (
        "Comme l'a rappelé (la présidente de l'observatoire) Clarisse Vidal, rien n'est joué. "
        "Le maire Hugo Perrot a parlé ensuite. "
        "La présidente de l'observatoire a estimé que les chiffres baisseraient."
    )
    said = [Said("les chiffres baisseraient", "La présidente de l'observatoire")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Clarisse Vidal"]


# -- documents, sources, acronyms, names after an article ------------------------------------


def test_a_document_named_alone_is_the_previous_speakers(fr_nlp, registry):
    text = (
        "Le Mouvement des artisans a annoncé qu'il porterait plainte. "
        "« Ces accusations sont absurdes », poursuit le communiqué."
    )
    said = [
        Said("il porterait plainte", "Le Mouvement des artisans"),
        Said("Ces accusations sont absurdes", "le communiqué"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[1] == names(out)[0]
    assert names(out)[1] is not None and "ommuniqu" not in names(out)[1]


def test_a_document_named_first_is_nobody(fr_nlp, registry):
    text = "« Ces accusations sont absurdes », poursuit le communiqué."
    out = run(fr_nlp, registry, text, [Said("Ces accusations sont absurdes", "le communiqué")])
    assert names(out) == [None]


def test_a_document_followed_by_a_name_is_that_bodys(fr_nlp, registry):
    text = "La crue devrait durer trois jours, selon un bulletin Vigicrues-Sud publié jeudi."
    said = [Said("La crue devrait durer trois jours", "un bulletin Vigicrues-Sud")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Vigicrues-Sud"]


def test_this_source_is_the_previous_source(fr_nlp, registry):
    text = (
        "Selon le parquet de Vernon, le suspect a été interpellé mardi. "
        "L'enquête se poursuit, a précisé cette source."
    )
    said = [
        Said("le suspect a été interpellé mardi", "le parquet de Vernon"),
        Said("L'enquête se poursuit", "cette source"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[1] is not None and names(out)[1] == names(out)[0]


def test_a_source_not_taken_up_stays_unresolved(fr_nlp, registry):
    text = "L'enquête se poursuit, a précisé une source proche du dossier."
    out = run(fr_nlp, registry, text, [Said("L'enquête se poursuit", "une source proche")])
    assert names(out) == [None]


def test_an_acronym_after_an_article_is_a_body(fr_nlp, registry):
    text = "Le SNPQ juge qu'il est inacceptable que les deux hommes soient libres."
    said = [Said("il est inacceptable que les deux hommes soient libres", "Le SNPQ")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["SNPQ"]
    assert out[0].speaker is not None and out[0].speaker.type == "organisation"


def test_an_acronym_the_article_spells_out_takes_its_long_form(fr_nlp, registry):
    text = (
        "Le Syndicat national des pilotes québécois (SNPQ) a réagi mardi. "
        "Le SNPQ juge qu'il est inacceptable que les deux hommes soient libres."
    )
    said = [Said("il est inacceptable que les deux hommes soient libres", "Le SNPQ")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Syndicat national des pilotes québécois"]


def test_only_capitals_make_an_acronym():
    assert acronym("SNPQ") and acronym("G7")
    assert not acronym("Voyageur") and not acronym("A") and not acronym("SNPQ-Sud")


def test_a_name_after_a_contracted_article_is_no_person(fr_nlp, registry):
    text = (
        "La soirée des Molière a été interrompue lundi. "
        "L'actrice Inès Berthaud a expliqué qu'elle ne regrettait rien. "
        "« Je recommencerais », a lancé l'actrice."
    )
    said = [
        Said("elle ne regrettait rien", "L'actrice Inès Berthaud"),
        Said("Je recommencerais", "l'actrice"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Inès Berthaud", "Inès Berthaud"]


def test_police_officers_speak_for_the_police_body_named(fr_nlp, registry):
    text = (
        "La Sûreté du Valbonnais (SV) a bouclé le quartier. "
        "Les policiers ont indiqué que deux maisons étaient évacuées."
    )
    said = [Said("deux maisons étaient évacuées", "Les policiers")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Sûreté du Valbonnais"]


def test_police_officers_without_a_body_stay_unresolved(fr_nlp, registry):
    text = "Les policiers ont indiqué que deux maisons étaient évacuées."
    said = [Said("deux maisons étaient évacuées", "Les policiers")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


def test_first_person_inside_a_quotation_is_its_speaker(fr_nlp, registry):
    text = (
        "« Nous avons décidé de fermer la ligne », a déclaré la directrice Hélène Marchand, "
        "exprimant ses regrets aux usagers."
    )
    said = [
        Said("Nous avons décidé de fermer la ligne", "la directrice Hélène Marchand"),
        Said("ses regrets aux usagers", "Nous", method="participle"),
    ]
    statements = run(fr_nlp, registry, text, said)
    assert names(statements) == ["Hélène Marchand", "Hélène Marchand"]


def test_first_person_outside_a_quotation_is_not_taken_from_one(fr_nlp, registry):
    text = "Nous avons décidé de fermer la ligne, écrivent les usagers dans une lettre."
    said = [Said("de fermer la ligne", "Nous")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


def test_still_according_to_this_source(fr_nlp, registry):
    text = (
        "Le parquet de Vernon a confirmé l'interpellation d'un homme. "
        "Il était déjà connu des services, toujours selon cette source."
    )
    said = [
        Said("l'interpellation d'un homme", "Le parquet de Vernon"),
        Said("Il était déjà connu des services", "toujours selon cette source"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[1] is not None and names(out)[1] == names(out)[0]


def test_the_public_prosecution_is_the_prosecutor_who_spoke(fr_nlp, registry):
    text = (
        "Le parquet de Vernon a confirmé l'interpellation d'un homme, sans saisir le "
        "parquet national financier. L'arme était un couteau, a précisé le ministère public."
    )
    said = [
        Said("l'interpellation d'un homme", "Le parquet de Vernon"),
        Said("L'arme était un couteau", "le ministère public"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[1] is not None and names(out)[1].lower() == "parquet de vernon"


def test_a_government_named_after_its_head_is_no_person(fr_nlp, registry):
    text = (
        "Le Gouvernement Morvan a tenu ses promesses. "
        "M. Morvan a assuré que les impôts baisseraient. François Morvan sourit."
    )
    said = [Said("les impôts baisseraient", "M. Morvan")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["François Morvan"]


def test_a_floating_quote_after_an_unresolved_one_continues_the_last_speaker(fr_nlp, registry):
    text = (
        "« Nous ne lâcherons rien », a prévenu Mathilde Caradec. "
        "Les grévistes veulent tenir deux semaines. "
        "« Cela mérite une riposte plus large. »"
    )
    said = [
        Said("Nous ne lâcherons rien", "Mathilde Caradec"),
        Said("tenir deux semaines", "Les grévistes"),
        Said("Cela mérite une riposte plus large.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Mathilde Caradec", None, "Mathilde Caradec"]


def test_a_statement_without_a_mention_that_is_not_floating_stays_unresolved(fr_nlp, registry):
    text = (
        "« Nous ne lâcherons rien », a prévenu Mathilde Caradec. "
        "Les grévistes veulent tenir deux semaines. "
        "Il faut une riposte plus large, estime-t-on."
    )
    said = [
        Said("Nous ne lâcherons rien", "Mathilde Caradec"),
        Said("tenir deux semaines", "Les grévistes"),
        Said("Il faut une riposte plus large", None, method="incise"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[2] is None


def test_a_surname_opening_with_a_particle_is_the_full_name(fr_nlp, registry):
    text = (
        "Nathalie Le Corre, adjointe aux écoles, a présenté le budget. "
        "Le Corre, adjointe aux écoles, a rappelé que la cantine resterait bio."
    )
    said = [Said("la cantine resterait bio", "Le Corre, adjointe aux écoles", after="budget.")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Nathalie Le Corre"]


def test_a_capitalised_noun_after_an_article_is_no_surname(fr_nlp, registry):
    text = (
        "Nathalie Le Corre a présenté le budget. "
        "La Lyonnaise a rappelé que la cantine resterait bio."
    )
    said = [Said("la cantine resterait bio", "La Lyonnaise")]
    out = run(fr_nlp, registry, text, said)
    assert out[0].speaker_method != "name"


def _after_narration(chars: int) -> str:
    """A person named, then ``chars`` characters of narration naming nobody, then two
    statements whose mentions look back: "Ce dernier" and "Il"."""
    filler = "La pluie est tombée sur la vallée pendant toute la journée de travail.\n"
    return (
        "Le préfet a reçu jeudi l'industriel Hugo Bertin à la sous-préfecture.\n"
        + filler * (chars // len(filler) + 1)
        + "Ce dernier a assuré que l'usine ne fermerait pas.\n"
        + "Il a ajouté que les salaires seraient versés.\n"
    )


LOOKING_BACK = [
    Said("l'usine ne fermerait pas", "Ce dernier"),
    Said("les salaires seraient versés", "Il"),
]


def test_ce_dernier_and_a_pronoun_find_a_person_named_pages_before(fr_nlp, registry):
    from dixit.resolve.speakers.state import LOOKBACK_CHARS

    text = _after_narration(LOOKBACK_CHARS // 2)
    out = run(fr_nlp, registry, text, LOOKING_BACK)
    assert names(out) == ["Hugo Bertin", "Hugo Bertin"]


def test_ce_dernier_and_a_pronoun_do_not_reach_past_the_lookback(fr_nlp, registry):
    """Beyond ``LOOKBACK_CHARS`` of narration the person is out of reach: a book-length text
    is not scanned back to its first page for every mention."""
    from dixit.resolve.speakers.state import LOOKBACK_CHARS

    text = _after_narration(LOOKBACK_CHARS + 1_000)
    out = run(fr_nlp, registry, text, LOOKING_BACK)
    assert names(out) == [None, None]


def test_a_party_acronym_before_a_name_is_not_part_of_it(fr_nlp, registry):
    text = "« C'est absurde », a réagi le député LFI Hervé Kerjean devant la presse."
    out = run(fr_nlp, registry, text, [Said("C'est absurde", "le député LFI Hervé Kerjean")])
    assert names(out) == ["Hervé Kerjean"]


def test_a_two_word_acronym_name_keeps_its_letters(fr_nlp, registry):
    text = "« C'est absurde », a réagi le rappeur MC Kerjean devant la presse."
    out = run(fr_nlp, registry, text, [Said("C'est absurde", "le rappeur MC Kerjean")])
    assert names(out) == ["MC Kerjean"]


def test_a_headline_with_a_topic_takes_the_speaker_of_the_body_repeating_it(fr_nlp, registry):
    text = (
        "Urgences : « Nous fermerons la nuit », prévient le chef de service\n"
        "Le docteur Lucien Ferrand dirige les urgences de Valmont.\n"
        "« Nous fermerons la nuit. Il manque six médecins », a-t-il averti lundi."
    )
    said = [
        Said("Urgences : « Nous fermerons la nuit »", "le chef de service"),
        Said("Nous fermerons la nuit. Il manque six médecins", "il", after="a-t-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Lucien Ferrand", "Lucien Ferrand"]


def test_a_headline_the_body_does_not_repeat_keeps_its_own_reading(fr_nlp, registry):
    text = (
        "Urgences : « Nous tiendrons bon », promet le chef de service\n"
        "Le docteur Lucien Ferrand dirige les urgences de Valmont.\n"
        "« Il manque six médecins », a-t-il averti lundi."
    )
    said = [
        Said("Urgences : « Nous tiendrons bon »", "le chef de service"),
        Said("Il manque six médecins", "il", after="a-t-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert out[0].speaker_method != "headline"


# -- mentions cut short, bodies named by their kind ---------------------------------------------


def test_a_description_cut_before_its_name_takes_the_name(fr_nlp, registry):
    text = (
        "« Nous avons manqué de lucidité », a reconnu Paul Vernier. "
        "Un match « amer », a renchéri le deuxième ligne Hugo Lamarre. "
        "« On ne peut pas gagner comme ça », a-t-il ajouté."
    )
    said = [
        Said("Nous avons manqué de lucidité", "Paul Vernier"),
        Said("Un match « amer »", "le deuxième ligne"),
        Said("On ne peut pas gagner comme ça", "il", after="a-t-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Vernier", "Hugo Lamarre", "Hugo Lamarre"]
    assert out[1].speaker_mention == "le deuxième ligne Hugo Lamarre"


def test_a_name_after_a_comma_does_not_widen_a_description(fr_nlp, registry):
    text = (
        "Un match « amer », a renchéri le deuxième ligne, Hugo Lamarre restant sur le banc "
        "jusqu'à la fin de la rencontre."
    )
    out = run(fr_nlp, registry, text, [Said("Un match « amer »", "le deuxième ligne")])
    assert out[0].speaker_mention == "le deuxième ligne"
    assert names(out) == [None]


def test_a_name_cut_at_its_hyphen_takes_the_rest(fr_nlp, registry):
    text = "Les averses vont gagner le nord mardi, prévient Météo-Ouest dans son bulletin."
    said = [Said("Les averses vont gagner le nord mardi", "Météo")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Météo-Ouest"]


def test_a_body_named_by_its_kind_is_the_body_that_was_speaking(fr_nlp, registry):
    text = (
        "Les averses vont gagner le nord mardi, prévient Météo-Ouest. "
        "« Il faudra rester prudent sur les routes », poursuit le service météorologique. "
        "« La baisse des pluies viendra jeudi », poursuit-il."
    )
    said = [
        Said("Les averses vont gagner le nord mardi", "Météo-Ouest"),
        Said("Il faudra rester prudent sur les routes", "le service météorologique"),
        Said("La baisse des pluies viendra jeudi", "il", after="poursuit-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Météo-Ouest", "Météo-Ouest", "Météo-Ouest"]


def test_a_body_of_another_kind_is_not_taken_up_by_a_kind_noun(fr_nlp, registry):
    text = (
        "Le syndicat Solidaires Métal a dénoncé mardi la fermeture de l'usine. "
        "Le groupe industriel a répondu que le plan était nécessaire."
    )
    said = [
        Said("la fermeture de l'usine", "Le syndicat Solidaires Métal"),
        Said("le plan était nécessaire", "Le groupe industriel"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[0] == "Solidaires Métal"
    assert names(out)[1] != "Solidaires Métal"


def test_a_kind_noun_with_no_body_speaking_before_takes_nobody_before(fr_nlp, registry):
    text = (
        "Le maire Paul Girard a annoncé mardi la fermeture du pont. "
        "« Les travaux dureront un an », précise le service technique."
    )
    said = [
        Said("la fermeture du pont", "Le maire Paul Girard"),
        Said("Les travaux dureront un an", "le service technique"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[1] != "Paul Girard"


# -- names: apostrophed surnames, a body before the name, a title alone -------------------------


def test_an_apostrophed_surname_stays_in_the_name(fr_nlp, registry):
    text = "Jean-Marie L'Hôte a déclaré mardi que la route de la corniche serait fermée."
    said = [Said("la route de la corniche serait fermée", "Jean-Marie L'Hôte")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Jean-Marie L'Hôte"]


def test_an_elided_article_after_a_name_is_no_surname(fr_nlp, registry):
    text = "Pour Jean-Marie Castel, l'Europe doit protéger ses pêcheurs, a-t-il dit."
    said = [Said("l'Europe doit protéger ses pêcheurs", "Jean-Marie Castel")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Jean-Marie Castel"]


def test_a_body_written_before_a_name_is_not_part_of_it(fr_nlp, registry):
    text = (
        "« Nous sommes prêts », a affirmé le PDG de Valmetal Marc Serafini. "
        "Le secrétaire de la CGT-Métaux Philippe Garnier a estimé que la grève durerait."
    )
    said = [
        Said("Nous sommes prêts", "le PDG de Valmetal Marc Serafini"),
        Said("la grève durerait", "Le secrétaire de la CGT-Métaux Philippe Garnier"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Marc Serafini", "Philippe Garnier"]


def test_a_name_of_two_first_names_is_not_cut(fr_nlp, registry):
    text = "« Le port doit rester public », a affirmé Jean Marie Kervella, élu de Brest."
    said = [Said("Le port doit rester public", "Jean Marie Kervella")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Jean Marie Kervella"]


def test_a_title_alone_takes_the_name_after_it(fr_nlp, registry):
    text = "« Il faut agir vite », a déclaré Me Hélène Grandjean, avocate de la famille."
    out = run(fr_nlp, registry, text, [Said("Il faut agir vite", "Me")])
    assert names(out) == ["Hélène Grandjean"]


def test_a_title_before_a_lower_case_word_takes_nothing(fr_nlp, registry):
    text = "« Il faut agir vite », a déclaré Me devant le palais de justice."
    out = run(fr_nlp, registry, text, [Said("Il faut agir vite", "Me")])
    assert names(out) == [None]


def test_a_particle_and_a_capitalised_particle_continue_a_name(fr_nlp, registry):
    text = "« Je ne regrette rien », a confié Louis de La Tour Vernay, ancien préfet."
    out = run(fr_nlp, registry, text, [Said("Je ne regrette rien", "Louis")])
    assert names(out) == ["Louis de La Tour Vernay"]


# -- documents and their agents ----------------------------------------------------------------


def test_a_document_published_by_a_body_is_that_bodys(fr_nlp, registry):
    text = (
        "Un article publié le 3 mai par The Daily Courier accuse la société Arvel de fraude. "
        "Le journal britannique évoque des factures truquées."
    )
    said = [
        Said("la société Arvel de fraude", "Un article"),
        Said("des factures truquées", "Le journal britannique"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Daily Courier", "Daily Courier"]


def test_a_document_published_by_nobody_named_is_nobody(fr_nlp, registry):
    text = "Un article publié le 3 mai par un collectif accuse la société Arvel de fraude."
    said = [Said("la société Arvel de fraude", "Un article")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


# -- coordinated speakers ------------------------------------------------------------------------


def test_coordinated_speakers_are_named_by_the_first(fr_nlp, registry):
    text = (
        "Le parquet de Lille et le parquet de Mons ont annoncé qu'une enquête commune était "
        "ouverte. Maëlys Tarrant et Hugo Lenoir ont affirmé que le projet était abandonné."
    )
    said = [
        Said("une enquête commune était ouverte", "Le parquet de Lille et le parquet de Mons"),
        Said("le projet était abandonné", "Maëlys Tarrant et Hugo Lenoir"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Parquet de Lille", "Maëlys Tarrant"]


def test_a_coordinated_complement_is_one_description(fr_nlp, registry):
    text = (
        "Le ministre de l'Industrie et des Mines, Paul Durand, a affirmé que la dette baisserait."
    )
    said = [Said("la dette baisserait", "Le ministre de l'Industrie et des Mines, Paul Durand")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Durand"]


# -- gender from the article's own agreement ----------------------------------------------------


def test_a_participle_after_etre_gives_its_subject_gender(fr_nlp, registry):
    text = (
        "Noa Valmont est restée au premier rang pendant la cérémonie. "
        "« C'est une honte », a lancé le comédien."
    )
    out = run(fr_nlp, registry, text, [Said("C'est une honte", "le comédien")])
    assert names(out) == [None]


def test_a_participle_after_avoir_gives_no_gender(fr_nlp, registry):
    text = (
        "Noa Valmont a quitté le premier rang pendant la cérémonie. "
        "« C'est une honte », a lancé le comédien."
    )
    out = run(fr_nlp, registry, text, [Said("C'est une honte", "le comédien")])
    assert names(out) == ["Noa Valmont"]


# -- a qualifier of one person's description, used as a noun ------------------------------------


def test_a_qualifier_used_as_a_noun_takes_up_the_person_it_described(fr_nlp, registry):
    text = (
        "Le sénateur républicain Tom Weller a critiqué le projet de loi. "
        "« C'est une folie budgétaire », a insisté le républicain."
    )
    said = [
        Said("le projet de loi", "Le sénateur républicain Tom Weller"),
        Said("C'est une folie budgétaire", "le républicain"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Tom Weller", "Tom Weller"]


def test_a_qualifier_shared_by_two_people_takes_nobody(fr_nlp, registry):
    text = (
        "Le sénateur républicain Tom Weller a critiqué le projet de loi, comme le sénateur "
        "républicain Bill Norris. « C'est une folie budgétaire », a insisté le républicain."
    )
    said = [
        Said("le projet de loi", "Le sénateur républicain Tom Weller"),
        Said("C'est une folie budgétaire", "le républicain"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[1] is None
