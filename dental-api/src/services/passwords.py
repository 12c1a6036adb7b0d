"""bcrypt hashing, run in the hub's threadpool under gevent."""
from functools import lru_cache

import bcrypt
from flask import current_app

from .cpu import run_cpu_bound


def hash_password(password):
    salt = bcrypt.gensalt(rounds=current_app.config["BCRYPT_ROUNDS"])
    return run_cpu_bound(bcrypt.hashpw, password.encode(), salt).decode()


def check_password(password, password_hash):
    """Compare a password with a hash; with no hash, spend the same time and answer False."""
    if not password_hash:
        run_cpu_bound(bcrypt.checkpw, password.encode(), _decoy_hash(current_app.config["BCRYPT_ROUNDS"]))
        return False
    return run_cpu_bound(bcrypt.checkpw, password.encode(), password_hash.encode())


@lru_cache(maxsize=4)
def _decoy_hash(rounds):
    return bcrypt.hashpw(b"decoy-password", bcrypt.gensalt(rounds=rounds))
