"""One line of the table, and the statistics every row uses."""
import statistics
from dataclasses import dataclass


@dataclass
class Line:
    row: str           # "P1"
    what: str          # "GET /api/products, uncached: req/s"
    figure: str        # the measured figure, formatted
    baseline: str      # the baseline, formatted ("—" when none)
    ratio: str         # the ratio (or the compared figure) that the bar judges
    bar: str           # the bar, e.g. "≥ 0.20×"
    ok: bool | None    # None: a reference measured beside a row, judged by no bar
    command: str = ""  # how the figure was measured (docs/PERFORMANCE.md)

    @property
    def verdict(self):
        if self.ok is None:
            return "reference"
        return "pass" if self.ok else "short"


def median(values):
    return statistics.median(values)


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def median_ratio(pairs):
    """Median of figure/baseline over the interleaved rounds."""
    return median([figure / baseline for baseline, figure in pairs])


def interleave(baseline, figure, rounds, progress):
    """Run baseline() and figure() alternately `rounds` times: [(baseline, figure), ...]."""
    pairs = []
    for number in range(1, rounds + 1):
        progress(f"round {number}/{rounds}: baseline")
        base = baseline()
        progress(f"round {number}/{rounds}: figure")
        pairs.append((base, figure()))
    return pairs
