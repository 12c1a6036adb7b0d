"""The throughput comparison P1, P2 and P9 share: wrk on a baseline URL and a figure URL, interleaved."""
from .load import wrk
from .result import Line, interleave, median, median_ratio


def compare(ctx, baseline_url, figure_url, figure_headers=(), script=None, rounds=3):
    """[(baseline run, figure run), ...] of interleaved wrk runs."""
    return interleave(lambda: wrk(baseline_url),
                      lambda: wrk(figure_url, headers=figure_headers, script=script),
                      rounds, ctx.progress)


def throughput_line(row, what, pairs, bar, command):
    """The line of a compare(); bar None makes it a reference, judged by no bar."""
    errors = sum(figure.errors for _, figure in pairs)
    ratio = median_ratio([(base.rps, figure.rps) for base, figure in pairs])
    return Line(row, what + (f" ({errors} errors)" if errors else ""),
                f"{median([figure.rps for _, figure in pairs]):.0f} req/s",
                f"{median([base.rps for base, _ in pairs]):.0f} req/s",
                f"{ratio:.2f}×", "—" if bar is None else f"≥ {bar:.2f}×",
                None if bar is None else ratio >= bar and not errors, command)
