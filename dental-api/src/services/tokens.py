"""JWT issue, rotation, revocation and reuse detection; revocations live in the database."""
import uuid
from datetime import datetime, timedelta, timezone

from flask import current_app
from flask_jwt_extended import create_access_token, create_refresh_token, decode_token
from flask_jwt_extended.exceptions import JWTExtendedException
from jwt.exceptions import PyJWTError
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db
from ..models import RevokedToken, User

STREAM_SCOPE = "stock_alerts"


def _claims(user, family):
    return {"role": user.role, "ver": user.token_version, "fam": family}


def issue_tokens(user, family=None):
    """A fresh access + refresh pair; both carry the login family they belong to."""
    family = family or str(uuid.uuid4())
    claims = _claims(user, family)
    return {
        "access_token": create_access_token(identity=str(user.id), additional_claims=claims),
        "refresh_token": create_refresh_token(identity=str(user.id), additional_claims=claims),
    }


def issue_stream_ticket(user):
    expires = current_app.config["STREAM_TICKET_SECONDS"]
    claims = {**_claims(user, str(uuid.uuid4())), "scope": STREAM_SCOPE}
    token = create_access_token(identity=str(user.id), additional_claims=claims,
                                expires_delta=timedelta(seconds=expires))
    return {"token": token, "expires_in": expires}


def _expiry(payload):
    return datetime.fromtimestamp(payload["exp"], tz=timezone.utc)


def _insert_revocation(jti, payload, expires):
    """Insert a revocation row unless it exists; True when this call inserted it (race-safe)."""
    dialect = db.session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(RevokedToken).values(
        jti=jti, user_id=int(payload["sub"]), expires_at=expires, revoked_at=datetime.now(timezone.utc),
    ).on_conflict_do_nothing(index_elements=["jti"])
    return db.session.execute(statement).rowcount == 1


def revoke(payload, whole_login=False):
    """Revoke one token, or with whole_login every token of its login family."""
    if not whole_login:
        return _insert_revocation(payload["jti"], payload, _expiry(payload))
    # Later rotations of the family may live up to a full refresh lifetime from now.
    lifetime = datetime.now(timezone.utc) + current_app.config["JWT_REFRESH_TOKEN_EXPIRES"]
    return _insert_revocation(payload["fam"], payload, max(_expiry(payload), lifetime))


def rotate(payload, user):
    """Spend a refresh token and issue the next pair of its login; None when it was already spent.

    Two requests presenting the same refresh token at once cannot both win: only the one whose
    revocation row is inserted gets new tokens, the other one ends the whole login.
    """
    if not revoke(payload):
        revoke(payload, whole_login=True)
        db.session.commit()
        return None
    db.session.commit()
    return issue_tokens(user, family=payload["fam"])


def log_out(access_payload, refresh_tokens=()):
    """End the caller's login, and the logins of the refresh tokens handed back (their own only)."""
    revoke(access_payload, whole_login=True)
    for encoded in filter(None, refresh_tokens):
        payload = decode_refresh_token(encoded)
        if payload is not None and payload["sub"] == access_payload["sub"] and "fam" in payload:
            revoke(payload, whole_login=True)
    db.session.commit()


def is_revoked(payload):
    """True for a token that must be refused: revoked, of a revoked login, or of a changed user.

    One query: the user (kept in the session for current_user) and both revocation checks.
    """
    def revoked(jti):
        return select(RevokedToken.jti).where(RevokedToken.jti == jti).exists()

    row = db.session.execute(
        select(User, revoked(payload["jti"]), revoked(payload.get("fam", "")))
        .where(User.id == int(payload["sub"]))
    ).first()
    if row is None:
        return True
    user, token_revoked, login_revoked = row
    if not user.is_active or payload.get("ver") != user.token_version:
        return True
    if payload["type"] == "refresh" and token_revoked and not login_revoked:
        # A rotated refresh token presented again: someone holds a copy, end the whole login.
        revoke(payload, whole_login=True)
        db.session.commit()
    return token_revoked or login_revoked


def decode_refresh_token(encoded):
    """Decode a refresh token sent in a body or cookie (logout); None when it is not a valid one."""
    try:
        payload = decode_token(encoded)
    except (JWTExtendedException, PyJWTError, ValueError):
        return None
    return payload if payload.get("type") == "refresh" else None


def purge_expired():
    now = datetime.now(timezone.utc)
    db.session.execute(db.delete(RevokedToken).where(RevokedToken.expires_at < now))
