"""People on real French copy (session 19): a pronoun with nobody named before it takes the
person the headline names; a particle that is also a first name ("Ben") opens a name; first
and second persons are never a speaker's name; a body of a known kind named bare speaks.

The texts are invented, in the layouts of wire copy cut from its headline (the page opens on
a quotation and its incise), of a regional minister's interview and of an elected member's
own account of a council meeting.
"""

from __future__ import annotations

from said_by import speaker_of, speakers

from dixit.core import statements_from_doc
from dixit.model import Article


def titled_speakers(nlp, text: str, title: str | None) -> list[tuple[str, str | None]]:
    """(mention, canonical speaker) of each statement of a page with this headline."""
    found = statements_from_doc(nlp(text), Article(text=text, title=title))
    return [(s.speaker_mention or "", s.speaker.name if s.speaker else None) for s in found]


# A page cut from its headline: the first quotation's incise has only a pronoun, the person
# is named further down and in the headline.
RETIRING = (
    '"Il est temps de passer la main", a-t-il déclaré mercredi devant la presse, après '
    "quinze ans à la tête du canton. Interrogé sur les critiques de l'opposition, Marcel "
    "Dutronchet a affirmé que celles-ci n'avaient pesé en rien sur sa décision.\n"
)
RETIRING_TITLE = "Le président du canton de Vaulières Marcel Dutronchet annonce son départ"


def test_a_pronoun_with_nobody_before_it_is_the_person_the_headline_names(nlp) -> None:
    found = titled_speakers(nlp, RETIRING, RETIRING_TITLE)
    assert found[0] == ("il", "Marcel Dutronchet")


def test_the_headline_may_name_the_person_by_surname(nlp) -> None:
    title = "Football : Dutronchet fait le point avant le derby"
    assert titled_speakers(nlp, RETIRING, title)[0] == ("il", "Marcel Dutronchet")


def test_without_a_headline_the_pronoun_stays_unresolved(nlp) -> None:
    assert titled_speakers(nlp, RETIRING, None)[0] == ("il", None)


def test_a_headline_naming_nobody_of_the_article_gives_no_speaker(nlp) -> None:
    title = "Vaulières : la fin d'une époque au canton"
    assert titled_speakers(nlp, RETIRING, title)[0] == ("il", None)


def test_a_pronoun_of_the_other_gender_does_not_take_the_headline_person(nlp) -> None:
    text = RETIRING.replace("a-t-il déclaré", "a-t-elle déclaré")
    title = "La présidente Marcel Dutronchet annonce son départ"
    found = titled_speakers(nlp, text.replace("Interrogé", "Interrogée"), title)
    # "Marcel" is a man's first name: "elle" is someone else, whom the page does not name.
    assert found[0] == ("elle", None)


def test_a_plural_pronoun_does_not_take_the_headline_person(nlp) -> None:
    text = RETIRING.replace("a-t-il déclaré", "ont-ils déclaré")
    found = titled_speakers(nlp, text, RETIRING_TITLE)
    assert found[0] == ("ils", None)


# "Ben" is a particle in "Mohammed ben Salem" and a first name in "Ben Vandamme".

MINISTER = (
    '"Lier les deux dossiers me semble évident", a affirmé vendredi matin le ministre '
    "régional de la N-VX Ben Vandamme au cours d'une émission de radio. \"Nous devons tenir "
    'bon", a-t-il ajouté.\n\n'
    'Le soir même, "rien n\'est encore décidé", a nuancé M. Vandamme.\n'
)


def test_a_capitalised_ben_after_an_acronym_opens_a_name(nlp) -> None:
    found = speakers(nlp, MINISTER)
    assert found[0][1] == "Ben Vandamme"
    assert found[1] == ("il", "Ben Vandamme")


def test_the_surname_alone_joins_a_name_opening_on_ben(nlp) -> None:
    assert speaker_of(nlp, MINISTER, "M. Vandamme") == "Ben Vandamme"


def test_ben_alone_after_a_verb_opens_the_name(nlp) -> None:
    text = '"Le dossier est clos", a affirmé vendredi Ben Vandamme au cours d\'une émission.\n'
    assert speakers(nlp, text)[0][1] == "Ben Vandamme"


