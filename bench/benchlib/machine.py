"""The machine and versions a run measured, for docs/PERFORMANCE.md."""
import datetime
import os
import platform
import re
import subprocess
import time
from pathlib import Path

from .paths import VENV_BIN


def _output(cmd):
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    text = (result.stdout or result.stderr).strip()
    return text.splitlines()[0] if text else "?"


def describe():
    cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    memory_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(), "cpu": cpu.group(1) if cpu else "?",
        "memory": f"{memory_kb / 1024 / 1024:.1f} GB", "load": " ".join(map(str, os.getloadavg())),
        "kernel": platform.release(), "python": platform.python_version(),
        "postgresql": _output(["psql", "-h", "127.0.0.1", "-U", "postgres", "-XAtc", "SHOW server_version"]),
        "nginx": _output(["nginx", "-v"]), "wrk": _output(["wrk", "--version"]),
        "gunicorn": _output([str(VENV_BIN / "gunicorn"), "--version"]),
        "node": _output(["node", "--version"]),
    }


def markdown(info):
    return "\n".join(f"- {name}: {value}" for name, value in info.items())


def _cpu_times():
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields), idle


def idle_share(seconds=1.0):
    """The share of the CPUs left idle over the next `seconds`."""
    total_before, idle_before = _cpu_times()
    time.sleep(seconds)
    total_after, idle_after = _cpu_times()
    return (idle_after - idle_before) / max(1, total_after - total_before)


def wait_until_quiet(progress, idle=0.9, timeout=60):
    """Wait (at most `timeout` s) until the CPUs are `idle` idle over a second: a row does not start
    while the previous one's work (a build, the database's autovacuum, closing streams) still runs."""
    deadline = time.monotonic() + timeout
    share = idle_share()
    while share < idle and time.monotonic() < deadline:
        share = idle_share()
    if share < idle:
        progress(f"the machine is still busy ({share:.0%} idle): starting anyway")
    return share
