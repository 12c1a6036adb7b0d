"""P3 SQL statements of every list and detail route, at page sizes 5 and 100."""
import json
import subprocess

from benchlib import data, paths
from benchlib.result import Line
import dbtools

LIMIT = 4
CLIENT = ("client@dentaltech.local", "Client-Dental-2026")
COMMAND = ("bench/scripts/count_queries.py: SQL statements per GET in the app (statement events), "
           "the token check (user + revocations) counted apart")


def counts(ctx):
    env = dbtools.app_env(ctx.catalog_db, RATELIMIT_ENABLED="false", PYTHONPATH=str(paths.API))
    script = paths.BENCH / "scripts" / "count_queries.py"
    output = subprocess.run([str(paths.VENV_BIN / "python"), str(script), *data.seeded_admin(), *CLIENT],
                            cwd=paths.API, env=env, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def sound(result):
    few, many = result["few"], result["many"]
    return few[0] == many[0] == 200 and few[1] == many[1] <= LIMIT


def route_line(result):
    few, many = result["few"], result["many"]
    return Line("P3", f"queries {result['path']}", f"{few[1]} / {many[1]} (5 / 100 a page)", "—",
                f"status {few[0]}/{many[0]}", f"equal, ≤ {LIMIT}", False, COMMAND)


def run(ctx):
    ctx.progress("counting SQL statements per route (in-process)")
    results = counts(ctx)
    ctx.figures["P3"] = results
    equal = all(result["few"][1] == result["many"][1] for result in results)
    worst = max(max(result["few"][1], result["many"][1]) for result in results)
    with_token = max(result["few"][2] for result in results)
    summary = Line("P3", f"queries of {len(results)} list/detail routes at 5 and 100 a page",
                   f"max {worst} (≤ {with_token} with the token check)", "—",
                   "5 = 100 for every route" if equal else "differ",
                   f"equal, ≤ {LIMIT}", all(sound(result) for result in results), COMMAND)
    return [summary] + [route_line(result) for result in results if not sound(result)]
