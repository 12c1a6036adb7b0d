"""Single-use password reset links: only a SHA-256 of the token is stored."""
import hashlib
import secrets
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, select, update

from ..extensions import db
from ..models import PasswordResetToken, User
from ..models.base import utcnow
from . import mailer
from .accounts import AccountError, check_new_password, find_by_email, release_transaction
from .passwords import hash_password

INVALID_LINK = "Ce lien de réinitialisation est invalide ou a expiré."


def _digest(token):
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def create_reset_link(user):
    """A new link for the user ({url, expires_at}); links made earlier for them stop working."""
    if not user.is_active:
        raise AccountError(409, "Ce compte est désactivé.")
    token = secrets.token_urlsafe(32)
    expires_at = utcnow() + timedelta(minutes=current_app.config["RESET_TOKEN_MINUTES"])
    db.session.execute(delete(PasswordResetToken).where(PasswordResetToken.user_id == user.id,
                                                        PasswordResetToken.used_at.is_(None)))
    db.session.add(PasswordResetToken(token_hash=_digest(token), user_id=user.id, expires_at=expires_at))
    db.session.commit()
    url = f"{current_app.config['PUBLIC_URL']}/reinitialiser?token={token}"
    return {"url": url, "expires_at": expires_at}


def reset_link_for_email(email):
    """A reset link for an active account with this address, or None (the caller never tells which)."""
    user = find_by_email(email)
    if user is None or not user.is_active:
        return None
    return create_reset_link(user)


def _usable_token(token):
    query = select(PasswordResetToken).where(PasswordResetToken.token_hash == _digest(token))
    record = db.session.scalar(query)
    user = db.session.get(User, record.user_id) if record else None
    if user is None or record.used_at is not None or record.expires_at <= utcnow() or not user.is_active:
        raise AccountError(400, INVALID_LINK)
    return record, user


def reset_password(token, new_password):
    """Spend a reset token to set a new password; every earlier token of the user is revoked."""
    record, user = _usable_token(token)
    check_new_password(new_password, user.email, "new_password")
    record_id, user_id = record.id, user.id
    release_transaction()
    new_hash = hash_password(new_password)
    spent = db.session.execute(
        update(PasswordResetToken)
        .where(PasswordResetToken.id == record_id, PasswordResetToken.used_at.is_(None))
        .values(used_at=utcnow())
    ).rowcount
    user = db.session.get(User, user_id)
    if not spent or not user.is_active:
        db.session.rollback()
        raise AccountError(400, INVALID_LINK)
    user.password_hash = new_hash
    user.invalidate_tokens()
    db.session.execute(delete(PasswordResetToken).where(PasswordResetToken.user_id == user_id,
                                                        PasswordResetToken.used_at.is_(None)))
    db.session.commit()
    return user


def email_reset_link(email):
    """E-mail a reset link to an active account's address when SMTP_URL is set; silent otherwise."""
    smtp_url = current_app.config["SMTP_URL"]
    link = reset_link_for_email(email) if smtp_url else None
    if link is None:
        return None
    minutes = current_app.config["RESET_TOKEN_MINUTES"]
    body = (f"Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien "
            f"(valable {minutes} minutes) :\n{link['url']}\n\n"
            f"Si vous n'avez rien demandé, ignorez ce message.\n\n{current_app.config['STORE_NAME']}\n")
    return mailer.send_in_background(smtp_url, email, "Réinitialisation de votre mot de passe", body)
