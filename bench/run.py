"""`make bench [P=P6[,P7]]`: start the stack once, run the rows, print one table.

Every figure is a ratio against a baseline measured in the same run (interleaved A/B, three rounds,
median), since absolute times on these shared machines swing by a third between runs.
"""
import argparse
import importlib
import platform
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import data, machine, progress, table  # noqa: E402
from benchlib.context import Context  # noqa: E402
from benchlib.paths import CACHE  # noqa: E402
from benchlib.result import Line  # noqa: E402
from benchlib.stack import bench_stack  # noqa: E402
from rows import ROWS  # noqa: E402


def selected(only):
    wanted = {name.strip().upper() for name in (only or "").split(",") if name.strip()}
    unknown = wanted - set(ROWS)
    if unknown:
        sys.exit(f"unknown rows: {', '.join(sorted(unknown))} (rows: {', '.join(ROWS)})")
    return [row for row in ROWS if not wanted or row in wanted]


def run_row(row, ctx):
    module = importlib.import_module(ROWS[row])
    ctx.progress = progress.for_row(row)
    machine.wait_until_quiet(ctx.progress)
    started = time.monotonic()
    try:
        lines = module.run(ctx)
    except Exception as error:  # one broken row must not hide the others
        traceback.print_exc()
        lines = [Line(row, module.__doc__.splitlines()[0], "error", "—", str(error)[:60], "—", False)]
    progress.say(f"{row}: done in {time.monotonic() - started:.0f} s")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="rows to run, e.g. P6 or P1,P2 (default: all)")
    rows = selected(parser.parse_args().only)
    progress.say(f"rows: {', '.join(rows)} on {platform.node()}")
    catalog_db = data.ensure("catalog", progress.say)
    lines = []
    with bench_stack(catalog_db, note=lambda message: progress.say(f"stack: {message}")) as bench:
        ctx = Context(bench, catalog_db, progress.say)
        for row in rows:
            lines += run_row(row, ctx)
    table.save(lines, CACHE / "results.json")
    report = f"{machine.markdown(machine.describe())}\n\n{table.markdown(lines)}\n\n" + "\n".join(
        f"- {line.row} {line.what}: {line.command}" for line in lines)
    (CACHE / "results.md").write_text(report + "\n")
    print(table.render(lines))
    judged = [line for line in lines if line.ok is not None]
    print(f"\n{sum(line.ok for line in judged)}/{len(judged)} pass; results in {CACHE / 'results.json'}")


if __name__ == "__main__":
    main()
