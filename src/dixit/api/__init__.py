"""The REST API of ``dixit serve``: FastAPI over the store (``docs/web.md``).

``create_app(engine)`` builds the application; the JSON routes live in ``routes``, their
shapes in ``schemas``, errors as problem details in ``problems``.
"""

from dixit.api.app import create_app

__all__ = ["create_app"]
