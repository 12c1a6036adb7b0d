"""The soak tests reuse the infrastructure checks' loopback stack (infra/tests/loopback_stack.py).

loopback_stack imports its paths and `run` from the module named `conftest`, a name this file takes
when pytest runs the soak directory: it re-exports them.
"""
import importlib.util
import os
import sys
from pathlib import Path

INFRA_TESTS = Path(__file__).resolve().parents[1] / "infra" / "tests"
sys.path.insert(0, str(INFRA_TESTS))
# The soak run's Redis database (the infra checks use 15, their hostile tests 12).
os.environ.setdefault("INFRA_REDIS_URL", "redis://127.0.0.1:6379/11")

_spec = importlib.util.spec_from_file_location("infra_conftest", INFRA_TESTS / "conftest.py")
_infra = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_infra)

ROOT, INFRA, API, WEB, VENV_BIN = _infra.ROOT, _infra.INFRA, _infra.API, _infra.WEB, _infra.VENV_BIN
run, tool = _infra.run, _infra.tool
