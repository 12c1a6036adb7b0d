"""The admin's user management: search, role and access changes."""
from sqlalchemy import or_, select

from ..extensions import db
from ..models import User
from ..models.user import ROLE_CLIENT
from ..pagination import paginate
from .accounts import AccountError


def _like(value):
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_users(q=None, role=None, page=1, per_page=24):
    """Users, newest first; every word of q must appear in the e-mail, the name or the phone."""
    query = select(User).order_by(User.created_at.desc(), User.id.desc())
    if role:
        query = query.where(User.role == role)
    for word in (q or "").split():
        pattern = _like(word)
        query = query.where(or_(*(column.ilike(pattern, escape="\\")
                                  for column in (User.email, User.full_name, User.phone))))
    return paginate(query, page, per_page)


def get_user(user_id):
    user = db.session.get(User, user_id)
    if user is None:
        raise AccountError(404, "Utilisateur introuvable.")
    return user


def update_user(actor, user, changes):
    """Change a user's role or access; losing either refuses their tokens at once."""
    demoted = changes.get("role") == ROLE_CLIENT and user.is_admin
    deactivated = changes.get("is_active") is False and user.is_active
    if user.id == actor.id and (demoted or deactivated):
        raise AccountError(409, "Vous ne pouvez pas retirer vos propres droits ni désactiver votre compte.")
    for name in ("role", "is_active"):
        if name in changes:
            setattr(user, name, changes[name])
    if demoted or deactivated:
        user.invalidate_tokens()
    db.session.commit()
    return user
