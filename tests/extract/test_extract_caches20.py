"""The indexes of round 11 (docs/scale.md): each gives the answer of the scan over every
quotation or cue of the article that it replaces, first match and order included."""

from __future__ import annotations

from itertools import product

from dixit.extract.attribution import Attribution
from dixit.extract.context import ArticleContext
from dixit.extract.interval_index import GrowingSpans, IntervalIndex, PointIndex, first_by_key
from dixit.extract.quotes import Quote


def _quote(start: int, end: int, inner: tuple[int, int] | None = None) -> Quote:
    inner_start, inner_end = inner or (start + 1, end - 1)
    return Quote(start, end, inner_start, inner_end, "«")


def _scan_around(quotes: list[Quote], lo: int, hi: int) -> list[Quote]:
    return [q for q in quotes if q.start <= hi and q.end >= lo]


def test_around_gives_the_scan_s_quotations_in_text_order() -> None:
    quotes = [_quote(2, 9), _quote(9, 15), _quote(20, 31), _quote(40, 41)]
    index = IntervalIndex(quotes, lambda q: q.start, lambda q: q.end)
    assert index.monotone
    for lo, hi in product(range(-1, 45), repeat=2):
        assert index.around(lo, hi) == _scan_around(quotes, lo, hi)


def test_around_falls_back_to_the_whole_list_for_nested_or_unordered_spans() -> None:
    # an outer span holding an inner one ends after it: the ends decrease
    nested = [_quote(0, 30), _quote(5, 12)]
    unordered = [_quote(20, 25), _quote(3, 8)]
    backwards = [_quote(6, 4)]
    for quotes in (nested, unordered, backwards):
        index = IntervalIndex(quotes, lambda q: q.start, lambda q: q.end)
        assert not index.monotone
        assert index.around(7, 7) == quotes


def test_point_index_answers_each_kind_of_bound() -> None:
    points = [4, 9, 9, 15]
    index = PointIndex(list(reversed(points)))
    for lo, hi in product(range(0, 18), repeat=2):
        assert index.any_in(lo, hi, True, False) == any(lo <= p < hi for p in points)
        assert index.any_in(lo, hi, False, True) == any(lo < p <= hi for p in points)


def test_first_by_key_keeps_the_first_item_of_each_key() -> None:
    first, second, other = _quote(3, 10), _quote(3, 20), _quote(12, 18)
    assert first_by_key([first, second, other], lambda q: q.start) == {3: first, 12: other}


def _context(nlp, text: str) -> ArticleContext:
    doc = nlp(text)
    context = ArticleContext(doc)
    assert context.quotes, "the text must hold quotations"
    return context


_TEXT = (
    "« Le conseil a voté “ contre l'avis du préfet ” hier soir », a déclaré la maire "
    'Odile Varenne. Selon l\'opposition, le budget est "insincère". « Nous ferons appel », '
    "a prévenu Paul Sarrant, qui a dit « regretter » ce choix."
)


def test_in_quote_is_the_first_quotation_the_scan_finds(nlp) -> None:
    context = _context(nlp, _TEXT)
    assert any(q.nested for q in context.quotes)  # a quotation inside a quotation
    for start in range(len(_TEXT) + 1):
        for end in (None, start, start + 1, start + 7, start + 40):
            stop = start + 1 if end is None else end
            scan = next(
                (q for q in context.quotes if q.inner_start <= start and stop <= q.inner_end),
                None,
            )
            assert context.in_quote(start, end) is scan


def test_has_quote_is_the_scan_s_answer(nlp) -> None:
    context = _context(nlp, _TEXT)
    for lo in range(0, len(_TEXT) + 2, 3):
        for hi in range(lo - 2, len(_TEXT) + 2, 5):
            scan = any(lo <= q.start < hi or lo < q.end <= hi for q in context.quotes)
            assert context.has_quote((lo, hi)) == scan


def test_a_verb_cue_ending_at_a_token_is_the_scan_s(nlp) -> None:
    context = _context(nlp, _TEXT)
    verbs = [c for c in context.cues if c.kind == "verb"]
    assert verbs
    for i in range(len(context.doc)):
        scan = any(c.token < i == c.end_token for c in verbs)
        assert (context.verb_cue_ending_at.get(i, i) < i) == scan


def test_growing_spans_keep_every_span_that_holds_a_range() -> None:
    spans = [(30, 34), (2, 50), (10, 12), (10, 26), (41, 44), (0, 3)]
    index: GrowingSpans[tuple[int, int]] = GrowingSpans()
    for added, span in enumerate(spans, start=1):
        index.add(span, span)
        for start, end in product(range(-1, 52), repeat=2):
            holding = {s for s in spans[:added] if s[0] <= start and end <= s[1]}
            assert holding <= set(index.could_hold(start, end))
    assert index.starts == sorted(s for s, _ in spans)


def test_quote_position_is_the_place_the_scan_finds(nlp) -> None:
    context = _context(nlp, _TEXT)
    for k, quote in enumerate(context.quotes):
        assert context.quote_position[id(quote)] == k
    assert context.quote_position.get(id(_quote(0, 5))) is None


def test_a_cue_right_after_a_quotation_is_the_scan_s(nlp) -> None:
    text = (
        "« Le pont rouvrira lundi », a annoncé le maire Paul Sarrant. Il a ajouté que la "
        "route « restera fermée », , \u00a0expliquant le retard. La préfète a confirmé."
    )
    context = Attribution(nlp(text))
    assert context.quotes and context.cues
    for cue in context.cues:
        scan = any(
            q.end <= cue.span[0] and not text[q.end : cue.span[0]].strip(" ,\u00a0")
            for q in context.quotes
        )
        assert context.cue_right_after_a_quotation(cue) == scan
    assert any(context.cue_right_after_a_quotation(c) for c in context.cues)
    assert not all(context.cue_right_after_a_quotation(c) for c in context.cues)


def test_closing_marks_and_quoted_words_read_as_the_scans_did(nlp) -> None:
    text = (
        "La maire a déclaré « Nous rouvrirons le pont. » Ces travaux coûtent cher. Le préfet "
        "a précisé « les délais seront tenus », a-t-il ajouté. « Rien n'est joué. »"
    )
    context = Attribution(nlp(text))
    doc = context.doc
    for j in range(len(doc)):
        token = doc[j]
        closing = token.idx + len(token.text)
        scan = any(q.end == closing for q in context.quotes)
        assert context.quote_ends.any_in(closing, closing, True, True) == scan
    for k in range(len(doc)):
        quote = context.quote_opening_at.get(doc[k].idx)
        if quote is None:
            continue
        words = [t for t in doc if quote.inner_start <= t.idx < quote.inner_end]
        inner = text[quote.inner_start : quote.inner_end].lstrip()
        scan = (
            any("Fin" in t.morph.get("VerbForm") for t in words)
            if inner[:1].isupper()
            else context._quotes_a_clause(words)
        )
        assert context._quotes_a_sentence(k) == scan
