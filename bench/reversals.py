"""Reported reversals on a gold set (``corpus/reversals_fr``): run dixit, then
``dixit.analyse``, then the set's scoring rule; print the figures (and errors with
``--show-errors``). ``reachable`` counts the gold reversals whose two sides extracted
statements cover, ``reachable_with_narrated`` those that statements and narrated positions
cover: the ceilings of the extraction and of the narrated reader.

    .venv/bin/python bench/reversals.py --articles ../shared/corpus/reversals_fr/articles.jsonl \
        --gold ../shared/corpus/reversals_fr/gold.jsonl [--catalogue FILE] [--show-errors]

With ``--computed`` (and a catalogue), the reversals computed across the whole set's dated
statements are scored too, as for a story line told over several days
(``tests/fixtures/positions/``); a change both computed and reported counts once.

``--lookalikes FILE …`` runs the same reading over real articles that report no reversal
(the real_fr sets: news with quotes, cue words such as "revient sur" or "renonce", no change
of mind): every reversal found there is a false one, printed as ``lookalikes_false`` (with
``--show-errors``, each as ``FALSE``). ``--show-errors`` also prints each side of a matched
reversal whose stance is not the gold one (``STANCE``, with how it was read).
"""

from __future__ import annotations

import argparse
import json

from dixit.analyse import computed_reversals, load_catalogue
from dixit.analyse.narrated import read_narrated
from dixit.analyse.reported import reported_reversals, reversal_cues
from dixit.core import load_pipeline, parse, statements_from_doc
from dixit.eval.reversals import distinct, reachable, read_jsonl, score
from dixit.model import Article


def reversals_of(article: Article, catalogue: list) -> list[dict]:
    """The reported reversals of one article, read with its parse (as JSON)."""
    doc = parse(load_pipeline(language=article.language), article.text)
    statements = statements_from_doc(doc, article)
    return [r.to_dict() for r in reported_reversals(article, statements, catalogue, doc=doc)]


def lookalike_reversals(paths: list[str], catalogue: list) -> list[dict]:
    """The reversals found in articles that report none: each is a false one."""
    return [
        reversal
        for path in paths
        for record in read_jsonl(path)
        for reversal in reversals_of(Article.from_dict(record), catalogue)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", required=True)
    parser.add_argument("--gold", required=True)
    parser.add_argument("--catalogue", default=None)
    parser.add_argument("--computed", action="store_true")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--lookalikes", nargs="*", default=[])
    args = parser.parse_args()
    catalogue = load_catalogue(args.catalogue) if args.catalogue else []
    articles = [Article.from_dict(record) for record in read_jsonl(args.articles)]
    predicted = []
    by_article = {}
    with_narrated = {}
    for article in articles:
        # The parse is kept: narrated positions are read from it.
        doc = parse(load_pipeline(language=article.language), article.text)
        statements = statements_from_doc(doc, article)
        by_article[article.id] = statements
        cues = [(c.start, c.end) for c in reversal_cues(article.text, article.language)]
        narrated = read_narrated(doc, article, statements, cues).positions
        with_narrated[article.id] = statements + narrated
        found = reported_reversals(article, statements, catalogue, doc=doc)
        predicted += [r.to_dict() for r in found]
    if args.computed:
        every = [s for statements in by_article.values() for s in statements]
        language = articles[0].language if articles else None
        predicted += [r.to_dict() for r in computed_reversals(every, catalogue, language)]
    gold = list(read_jsonl(args.gold))
    result = score(gold, distinct(predicted))
    reach = {
        "reachable": reachable(gold, by_article),
        "reachable_with_narrated": reachable(gold, with_narrated),
    }
    false = lookalike_reversals(args.lookalikes, catalogue)
    looks = {"lookalikes_false": len(false)} if args.lookalikes else {}
    print(json.dumps(result.figures() | reach | looks))
    if args.show_errors:
        for reversal in false:
            print(
                "FALSE",
                reversal["after"]["article"],
                reversal["speaker"]["name"],
                reversal["evidence"].get("cue"),
            )
        for reversal in result.wrong:
            side = {k: reversal[k]["content"] for k in ("before", "after")}
            print(
                "WRONG",
                reversal["after"]["article"],
                reversal["speaker"]["name"],
                reversal["evidence"].get("cue"),
                json.dumps(side, ensure_ascii=False),
            )
        for gold in result.missed:
            print("MISSED", gold["article"], gold["speaker"], gold["cue"])
        for gold, reversal in result.pairs:
            for side in ("before", "after"):
                wanted, got = gold[side].get("stance"), reversal[side]["stance"]
                if wanted and wanted != got:
                    print(
                        "STANCE",
                        gold["article"],
                        side,
                        f"gold {wanted}, read {got} ({reversal[side].get('stance_basis')})",
                        json.dumps(reversal[side]["content"], ensure_ascii=False),
                    )


if __name__ == "__main__":
    main()
