"""dixit: who said what, when, and did they change their mind?

The public API is small: :func:`analyze` turns an article (or a plain string) into
:class:`Statement` objects; :func:`load_pipeline` gives the spaCy pipeline it uses.
"""

import logging

from dixit.core import analyze, load_pipeline
from dixit.model import Article, Speaker, Statement

__all__ = ["Article", "Speaker", "Statement", "analyze", "load_pipeline"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