def test_ben_after_a_first_name_stays_a_particle(nlp) -> None:
    text = (
        "Le chef de l'Etat Karim Ben Aziz a annoncé mardi un remaniement. \"Le pays a besoin "
        'de sang neuf", a déclaré M. Ben Aziz devant le Parlement.\n'
    )
    assert speaker_of(nlp, text, "M. Ben Aziz") == "Karim Ben Aziz"


def test_lower_case_ben_stays_a_particle(nlp) -> None:
    text = (
        '"Le royaume tiendra ses engagements", a assuré le prince Walid ben Saleh lors '
        "d'une visite à Vaulières.\n"
    )
    assert speakers(nlp, text)[0][1] == "Walid ben Saleh"


# An elected member's own account: "nous" and "je" are the author's group, never a name.

ACCOUNT = (
    "Le conseil municipal s'est tenu devant une salle comble.\n"
    "Nous avons souligné, une fois encore, notre désaccord avec le projet du quai. Après de "
    "longs échanges, le Maire a fini par indiquer qu'il ne mettrait pas le projet en "
    "discussion cet été. Il a indiqué qu'il avait déjà commandé une étude sur la "
    "circulation.\n"
)


def test_a_first_person_subject_is_no_speaker_name(nlp) -> None:
    found = speakers(nlp, ACCOUNT)
    assert ("Nous", None) in found
    assert all(name != "Nous" for _, name in found)


def test_a_description_after_a_first_person_takes_no_pronoun_for_a_person(nlp) -> None:
    assert speaker_of(nlp, ACCOUNT, "le Maire") != "Nous"
    assert speaker_of(nlp, ACCOUNT, "Il") != "Nous"


def test_a_first_person_inside_a_quotation_is_still_its_speaker(nlp) -> None:
    text = (
        '"Nous avons souligné notre désaccord avec ce projet", a déclaré mardi l\'élue '
        "Sandrine Pautrel, exprimant ses préoccupations.\n"
    )
    assert speakers(nlp, text)[0][1] == "Sandrine Pautrel"


# A union of the lexicon's known bodies, named bare as a subject.


def test_a_known_body_named_bare_speaks(nlp) -> None:
    text = (
        "Les enseignants défileront jeudi. Solidaires soutient le mouvement, mais entend "
        "consulter ses membres avant de se prononcer.\n"
    )
    assert speaker_of(nlp, text, "Solidaires") == "Solidaires"


def test_a_known_body_named_bare_after_an_adjunct_speaks(nlp) -> None:
    text = (
        "Les gardiens menacent de cesser le travail en mai. De son côté, Alliance a rejoint "
        "le mouvement mais entend d'abord consulter ses adhérents.\n"
    )
    assert speaker_of(nlp, text, "Alliance") == "Alliance"


def test_the_same_word_in_lower_case_is_no_body(nlp) -> None:
    text = (
        "Les enseignants défileront jeudi. Les parents solidaires soutiennent le mouvement, "
        "mais entendent consulter les familles avant de se prononcer.\n"
    )
    assert all(name != "Solidaires" for _, name in speakers(nlp, text))


# The sentence segmentation: no sentence starts between two words of a name.


def test_no_sentence_starts_inside_a_name_the_parser_reads_as_an_interjection(nlp) -> None:
    doc = nlp("Le dossier est clos, a affirmé vendredi Ben Vandamme au cours d'une émission.\n")
    assert len(list(doc.sents)) == 1


def test_a_full_stop_before_a_name_still_ends_the_sentence(nlp) -> None:
    doc = nlp("Le dossier est clos, a répondu Paul Roy. Marie Dubois a ensuite pris la parole.\n")
    assert [s.text.strip() for s in doc.sents][1].startswith("Marie Dubois")


# An office the tagger reads as a person: its complement is no name once the title goes.

PRESIDENT = (
    "Le président de la République revient enfin sur le débat qui agite la majorité. "
    '"Si je parle maintenant, plus personne ne travaillera", a-t-il expliqué aux '
    "journalistes.\n"
)


def test_an_office_complement_is_no_person(nlp) -> None:
    assert all(name != "de la République" for _, name in speakers(nlp, PRESIDENT))


def test_a_particle_surname_after_a_title_is_still_a_name(nlp) -> None:
    text = (
        'Le général de Villaret a passé les troupes en revue mardi. "La mission '
        'continue", a-t-il déclaré devant les soldats.\n'
    )
    assert speakers(nlp, text)[0][1] == "de Villaret"
