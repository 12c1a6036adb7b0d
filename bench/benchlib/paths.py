"""Where things are."""
import os
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1]
ROOT = BENCH.parent
API = ROOT / "dental-api"
WEB = ROOT / "dental-website"
INFRA_TESTS = ROOT / "infra" / "tests"
CACHE = BENCH / ".cache"
VENV_BIN = Path(os.environ.get("VENV_BIN", ROOT / ".venv" / "bin"))

# loopback_stack.py and its helpers are imported from infra/tests, as its own checks do.
if str(INFRA_TESTS) not in sys.path:
    sys.path.insert(0, str(INFRA_TESTS))
