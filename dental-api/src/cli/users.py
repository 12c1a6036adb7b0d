"""`flask create-admin EMAIL`: create an administrator, or promote an existing account, with a password."""
import sys

import click
from flask.cli import with_appcontext
from marshmallow import ValidationError
from marshmallow.validate import Email, Length
from sqlalchemy import select

from ..extensions import db
from ..models import User
from ..models.user import ROLE_ADMIN
from ..schemas.auth import NewPassword
from ..services.passwords import hash_password


@click.command("create-admin")
@click.argument("email")
@click.option("--name", "full_name", default="Administrateur", show_default=True,
              help="Full name of a new account (an existing account keeps its own).")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from standard input (scripts, CI) instead of prompting.")
@with_appcontext
def create_admin(email, full_name, password_stdin):
    """Create an admin account, or promote an existing user to admin; asks for its password."""
    email = _checked_email(email)
    password = _read_password(password_stdin)
    problem = password_problem(password, email)
    if problem:
        raise click.ClickException(problem)
    user = db.session.scalar(select(User).where(User.email == email))
    if user is None:
        db.session.add(User(email=email, full_name=full_name, role=ROLE_ADMIN,
                            password_hash=hash_password(password)))
        message = f"Administrateur créé : {email}"
    else:
        message = (f"Mot de passe mis à jour : {email}" if user.is_admin
                   else f"Compte existant promu administrateur : {email}")
        user.role = ROLE_ADMIN
        user.is_active = True
        user.password_hash = hash_password(password)
        # A new password ends every session opened with the old one.
        user.invalidate_tokens()
    db.session.commit()
    click.echo(message)


def _checked_email(value):
    email = value.strip().lower()
    try:
        Length(max=254)(email)
        Email()(email)
    except ValidationError:
        raise click.BadParameter("adresse e-mail invalide.", param_hint="EMAIL") from None
    return email


def _read_password(from_stdin):
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password = click.prompt("Mot de passe", hide_input=True)
    if click.prompt("Confirmez le mot de passe", hide_input=True) != password:
        raise click.ClickException("Les deux mots de passe ne correspondent pas.")
    return password


def password_problem(password, email):
    """Registration's rules (the same field validates /register); None when acceptable."""
    try:
        NewPassword().deserialize(password)
    except ValidationError as error:
        return " ".join(error.messages)
    if password.casefold() == email.casefold():
        return "Le mot de passe ne peut pas être l'adresse e-mail."
    return None


COMMANDS = [create_admin]
