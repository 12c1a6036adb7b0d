"""Progress lines while the bench runs: which row, which leg, how long since the start."""
import sys
import time

_STARTED = time.monotonic()


def say(message):
    elapsed = time.monotonic() - _STARTED
    print(f"[{int(elapsed) // 60:2d}m{int(elapsed) % 60:02d}] {message}", file=sys.stderr, flush=True)


def for_row(row):
    return lambda leg: say(f"{row}: {leg}")
