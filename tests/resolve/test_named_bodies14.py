"""Bodies named by their kind, taken up by a spokesperson or by that kind's noun (session 14).

Company news names a body once with the noun of its kind ("le groupe chimique Varnel",
"le négociant Halden"), then quotes "un porte-parole" or "l'entreprise". The spokesperson
speaks for that body (our gold sets' convention), and the noun takes it up. A news agency
that reports the story ("selon l'agence Reuters") is nobody's employer here.

The companies and events are invented; the layout is that of wire copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def speakers(nlp, text: str) -> dict[str, str | None]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return {s.speaker_mention or "": s.speaker.name if s.speaker else None for s in found}


def test_a_bare_spokesperson_speaks_for_the_body_named_by_its_kind(nlp) -> None:
    text = (
        "Le groupe chimique Varnel a fermé son usine de Lorient après une fuite, a indiqué "
        "un porte-parole.\n"
    )
    assert speakers(nlp, text)["un porte-parole"] == "Varnel"


def test_a_news_agency_that_reports_is_not_the_spokespersons_body(nlp) -> None:
    text = (
        "Le négociant Halden a fermé son entrepôt de Brest après un contrôle, selon "
        "l'agence Reuters.\n\n"
        "« L'arrêt est une mesure de précaution », a déclaré une porte-parole interrogée "
        "par l'agence Belga.\n"
    )
    assert speakers(nlp, text)["une porte-parole"] == "Halden"


def test_the_kind_noun_takes_up_the_body_named_with_it(nlp) -> None:
    text = (
        "Le groupe chimique Varnel a fermé son usine de Lorient après une fuite.\n\n"
        "Certains ateliers fonctionnent de façon intermittente, admet l'entreprise.\n"
    )
    assert speakers(nlp, text)["l'entreprise"] == "Varnel"


def test_a_medium_named_by_its_kind_is_no_company_taken_up(nlp) -> None:
    text = (
        "Le quotidien Le Courrier a publié lundi une enquête sur les ateliers de Lorient.\n\n"
        "Certains ateliers fonctionnent de façon intermittente, admet l'entreprise.\n"
    )
    assert speakers(nlp, text).get("l'entreprise") != "Le Courrier"
