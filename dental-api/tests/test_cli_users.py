"""`flask create-admin EMAIL`: creates or promotes an admin, with registration's password rules."""
import pytest
from sqlalchemy import func, select

from src.extensions import db
from src.models import User
from src.services.passwords import check_password

from .factories import PASSWORD, make_user

NEW_PASSWORD = "Fauteuil-Dentaire-7"


def create_admin(app, *args, password_input=None):
    return app.test_cli_runner().invoke(args=["create-admin", *args], input=password_input)


def user_by_email(email):
    db.session.expire_all()
    return db.session.scalar(select(User).where(User.email == email))


def test_creates_an_admin_who_can_log_in(app):
    result = create_admin(app, " Chef@DentalTech.ma ", password_input=f"{NEW_PASSWORD}\n{NEW_PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert "Administrateur créé : chef@dentaltech.ma" in result.output
    assert NEW_PASSWORD not in result.output
    admin = user_by_email("chef@dentaltech.ma")
    assert admin.role == "admin" and admin.is_active and admin.full_name == "Administrateur"
    assert admin.password_hash.startswith("$2") and check_password(NEW_PASSWORD, admin.password_hash)


def test_reads_the_password_from_stdin(app):
    result = create_admin(app, "ops@dentaltech.ma", "--password-stdin", "--name", "Équipe Ops",
                          password_input=f"{NEW_PASSWORD}\n")
    assert result.exit_code == 0, result.output
    admin = user_by_email("ops@dentaltech.ma")
    assert admin.full_name == "Équipe Ops" and check_password(NEW_PASSWORD, admin.password_hash)


def test_promotes_an_existing_user(app):
    client = make_user(email="dr.tazi@example.com", full_name="Dr Karim Tazi", is_active=False)
    version = client.token_version
    result = create_admin(app, "DR.TAZI@example.com", "--password-stdin", password_input=NEW_PASSWORD)
    assert result.exit_code == 0, result.output
    assert "promu administrateur" in result.output
    user = user_by_email("dr.tazi@example.com")
    assert (user.role, user.is_active, user.full_name) == ("admin", True, "Dr Karim Tazi")
    assert check_password(NEW_PASSWORD, user.password_hash)
    assert not check_password(PASSWORD, user.password_hash)
    assert user.token_version > version
    assert db.session.scalar(select(func.count(User.id))) == 1


def test_resets_an_admins_password(app):
    make_user(role="admin", email="admin@example.com")
    result = create_admin(app, "admin@example.com", "--password-stdin", password_input=NEW_PASSWORD)
    assert result.exit_code == 0 and "Mot de passe mis à jour" in result.output
    assert check_password(NEW_PASSWORD, user_by_email("admin@example.com").password_hash)


@pytest.mark.parametrize(("password", "reason"), [
    ("Court-1", "8 caractères au moins"),
    ("é" * 37, "72 octets"),
    ("20262026", "uniquement de chiffres"),
    ("chef@dentaltech.ma", "adresse e-mail"),
    ("CHEF@dentaltech.ma", "adresse e-mail"),
])
def test_refuses_a_weak_password(app, password, reason):
    result = create_admin(app, "chef@dentaltech.ma", "--password-stdin", password_input=password)
    assert result.exit_code == 1
    assert reason in result.output
    assert user_by_email("chef@dentaltech.ma") is None


def test_accepts_a_password_of_72_bytes(app):
    result = create_admin(app, "chef@dentaltech.ma", "--password-stdin", password_input="é" * 36)
    assert result.exit_code == 0, result.output
    assert check_password("é" * 36, user_by_email("chef@dentaltech.ma").password_hash)


def test_a_weak_password_leaves_an_existing_user_unchanged(app):
    make_user(email="client@example.com")
    result = create_admin(app, "client@example.com", "--password-stdin", password_input="12345678")
    assert result.exit_code == 1
    user = user_by_email("client@example.com")
    assert user.role == "client" and check_password(PASSWORD, user.password_hash)


def test_refuses_a_mismatched_confirmation(app):
    result = create_admin(app, "chef@dentaltech.ma", password_input=f"{NEW_PASSWORD}\n{NEW_PASSWORD}x\n")
    assert result.exit_code == 1
    assert "ne correspondent pas" in result.output
    assert user_by_email("chef@dentaltech.ma") is None


@pytest.mark.parametrize("email", ["pas-une-adresse", "chef@", "a" * 250 + "@x.ma"])
def test_refuses_an_invalid_email(app, email):
    result = create_admin(app, email, "--password-stdin", password_input=NEW_PASSWORD)
    assert result.exit_code == 2
    assert "adresse e-mail invalide" in result.output
    assert db.session.scalar(select(func.count(User.id))) == 0


def test_needs_an_email(app):
    assert create_admin(app).exit_code == 2
