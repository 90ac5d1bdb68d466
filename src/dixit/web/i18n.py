"""The pages' labels in French and English, and which one a request gets.

``?lang=fr`` or ``?lang=en`` wins; else the first language of ``Accept-Language`` (by its
``q`` weights) that the pages have; else French, the language dixit reads first.
"""

from __future__ import annotations

from fastapi import Request

DEFAULT_LANGUAGE = "fr"

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "site": "dixit",
        "tagline": "Qui a dit quoi, quand, et a-t-il changé d'avis ?",
        "home": "Accueil",
        "latest_statements": "Dernières déclarations",
        "latest_reversals": "Derniers revirements",
        "no_statements": "Aucune déclaration enregistrée.",
        "no_reversals": "Aucun revirement trouvé pour l'instant.",
        "computing": "Les revirements sont en cours de calcul : rechargez la page dans un moment.",
        "speakers": "Locuteurs",
        "speaker": "Locuteur",
        "articles": "Articles",
        "article": "Article",
        "issues": "Sujets",
        "no_issues": "Aucun sujet : les déclarations enregistrées n'ont pas encore de sujets.",
        "reversals": "Revirements",
        "reversal": "Revirement",
        "search": "Recherche",
        "search_button": "Chercher",
        "search_placeholder": "mots à chercher",
        "results_statements": "Déclarations",
        "results_articles": "Articles",
        "no_results": "Aucun résultat.",
        "statements": "déclarations",
        "statements_title": "Déclarations",
        "timeline": "Positions par sujet",
        "no_timeline": "Aucune position sur un sujet pour ce locuteur.",
        "json": "JSON",
        "said": "a dit",
        "cue": "verbe",
        "content": "propos",
        "date": "date",
        "undated": "sans date",
        "source": "source",
        "resolved": "identifié par",
        "dated": "daté par",
        "method": "construction",
        "unknown_speaker": "locuteur inconnu",
        "anonymous_source": "source anonyme",
        "before": "Avant",
        "after": "Après",
        "evidence": "établi par",
        "computed": "comparaison de deux déclarations datées",
        "reported": "le texte le rapporte",
        "strength": "force",
        "issue": "sujet",
        "stance": "position",
        "supports": "pour",
        "opposes": "contre",
        "open": "ouvert",
        "unclear": "indécis",
        "negated": "négation",
        "published": "publié le",
        "outlet": "média",
        "next": "Page suivante",
        "previous": "Page précédente",
        "not_found": "Introuvable",
        "not_found_detail": "Rien n'est enregistré sous cet identifiant.",
        "articles_count": "articles",
        "first_last": "de {first} à {last}",
        "language": "English",
        "language_code": "en",
        "unverified": "non confirmé",
        "via": "rapporté par",
    },
    "en": {
        "site": "dixit",
        "tagline": "Who said what, when, and did they change their mind?",
        "home": "Home",
        "latest_statements": "Latest statements",
        "latest_reversals": "Latest reversals",
        "no_statements": "No statement stored.",
        "no_reversals": "No reversal found yet.",
        "computing": "Reversals are being computed: reload the page in a moment.",
        "speakers": "Speakers",
        "speaker": "Speaker",
        "articles": "Articles",
        "article": "Article",
        "issues": "Issues",
        "no_issues": "No issue: the stored statements have no issues yet.",
        "reversals": "Reversals",
        "reversal": "Reversal",
        "search": "Search",
        "search_button": "Search",
        "search_placeholder": "words to find",
        "results_statements": "Statements",
        "results_articles": "Articles",
        "no_results": "No result.",
        "statements": "statements",
        "statements_title": "Statements",
        "timeline": "Positions by issue",
        "no_timeline": "No position on an issue for this speaker.",
        "json": "JSON",
        "said": "said",
        "cue": "cue",
        "content": "content",
        "date": "date",
        "undated": "undated",
        "source": "source",
        "resolved": "resolved by",
        "dated": "dated by",
        "method": "construction",
        "unknown_speaker": "unknown speaker",
        "anonymous_source": "unnamed source",
        "before": "Before",
        "after": "After",
        "evidence": "known from",
        "computed": "two dated statements compared",
        "reported": "the text reports it",
        "strength": "strength",
        "issue": "issue",
        "stance": "stance",
        "supports": "supports",
        "opposes": "opposes",
        "open": "open",
        "unclear": "unclear",
        "negated": "negated",
        "published": "published",
        "outlet": "outlet",
        "next": "Next page",
        "previous": "Previous page",
        "not_found": "Not found",
        "not_found_detail": "Nothing is stored under this id.",
        "articles_count": "articles",
        "first_last": "from {first} to {last}",
        "language": "Français",
        "language_code": "fr",
        "unverified": "unconfirmed",
        "via": "reported by",
    },
}


def choose_language(query_lang: str | None, accept_language: str | None) -> str:
    """The labels' language for a request (see the module docstring)."""
    if query_lang in LABELS:
        return query_lang
    weighted: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        base = tag.strip().lower().split("-")[0]
        if base in LABELS and weight > 0:
            weighted.append((-weight, position, base))
    return min(weighted)[2] if weighted else DEFAULT_LANGUAGE


def request_language(request: Request) -> str:
    return choose_language(request.query_params.get("lang"), request.headers.get("accept-language"))
