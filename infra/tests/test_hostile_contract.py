"""Contract fuzzing over HTTP through nginx (hostile_stack): the schemathesis command line against
the served document https://localhost:<port>/api/openapi.json, trusting the stack's own CA, as an
anonymous caller, a client and an admin, in every phase (examples, coverage, fuzzing, stateful).

Zero server errors, zero answers outside the documented statuses, content types, headers and
schemas, zero invalid inputs accepted (negative_data_rejection), zero secured operations that
answer without their credentials or with wrong ones (ignored_auth).
"""
import pytest

from conftest import VENV_BIN, run
from hostile import admin_session, register_client

pytestmark = pytest.mark.loopback

CHECKS = ("not_a_server_error,status_code_conformance,content_type_conformance,"
          "response_schema_conformance,response_headers_conformance,negative_data_rejection,"
          "ignored_auth,missing_required_header,use_after_free,ensure_resource_availability")
MAX_EXAMPLES = 4


def fuzz(stack, token, source_note):
    url = f"https://localhost:{stack.https_port}/api/openapi.json"
    command = [str(VENV_BIN / "schemathesis"), "run", url,
               "--tls-verify", stack.ca, "--phases", "examples,coverage,fuzzing,stateful",
               "--checks", CHECKS, "--max-examples", str(MAX_EXAMPLES), "--seed", "7", "--no-color",
               "--request-timeout", "20", "--suppress-health-check", "all",
               # One worker: with two threads, hypothesis's lambda introspection (ast.parse) hits
               # CPython 3.11's "AST constructor recursion depth mismatch" now and then, an error of
               # the tool (reported as a Runtime Error of the coverage phase), not of the API.
               "--workers", "1",
               # The stream answers a valid ticket forever (a fuzzer cannot judge it; see
               # test_hostile_authz.py and test_hostile_headers.py); logging out would end the
               # caller's own session halfway through the run (the anonymous run fuzzes it).
               "--exclude-path", "/api/admin/stock_alerts"]
    if token:
        command += ["-H", f"Authorization: Bearer {token}", "--exclude-path", "/api/auth/logout"]
    result = run(command, check=False, timeout=900)
    output = result.stdout + result.stderr
    summary = output[output.rfind("API Operations:"):].splitlines()[:3]
    summary += output[output.rfind("Test cases:"):].splitlines()[:2]
    print(f"[contract over HTTP, {source_note}]\n  " + "\n  ".join(line.strip() for line in summary))
    failures = output.find("FAILURES")
    if failures < 0:  # an error (a phase that could not run) is reported under ERRORS instead
        failures = output.find("ERRORS")
    assert result.returncode == 0, output[failures:failures + 5000] + "\n...\n" + output[-2500:]


@pytest.mark.parametrize("caller", ["anonymous", "client", "admin"])
def test_the_served_contract_holds_through_nginx(hostile_stack, caller):
    token = None
    if caller == "admin":
        token = admin_session(hostile_stack)["access_token"]
    elif caller == "client":
        token = register_client(hostile_stack, source="127.0.0.60")["access_token"]
    fuzz(hostile_stack, token, caller)
