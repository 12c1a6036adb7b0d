"""Auth: register, login, refresh rotation, logout, profile, password change and reset."""
from flask import after_this_request, current_app, request
from flask_jwt_extended import (
    get_current_user, get_jwt, get_jwt_request_location, jwt_required, set_refresh_cookies,
    unset_jwt_cookies,
)
from flask_smorest import Blueprint, abort

from ..auth import BEARER_DOC, cookie_mode
from ..extensions import limiter
from ..openapi import ErrorSchema, error_payload
from ..schemas.auth import (
    ChangePasswordSchema, ForgotPasswordSchema, LoginSchema, LogoutSchema, RegisterSchema,
    ResetPasswordSchema, SessionSchema, TokensSchema,
)
from ..schemas.common import MessageSchema
from ..schemas.users import ProfileUpdateSchema, UserSchema
from ..services import accounts, password_resets, tokens
from ..services.accounts import AccountError

blp = Blueprint("auth", __name__, url_prefix="/api/auth",
                description="Comptes, connexion, jetons (JWT) et mots de passe.")

AUTH_MODE_HEADER = {"in": "header", "name": "X-Auth-Mode", "schema": {"type": "string"},
                    "description": "cookie (any case): the refresh token is set as an HttpOnly cookie, "
                                   "not in the body; any other value is ignored"}
CSRF_HEADER = {"in": "header", "name": "X-CSRF-TOKEN", "schema": {"type": "string"},
               "description": "the csrf_refresh_token cookie's value, required with the refresh cookie"}
COOKIE_DOC = {"parameters": [AUTH_MODE_HEADER]}


@blp.errorhandler(AccountError)
def refuse(error):
    return error_payload(error.status, error.message, error.errors), error.status


def rate_limit(setting):
    """A per-address limit read from the configuration at request time."""
    return limiter.limit(lambda: current_app.config[setting])


def _no_store(response):
    response.headers["Cache-Control"] = "no-store"
    return response


def keep_out_of_caches():
    """This request's answer carries a secret (token, ticket, reset link): no cache may keep it."""
    after_this_request(_no_store)


def deliver(pair, in_cookie=False, **body):
    """An answer carrying tokens; in cookie mode the refresh token goes into its cookie only."""
    keep_out_of_caches()
    if in_cookie or cookie_mode():
        refresh_token = pair.pop("refresh_token")

        @after_this_request
        def set_cookie(response):
            lifetime = current_app.config["JWT_REFRESH_TOKEN_EXPIRES"]
            set_refresh_cookies(response, refresh_token, max_age=int(lifetime.total_seconds()))
            return response
    return {**body, **pair}


def start_session(user):
    return deliver(tokens.issue_tokens(user), user=user)


@blp.route("/register", methods=["POST"])
@rate_limit("REGISTER_RATE_LIMIT")
@blp.arguments(RegisterSchema)
@blp.response(201, SessionSchema)
@blp.alt_response(409, schema=ErrorSchema)
@blp.alt_response(429, schema=ErrorSchema)
@blp.doc(**COOKIE_DOC)
def register(data):
    """Create a client account and log it in."""
    return start_session(accounts.register(data))


@blp.route("/login", methods=["POST"])
@rate_limit("LOGIN_RATE_LIMIT")
@blp.arguments(LoginSchema)
@blp.response(200, SessionSchema)
@blp.alt_response(401, schema=ErrorSchema)
@blp.alt_response(429, schema=ErrorSchema)
@blp.doc(**COOKIE_DOC)
def login(data):
    """Log in with an e-mail address and a password."""
    return start_session(accounts.authenticate(data["email"], data["password"]))


@blp.route("/refresh", methods=["POST"])
@jwt_required(refresh=True, locations=["headers", "cookies"])
@blp.response(200, TokensSchema)
@blp.alt_response(401, schema=ErrorSchema)
@blp.doc(parameters=[AUTH_MODE_HEADER, CSRF_HEADER], **BEARER_DOC)
def refresh():
    """Trade a refresh token for a new pair (rotation).

    The refresh token comes in the Authorization header, or in its cookie with the X-CSRF-TOKEN
    header. It is spent: presenting it again ends the whole login.
    """
    pair = tokens.rotate(get_jwt(), get_current_user())
    if pair is None:
        abort(401, message="Session expirée, veuillez vous reconnecter.")
    return deliver(pair, in_cookie=get_jwt_request_location() == "cookies")


@blp.route("/logout", methods=["POST"])
@jwt_required()
@blp.arguments(LogoutSchema, required=False)
@blp.response(200, MessageSchema)
@blp.alt_response(401, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def logout(data):
    """End this login: its access and refresh tokens are revoked and the cookie cleared."""
    cookie = request.cookies.get(current_app.config["JWT_REFRESH_COOKIE_NAME"])
    tokens.log_out(get_jwt(), [data.get("refresh_token"), cookie])
    after_this_request(_clear_cookies)
    return {"message": "Vous êtes déconnecté."}


def _clear_cookies(response):
    unset_jwt_cookies(response)
    return response


@blp.route("/me", methods=["GET"])
@jwt_required()
@blp.response(200, UserSchema)
@blp.alt_response(401, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def get_me():
    """The logged-in user."""
    return get_current_user()


@blp.route("/me", methods=["PATCH"], endpoint="update_me")
@jwt_required()
@blp.arguments(ProfileUpdateSchema)
@blp.response(200, UserSchema)
@blp.alt_response(401, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def update_me(data):
    """Change the logged-in user's name or phone."""
    return accounts.update_profile(get_current_user(), data)


@blp.route("/change-password", methods=["POST"])
@jwt_required()
@blp.arguments(ChangePasswordSchema)
@blp.response(200, SessionSchema)
@blp.alt_response(401, schema=ErrorSchema)
@blp.doc(**BEARER_DOC, **COOKIE_DOC)
def change_password(data):
    """Change the password; every earlier token is revoked and a fresh pair is returned."""
    user = accounts.change_password(get_current_user(), data["current_password"], data["new_password"])
    return start_session(user)


@blp.route("/forgot-password", methods=["POST"])
@rate_limit("LOGIN_RATE_LIMIT")
@blp.arguments(ForgotPasswordSchema)
@blp.response(202, MessageSchema)
@blp.alt_response(429, schema=ErrorSchema)
def forgot_password(data):
    """E-mail a reset link (when e-mail is configured); the same answer for every address."""
    password_resets.email_reset_link(data["email"])
    return {"message": "Si un compte existe pour cette adresse, un lien de réinitialisation "
                       "lui a été envoyé."}


@blp.route("/reset-password", methods=["POST"])
@blp.arguments(ResetPasswordSchema)
@blp.response(200, MessageSchema)
@blp.alt_response(400, schema=ErrorSchema)
def reset_password(data):
    """Choose a new password with a reset link's token (single use)."""
    password_resets.reset_password(data["token"], data["new_password"])
    return {"message": "Mot de passe modifié, vous pouvez vous connecter."}
