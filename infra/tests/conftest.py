"""Shared paths and helpers of the infrastructure checks."""
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INFRA = ROOT / "infra"
API = ROOT / "dental-api"
WEB = ROOT / "dental-website"
VENV_BIN = Path(os.environ.get("VENV_BIN", ROOT / ".venv" / "bin"))


def tool(name):
    """A tool from the project's virtual environment, else from PATH."""
    candidate = VENV_BIN / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed (make test-infra installs it)")
    return found


def run(cmd, check=True, **kwargs):
    """subprocess.run with text output captured; a failure shows both streams."""
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    result = subprocess.run(cmd, **kwargs)
    if check and result.returncode != 0:
        pytest.fail(f"{' '.join(map(str, cmd))} exited {result.returncode}\n"
                    f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}")
    return result


def pytest_terminal_summary(terminalreporter):
    """Print what the loopback run used and what it could not check yet."""
    module = __import__("sys").modules.get("test_loopback")
    notes = getattr(module, "NOTES", None)
    if notes:
        terminalreporter.section("loopback run")
        for line in notes:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def hostile_stack():
    """One production-like stack (loopback_stack.py) for the test_hostile_* modules: two gunicorn
    workers sharing their rate-limit counters in Redis (HOSTILE_REDIS_URL, default db 12)."""
    from loopback_stack import running_stack
    redis = os.environ.get("HOSTILE_REDIS_URL", "redis://127.0.0.1:6379/12")
    with running_stack(os.environ.get("HOSTILE_DATABASE", "hard_hostile"), note=print,
                       GUNICORN_WORKERS=2, RATELIMIT_STORAGE_URI=redis) as stack:
        yield stack
