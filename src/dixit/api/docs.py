"""``/api/docs``: the OpenAPI document as one server-rendered page, with no script or CDN.

FastAPI's interactive docs load Swagger UI from a CDN; the pages of dixit load nothing
from elsewhere, so the reference is drawn here from the app's own OpenAPI document: each
endpoint with its description, parameters (type, bounds, default) and answers.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

METHODS = ("get", "post", "put", "patch", "delete")


def describe(schema: dict[str, Any], components: dict[str, Any]) -> str:
    """A short reading of a parameter's JSON schema: "integer, 1 to 100, default 20"."""
    options = [s for s in schema.get("anyOf", [schema]) if s.get("type") != "null"]
    parts = []
    for option in options:
        if "$ref" in option:
            option = components.get(option["$ref"].rsplit("/", 1)[-1], {})
        if "enum" in option:
            parts.append("one of " + ", ".join(map(str, option["enum"])))
            continue
        kind = option.get("format") or option.get("type") or "value"
        bounds = []
        if "minimum" in option or "maximum" in option:
            bounds.append(f"{option.get('minimum', '…')} to {option.get('maximum', '…')}")
        if "maxLength" in option:
            bounds.append(f"at most {option['maxLength']} characters")
        parts.append(", ".join([kind, *bounds]))
    text = " or ".join(parts) or "value"
    if "default" in schema:
        text += f", default {schema['default']}"
    return text


def endpoints(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation of ``spec`` in path order, ready for the template."""
    components = spec.get("components", {}).get("schemas", {})
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            found.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": p["name"],
                            "in": p["in"],
                            "required": p.get("required", False),
                            "schema": describe(p.get("schema", {}), components),
                            "description": p.get("description", ""),
                        }
                        for p in operation.get("parameters", [])
                    ],
                    "body": "requestBody" in operation,
                    "responses": sorted(operation.get("responses", {}).items()),
                }
            )
    return found


async def api_docs(request: Request) -> HTMLResponse:
    from dixit.web.pages import render

    spec = request.app.openapi()
    return render(
        request,
        "api_docs.html",
        {"spec": spec, "endpoints": endpoints(spec)},
        json_url=request.app.openapi_url,
    )
