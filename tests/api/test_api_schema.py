"""Schemathesis against the app's own OpenAPI document: no input makes the server fail.

Every operation is called with inputs generated from its schema, valid ones and invalid
ones, with the write token (so generated articles go through the real ingest); the check
is that no answer is a server error (5xx). Runs on the SQLite store of the fixtures.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

TOKEN = "s3cret-test-token"  # the token of the ``writer_app`` fixture


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_generated_input_makes_a_server_error(writer_app, engine, mode):
    if engine.dialect.name != "sqlite":
        pytest.skip("the generated calls run once, on SQLite")
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", writer_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9

    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
        def call(case) -> None:
            case.call_and_validate(
                headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error]
            )

        try:
            call()
        except Unsatisfiable:
            # an operation without parameters has no invalid input to send
            assert mode is GenerationMode.NEGATIVE, operation.label
