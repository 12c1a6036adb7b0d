"""Contract fuzzing: schemathesis drives every documented operation through WSGI, as three callers,
one operation at a time (phases examples, coverage and fuzzing; valid and invalid inputs) and in
sequences that follow the links between operations (stateful phase).

Every answer must be documented (status, content type, headers, body schema), never a 5xx, every
error body carries a "message" (API.md, Conventions), invalid input is refused (4xx), and a secured
operation refuses a request without its credentials or with wrong ones (ignored_auth). The same run
goes through nginx in infra/tests/test_hostile_contract.py.
"""
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance, ensure_resource_availability, ignored_auth, missing_required_header,
    negative_data_rejection, response_headers_conformance, response_schema_conformance,
    status_code_conformance, use_after_free,
)

from src import create_app
from src.config import TestConfig

from .conftest import auth_headers
from .factories import make_category, make_order, make_product, make_user


class SchemaConfig(TestConfig):
    SQLALCHEMY_DATABASE_URI = "sqlite://"


# The document is read at collection time (one test per operation) from an app of its own; the
# requests go to the session's app and database (call_and_validate(app=...)). schemathesis'
# lazy from_fixture() loader does not work with pytest 9.2 (it sets Node._nodeid).
# The SSE route is excluded: with a valid ticket it streams until the client leaves, an answer a
# fuzzer cannot judge; its 401s are covered by tests/test_stock_alerts.py.
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", create_app(SchemaConfig)).exclude(
    method="GET", path="/api/admin/stock_alerts")


@schemathesis.check
def error_has_message(ctx, response, case):
    if response.status_code >= 400:
        body = response.json()
        assert isinstance(body, dict) and isinstance(body.get("message"), str), \
            f"error body without a message: {body!r}"


@schemathesis.check
def status_documented_explicitly(ctx, response, case):
    """The "default" response only stands for server failures (500, 503): every other status is listed.

    Probes with a method the path does not serve (405) are left to status_code_conformance.
    """
    if response.status_code < 500 and case.method.upper() == case.operation.method.upper():
        documented = case.operation.definition.raw["responses"]
        assert str(response.status_code) in documented, \
            f"{response.status_code} is not documented (documented: {sorted(documented)})"


@schemathesis.check
def invalid_input_refused(ctx, response, case):
    """negative_data_rejection, except for query parameters the operation does not document: query
    strings ignore unknown parameters by design (cache busters, tracking tags: schemas.common
    QuerySchema). schemathesis exempts those itself, but not one with an empty name (`?=x`)."""
    documented = {parameter.name for parameter in case.operation.query}
    if any(name not in documented for name in case.query or {}):
        return None
    return negative_data_rejection(ctx, response, case)


CHECKS = [
    not_a_server_error, status_code_conformance, status_documented_explicitly, content_type_conformance,
    response_schema_conformance, response_headers_conformance, error_has_message, invalid_input_refused,
    ignored_auth, missing_required_header,
]
STATEFUL_CHECKS = CHECKS + [use_after_free, ensure_resource_availability]


@pytest.fixture(params=["anonymous", "client", "admin"])
def caller_headers(request, app):
    """Seed rows path parameters can hit (ids 1.., slugs), then the caller's Authorization header."""
    category = make_category("Instruments")
    products = [make_product(category, name=name) for name in ("Détartreur", "Miroir", "Sonde")]
    customer = make_user("client", email="client@example.com")
    make_order((products[0], 2), (products[1], 1), user=customer)
    if request.param == "anonymous":
        return {}
    caller = customer if request.param == "client" else make_user("admin", email="admin@example.com")
    return auth_headers(caller)


@schema.parametrize()
@settings(max_examples=8, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_operation_honours_its_contract(case, app, caller_headers):
    case.call_and_validate(app=app, headers=caller_headers, checks=CHECKS)


def test_sequences_of_operations_honour_the_contract(app, caller_headers):
    """Stateful phase: schemathesis chains operations along the links it infers from the document
    (an id or slug one answer gives and another operation takes), as each caller."""

    class Sequences(schema.as_state_machine()):
        def get_call_kwargs(self, case):
            return {"app": app, "headers": caller_headers}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            # As call_and_validate does: the headers given are known as the caller's own credentials.
            case.validate_response(response, checks=STATEFUL_CHECKS, headers=caller_headers,
                                   transport_kwargs={"app": app, "headers": dict(caller_headers)})

    Sequences.run(settings=settings(max_examples=12, stateful_step_count=6, deadline=None,
                                    derandomize=True, suppress_health_check=list(HealthCheck)))


def test_cors_preflight_on_an_admin_route_is_not_a_server_error(client):
    """Found by the fuzzer: OPTIONS carries no token, and the admin check used to crash on it (500)."""
    response = client.options("/api/admin/stats", headers={
        "Origin": "http://localhost:5173", "Access-Control-Request-Method": "GET"})
    assert response.status_code == 200
