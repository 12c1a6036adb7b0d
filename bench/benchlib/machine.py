"""The machine and versions a run measured, for docs/PERFORMANCE.md."""
import datetime
import os
import platform
import re
import subprocess
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
