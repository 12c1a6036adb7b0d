"""JWT loaders (every token failure is a 401 in the one error shape), admin_required, stream tickets."""
from functools import wraps

from flask import abort as flask_abort, request
from flask_jwt_extended import (
    current_user, decode_token, get_jwt, verify_jwt_in_request,
)
from flask_jwt_extended.exceptions import JWTExtendedException
from flask_smorest import abort
from jwt.exceptions import PyJWTError

from .extensions import db, jwt
from .models import User
from .openapi import error_payload
from .services import tokens

BEARER_DOC = {"security": [{"bearerAuth": []}]}


def register_jwt_handlers(app):
    guard_admin_views(app)

    @jwt.user_lookup_loader
    def load_user(_header, payload):
        return db.session.get(User, int(payload["sub"]))

    @jwt.token_in_blocklist_loader
    def check_revoked(_header, payload):
        return tokens.is_revoked(payload)

    @jwt.token_verification_loader
    def refuse_stream_tickets(_header, payload):
        return "scope" not in payload

    for loader in (jwt.invalid_token_loader, jwt.unauthorized_loader):
        loader(lambda reason: _unauthorized())
    for loader in (jwt.expired_token_loader, jwt.revoked_token_loader, jwt.needs_fresh_token_loader,
                   jwt.token_verification_failed_loader):
        loader(lambda *_args: _unauthorized())
    jwt.user_lookup_error_loader(lambda *_args: _unauthorized())


def _unauthorized(message="Session invalide ou expirée, veuillez vous reconnecter."):
    return error_payload(401, message), 401


def admin_required(view):
    """Require a valid access token whose user is an admin (401 without one, 403 for a client).

    The check also runs before the request reaches the view (guard_admin_views), so it comes
    before body and query validation wherever this decorator sits in the stack.
    """
    @wraps(view)
    def wrapper(*args, **kwargs):
        require_admin()
        return view(*args, **kwargs)
    wrapper.admin_only = True
    return wrapper


def require_admin():
    # A CORS preflight carries no token (flask-jwt-extended skips OPTIONS): nothing to check.
    if request.method == "OPTIONS" or request.environ.get("dentaltech.admin_checked"):
        return
    verify_jwt_in_request()
    if get_jwt().get("role") != "admin" or not current_user.is_admin:
        abort(403, message="Réservé aux administrateurs.")
    request.environ["dentaltech.admin_checked"] = True


def guard_admin_views(app):
    @app.before_request
    def check_admin_first():
        view = app.view_functions.get(request.endpoint)
        if getattr(view, "admin_only", False):
            require_admin()


def optional_user():
    """The caller's user when a valid access token is sent; None when none is; 401 for a bad one."""
    if "Authorization" not in request.headers:
        return None
    verify_jwt_in_request()
    return current_user


def user_from_stream_ticket(ticket):
    """The admin a stream ticket was minted for; 401 for anything else (access tokens included)."""
    try:
        payload = decode_token(ticket or "")
    except (JWTExtendedException, PyJWTError):
        flask_abort(401)
    if payload.get("scope") != tokens.STREAM_SCOPE or payload.get("type") != "access":
        flask_abort(401)
    user = db.session.get(User, int(payload["sub"]))
    if user is None or not user.is_active or not user.is_admin or payload.get("ver") != user.token_version:
        flask_abort(401)
    return user


def cookie_mode():
    return request.headers.get("X-Auth-Mode", "").lower() == "cookie"
