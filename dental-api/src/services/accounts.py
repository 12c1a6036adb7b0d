"""Accounts: registration, login, profile and password change."""
from sqlalchemy import select

from ..extensions import db
from ..models import User
from ..models.user import ROLE_CLIENT
from .passwords import check_password, hash_password

BAD_CREDENTIALS = "E-mail ou mot de passe incorrect."


class AccountError(Exception):
    """A refused account operation: the status and message the client is given."""

    def __init__(self, status, message, errors=None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors


def release_transaction():
    """End the read transaction before bcrypt runs: on SQLite it holds the write lock."""
    db.session.commit()


def check_new_password(password, email, field):
    if password.casefold() == email.casefold():
        raise AccountError(422, "Données invalides.",
                           {field: ["Le mot de passe ne peut pas être l'adresse e-mail."]})


def find_by_email(email):
    return db.session.scalar(select(User).where(User.email == email.lower()))


def create_user(email, password, full_name, phone=None, role=ROLE_CLIENT):
    """A new account; AccountError 409 when the e-mail is taken (the unique index catches races)."""
    email = email.lower()
    check_new_password(password, email, "password")
    password_hash = hash_password(password)
    if find_by_email(email) is not None:
        raise AccountError(409, "Un compte existe déjà avec cette adresse e-mail.")
    user = User(email=email, password_hash=password_hash, full_name=full_name, phone=phone or None, role=role)
    db.session.add(user)
    db.session.commit()
    return user


def register(data):
    return create_user(data["email"], data["password"], data["full_name"], data.get("phone"))


def authenticate(email, password):
    """The active user with these credentials; the same refusal, in about the same time, otherwise."""
    user = find_by_email(email)
    password_hash, active = (user.password_hash, user.is_active) if user else (None, False)
    release_transaction()
    if not check_password(password, password_hash) or not active:
        raise AccountError(401, BAD_CREDENTIALS)
    return user


def update_profile(user, data):
    for name in ("full_name", "phone"):
        if name in data:
            setattr(user, name, data[name])
    db.session.commit()
    return user


def change_password(user, current_password, new_password):
    """Set a new password; every token issued before is refused from now on."""
    check_new_password(new_password, user.email, "new_password")
    password_hash = user.password_hash
    release_transaction()
    if not check_password(current_password, password_hash):
        raise AccountError(401, "Mot de passe actuel incorrect.")
    set_password(user, new_password)
    db.session.commit()
    return user


def set_password(user, password):
    new_hash = hash_password(password)
    user.password_hash = new_hash
    user.invalidate_tokens()
