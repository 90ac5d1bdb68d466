"""The request size limit, enforced before a body is read into memory.

A declared ``Content-Length`` over the limit is refused at once; a body sent in chunks
without one is counted as it arrives and refused as soon as it passes the limit, so no
client can make the server buffer more than the limit.
"""

from __future__ import annotations

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dixit.api.problems import problem

#: Largest request body accepted by default: a long article as JSON fits well below it.
DEFAULT_MAX_BODY_BYTES = 2_000_000


class BodyTooLarge(HTTPException):
    """The client sent more than the limit: an HTTP error, so that the framework's body
    reader passes it on as a 413 instead of calling it a parse error."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"The request body is larger than {max_bytes} bytes.")


class BodySizeLimit:
    """ASGI middleware answering 413 to a request whose body passes ``max_bytes``."""

    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None:
            try:
                too_large = int(declared) > self.max_bytes
            except ValueError:
                await problem(400, "Content-Length is not a number.")(scope, receive, send)
                return
            if too_large:
                await self._refuse(scope, receive, send)
                return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"The request body is larger than {self.max_bytes} bytes."
        await problem(413, detail)(scope, receive, send)
