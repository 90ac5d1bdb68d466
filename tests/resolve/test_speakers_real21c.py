"""Speakers on real French copy (session 21c): a description that names another person of
the article than the one speaking.

Each class was found on real French news pages (study sets of sessions 18 to 20, and pages
of the web); the texts here are invented (people, places, bodies) in the layout of that copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def titled_speakers(nlp, text: str, title: str | None) -> list[tuple[str, str | None]]:
    """(mention, speaker) of each statement of ``text``, stored with ``title`` apart."""
    found = statements_from_doc(nlp(text), Article(text=text, title=title))
    return [(s.speaker_mention or "", s.speaker.name if s.speaker else None) for s in found]


def speaker_said(found: list[tuple[str, str | None]], mention: str) -> str | None:
    named = [name for said, name in found if said == mention]
    assert named, f"no statement with the mention {mention!r}"
    return named[0]


# 1. A page stored with its headline apart opens on the body: its first paragraph is
# narration, not a headline whose people are all introduced below. A description there takes
# up the person the paragraph has just named, not one the article names later.

COUNCIL = (
    "Dès l'ouverture de la séance du conseil, on a senti que l'opposition serait combative. "
    "L'adoption du procès-verbal a donné lieu à une passe d'armes entre Bertrand Lacombe-Vidal "
    "et le maire. Le chef de file de l'opposition a contesté que le vote des crédits vaille "
    "autorisation de commencer les travaux.\n\n"
    "Le maire a tenu bon sur la rédaction du texte. Plus tard, Henri Fabrègue a annoncé que "
    "la piscine fermerait l'été prochain, et Henri Fabrègue a rappelé que la commune avait "
    "tenu ses engagements. Henri Fabrègue a ajouté que les impôts ne bougeraient pas.\n"
)


def test_an_opening_paragraph_of_a_page_without_headline_is_narration(nlp) -> None:
    found = titled_speakers(nlp, COUNCIL, "Budget de Valmorin : quelles marges pour demain ?")
    assert speaker_said(found, "Le chef de file de l'opposition") == "Bertrand Lacombe-Vidal"


def test_an_opening_description_naming_nobody_before_looks_below(nlp) -> None:
    text = (
        "La mairesse de Valmorin a affirmé qu'il lui revenait de fixer les priorités.\n\n"
        "Claire Dumonteil a réuni lundi son comité exécutif. Claire Dumonteil a dit que le "
        "budget serait voté en décembre.\n"
    )
    found = titled_speakers(nlp, text, "Claire Dumonteil assoit son autorité")
    assert speaker_said(found, "La mairesse de Valmorin") == "Claire Dumonteil"


def test_a_name_between_quotation_marks_is_no_actor_of_the_opening(nlp) -> None:
    # Where the opening-paragraph reading must not fire: a name written only between
    # quotation marks, or an editor's note, is nobody named before the description.
    text = (
        'Lors de son arrestation, l\'homme a "crié Vive Barnabé" (le nom de son chien, NDLR), '
        'selon le parquet de Roncelles. "Nous connaissons une partie des faits", a indiqué le '
        "ministre.\n\n"
        "Une magistrate s'est rendue sur place, a précisé M. Ferrandon, selon qui le suspect "
        '"ne parle pas beaucoup".\n'
    )
    found = titled_speakers(nlp, text, "Roncelles : le suspect inconnu des services")
    assert speaker_said(found, "le ministre") != "Vive Barnabé"
    assert speaker_said(found, "le ministre") != "NDLR"


# 2. Functions one person does not combine in a story (``distinct_offices``): a farmer the
# minister of agriculture visits is not the minister, a councillor is not the mayor; a Swiss
# federal councillor is a minister.

FARM = (
    "Le nouveau ministre de l'Agriculture, Paul Verdier, a choisi la Creuse pour sa première "
    "visite. Paul Verdier a visité l'élevage de Lucien Mabire à Sauzat. Le ministre a évoqué "
    "avec lui la sécheresse.\n\n"
    '"Je sais que ces terres sont fragiles", indique Paul Verdier. "Il faut s\'adapter", '
    "ajoute Paul Verdier.\n\n"
    'Une sécheresse que Lucien Mabire subit de plein fouet : "il n\'y a rien à faucher". '
    "L'agriculteur espère alerter le ministre. "
    '"Si la chaleur dure encore un mois, les bêtes vont souffrir", prévient {subject}.\n'
)


def test_a_farmer_is_not_the_minister_of_agriculture(nlp) -> None:
    found = titled_speakers(nlp, FARM.format(subject="l'agriculteur"), None)
    assert speaker_said(found, "l'agriculteur") == "Lucien Mabire"


def test_the_minister_of_agriculture_is_still_the_minister(nlp) -> None:
    found = titled_speakers(nlp, FARM.format(subject="le ministre"), None)
    assert speaker_said(found, "le ministre") == "Paul Verdier"


CITY_HALL = (
    "C'est le conseiller Éric Jolivet qui a mené l'opposition lors de la première séance. "
    "« Nous ne nous opposerons pas pour le plaisir », a-t-il promis.\n\n"
    "De son côté, {subject} a invité tous les élus à « travailler ensemble ».\n"
)


def test_a_councillor_is_not_the_mayor(nlp) -> None:
    found = titled_speakers(nlp, CITY_HALL.format(subject="le maire de Valmorin"), None)
    assert speaker_said(found, "le maire de Valmorin") != "Éric Jolivet"


def test_a_councillor_is_still_the_councillor(nlp) -> None:
    found = titled_speakers(nlp, CITY_HALL.format(subject="le conseiller"), None)
    assert speaker_said(found, "le conseiller") == "Éric Jolivet"


def test_a_federal_councillor_is_a_minister(nlp) -> None:
    text = (
        "Le conseiller fédéral Marc Aebischer a présenté mardi le budget de la Confédération. "
        "« Les comptes sont sains », a déclaré le ministre des Finances.\n"
    )
    found = titled_speakers(nlp, text, None)
    assert speaker_said(found, "le ministre des Finances") == "Marc Aebischer"


# 3. A question-and-answer page stored with its headline apart: the headline names the
# interviewee before the answer it quotes ("Nom Prénom : « … »"); the lead may name the
# opponent first. Every answer is the headline's person when the body writes the name too.

INTERVIEW = (
    "Elle est arrivée en conférence de presse vers midi. La Lyonnaise est revenue sur sa "
    "victoire contre la Croate Ivana Perković en deux sets sur le court central.\n\n"
    "{vocative}comment avez-vous vécu ce dernier jeu ?\n\n"
    "J'ai eu un peu peur au moment de servir. Je suis contente d'avoir tenu.\n\n"
    "Vous sentez-vous proche de votre meilleur niveau ?\n\n"
    "Oui, je crois. Je n'ai jamais aussi bien servi depuis mon retour.\n"
)
HEADLINE = "Léa Marchal : « Je veux aller plus loin »"


def test_the_headline_names_the_interviewee(nlp) -> None:
    text = INTERVIEW.format(vocative="Léa, ")
    found = titled_speakers(nlp, text, HEADLINE)
    answers = [name for said, name in found if name is not None]
    assert answers and set(answers) == {"Léa Marchal"}


def test_a_headline_name_the_body_never_writes_is_not_taken(nlp) -> None:
    found = titled_speakers(nlp, INTERVIEW.format(vocative="Dites-nous, "), HEADLINE)
    assert "Léa Marchal" not in {name for _, name in found}


def test_a_headline_name_leaves_a_page_of_reports_alone(nlp) -> None:
    text = (
        "Léa Marchal a battu Ivana Perković en deux sets. « J'ai bien servi », a "
        "déclaré Ivana Perković après le match.\n"
    )
    found = titled_speakers(nlp, text, HEADLINE)
    assert speaker_said(found, "Ivana Perković") == "Ivana Perković"
