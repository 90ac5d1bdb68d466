"""Issue catalogues as the user handles them: files, the registered catalogue, annotation.

``dixit analyze``, ``dixit ingest`` and ``dixit issues apply`` read their catalogue with
:func:`choose_catalogue`: the ``--issues FILE`` given, else the entries ``dixit issues add``
registered in the database, else none. Annotating a statement means its issues and stances
(``dixit.analyse``) and its verification (``dixit.analyse.verification``); stored
statements are re-annotated from their stored fields, without parsing anything again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from dixit.analyse import Issue, annotate
from dixit.analyse.issues import issue_from_mapping
from dixit.analyse.suggest import Suggestion, parse_statements, suggest_issues
from dixit.analyse.verification import verify
from dixit.errors import InputError
from dixit.model import Article, IssueStance, Statement
from dixit.settings import get_settings
from dixit.store import issues as stored
from dixit.store.models import ISSUE_ID_LENGTH
from dixit.yaml_input import load_user_yaml


def read_catalogue_entries(path: str | Path) -> list[dict[str, Any]]:
    """The entries of a catalogue file, checked; a bad file is one ``InputError`` line.

    Checked here rather than where issues are matched, so that a typo is reported with its
    file and line before any model loads or any row is written.
    """
    name = str(path)
    data = load_user_yaml(path, "issue catalogue")
    if not isinstance(data, dict) or not isinstance(data.get("issues"), list):
        raise InputError(name, "an issue catalogue is a YAML mapping with a list 'issues:'")
    entries = []
    seen: set[str] = set()
    for number, entry in enumerate(data["issues"], start=1):
        problem = entry_problem(entry)
        if problem is None and str(entry["id"]) in seen:
            problem = f"id {entry['id']!r} given twice"
        if problem is not None:
            raise InputError(name, problem, f"issue {number}")
        seen.add(str(entry["id"]))
        entries.append(dict(entry))
    return entries


def entry_problem(entry: Any) -> str | None:
    """Why ``entry`` is not a catalogue entry, or None."""
    if not isinstance(entry, dict):
        return "an issue is a mapping with id, label and terms"
    issue_id = entry.get("id")
    if not isinstance(issue_id, str | int) or not str(issue_id).strip():
        return "an issue needs an id"
    if len(str(issue_id)) > ISSUE_ID_LENGTH:
        return f"issue id longer than {ISSUE_ID_LENGTH} characters"
    terms = entry.get("terms")
    if not isinstance(terms, dict) or not terms:
        return f"issue {issue_id!r} needs terms per language (terms: {{fr: [[...]]}})"
    for code, groups in terms.items():
        if not isinstance(groups, list) or not groups:
            return f"issue {issue_id!r}: terms for {code!r} are a list of phrase groups"
        for group in groups:
            if isinstance(group, list) and not all(isinstance(p, str | int | float) for p in group):
                return f"issue {issue_id!r}: a phrase group for {code!r} holds only phrases"
            if not isinstance(group, list | str):
                return f"issue {issue_id!r}: a phrase group for {code!r} is a list of phrases"
    return None


def catalogue_of(entries: Sequence[Mapping[str, Any]]) -> list[Issue]:
    """Issues from checked catalogue entries."""
    return [issue_from_mapping(entry) for entry in entries]


def registered_catalogue(session: Session) -> list[Issue]:
    """The catalogue ``dixit issues add`` registered in this database."""
    return catalogue_of([issue.entry() for issue in stored.registered_issues(session)])


def choose_catalogue(path: str | Path | None, session: Session | None) -> list[Issue]:
    """``--issues FILE`` when given, else the registered catalogue, else none."""
    if path is not None:
        return catalogue_of(read_catalogue_entries(path))
    if session is not None:
        return registered_catalogue(session)
    return []


def language_of(language: str | None) -> str:
    """An article's language, or the configured one when the article says none."""
    return language or get_settings().language


def annotate_article(
    article: Article, statements: Sequence[Statement], catalogue: Sequence[Issue]
) -> list[Statement]:
    """An article's statements with their verification, and their issues and stances."""
    language = language_of(article.language)
    checked = verify(article.text, list(statements), language)
    return annotate(checked, catalogue, language)


@dataclass
class ApplyReport:
    """What re-annotating stored statements changed."""

    statements: int = 0
    changed: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"statements": self.statements, "changed": self.changed}


def issues_now(
    statement: Statement, catalogue: Sequence[Issue], language: str
) -> list[IssueStance]:
    """The issues ``catalogue`` gives ``statement`` now."""
    return annotate([statement], catalogue, language)[0].issues


def apply_catalogue(
    session: Session,
    catalogue: Sequence[Issue],
    *,
    article_id: str | None = None,
    batch: int = 500,
) -> ApplyReport:
    """Recompute the issues of stored statements (of one article, or all) from their stored
    fields; only those whose issues change are written. Committed every ``batch`` rows."""
    report = ApplyReport()
    changes = []
    rows = list(stored.stored_statements(session, article_id=article_id))
    for row in rows:
        report.statements += 1
        statement = row.statement
        issues = issues_now(statement, catalogue, language_of(row.language))
        if issues != statement.issues:
            changes.append((row.pk, row.data, issues))
        if len(changes) >= batch:
            report.changed += stored.write_statement_issues(session, changes)
            session.commit()
            changes = []
    report.changed += stored.write_statement_issues(session, changes)
    session.commit()
    return report


def suggest(
    session: Session,
    *,
    language: str | None = None,
    threshold: float = 0.45,
    min_size: int = 3,
    covered: bool = False,
    limit: int = 3000,
    model: str | None = None,
) -> list[Suggestion]:
    """Issues proposed from the stored statements of one language (``dixit.analyse.suggest``).

    Statements some issue already covers are left out unless ``covered``; at most ``limit``
    statements (the last stored) are clustered, since clustering grows with their square.
    """
    from dixit.core import load_pipeline

    language = language_of(language)
    statements = [
        row.statement
        for row in stored.stored_statements(session)
        if language_of(row.language) == language and (covered or not row.data.get("issues"))
    ][-limit:]
    if not statements:
        return []
    parsed = parse_statements(statements, load_pipeline(model, language), language)
    taken = [issue.id for issue in stored.registered_issues(session)]
    return suggest_issues(parsed, language, threshold=threshold, min_size=min_size, taken=taken)
