"""One database reader for the stock alerts of every worker process on the machine.

gunicorn runs several worker processes, each with its own broadcaster: without sharing, 5 workers with
streams make 5 checks per interval. The process holding an exclusive lock on a file next to the shared
snapshot reads the database and writes the snapshot; the others only read that file (a stat() a
tenth of a second) and take over the lock when its holder stops. The files are keyed by the database
URL and the parent process (gunicorn's master): the workers of one server share, two servers never mix.
"""
import fcntl
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

FOLLOW_SECONDS = 0.1
STALE_INTERVALS = 3


class SnapshotShare:
    def __init__(self, database_url, interval, directory=None):
        key = hashlib.sha256(f"{database_url} {os.getppid()}".encode()).hexdigest()[:16]
        folder = Path(directory or tempfile.gettempdir())
        self.lock_path = folder / f"dentaltech-stock-alerts-{key}.lock"
        self.path = folder / f"dentaltech-stock-alerts-{key}.json"
        self.interval = interval
        self._lock = None
        self._sequence = 0
        self._seen = None

    @classmethod
    def for_app(cls, app):
        return cls(app.config["SQLALCHEMY_DATABASE_URI"], app.config["STOCK_ALERT_INTERVAL"],
                   app.config.get("STOCK_ALERT_SHARE_DIR"))

    def lead(self):
        """True when this process reads the database (it holds, or has just taken, the lock)."""
        if self._lock is not None:
            return True
        lock = open(self.lock_path, "a+")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            return False
        self._lock = lock
        return True

    def release(self):
        if self._lock is not None:
            self._lock.close()  # closing the file releases the lock
            self._lock = None

    def write(self, snapshot_fields):
        """Publish the leader's snapshot (a dict of JSON values) to the other processes."""
        self._sequence += 1
        document = {"sequence": f"{os.getpid()}:{self._sequence}", "written_at": time.time(),
                    "snapshot": snapshot_fields}
        temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(document, separators=(",", ":")))
        os.replace(temporary, self.path)  # readers see the old file or the new one, never half of one

    def read_new(self):
        """The leader's snapshot fields if it wrote one since the last call and it is fresh, else None."""
        try:
            document = json.loads(self.path.read_text())
        except (FileNotFoundError, ValueError):
            return None
        if document["sequence"] == self._seen:
            return None
        self._seen = document["sequence"]
        if time.time() - document["written_at"] > STALE_INTERVALS * self.interval:
            return None  # left by a leader that has stopped
        return document["snapshot"]
