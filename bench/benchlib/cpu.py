"""CPU time the server's processes spend while a load runs, read from /proc (user + system time)."""
import os
from pathlib import Path

TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


def cpu_ms(pids):
    """CPU time these processes have used so far, in ms (a process that has gone counts 0)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of proc(5))
    return total * 1000 / TICKS_PER_SECOND


def postgres_pids():
    """Every PostgreSQL process: the connections' backends and the server's own workers."""
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "comm").read_text().strip() == "postgres":
                pids.append(int(entry.name))
        except (FileNotFoundError, ProcessLookupError):
            continue
    return pids


def cpu_per_request(load, groups):
    """Run load() (a WrkRun) and return {group: CPU ms per request}; groups maps a name to the
    process ids it covers."""
    before = {name: cpu_ms(pids) for name, pids in groups.items()}
    requests = max(1, load().requests)
    return {name: (cpu_ms(pids) - before[name]) / requests for name, pids in groups.items()}
