"""Admin: users — search, role and access changes, password reset links."""
from flask_jwt_extended import get_current_user
from flask_smorest import Blueprint

from ..auth import BEARER_DOC, admin_required
from ..openapi import ErrorSchema
from ..schemas.common import page_of
from ..schemas.users import ResetLinkSchema, UserListArgs, UserSchema, UserUpdateSchema
from ..services import password_resets, users_admin
from ..services.accounts import AccountError
from .auth import keep_out_of_caches, refuse

blp = Blueprint("admin_users", __name__, url_prefix="/api/admin",
                description="Comptes clients et administrateurs (admin).")
blp.register_error_handler(AccountError, refuse)


@blp.route("/users", methods=["GET"])
@admin_required
@blp.arguments(UserListArgs, location="query")
@blp.response(200, page_of(UserSchema))
@blp.alt_response(401, schema=ErrorSchema)
@blp.alt_response(403, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def list_users(args):
    """List users, newest first; q searches the e-mail, name and phone (admin)."""
    return users_admin.list_users(**args)


@blp.route("/users/<int:user_id>", methods=["PATCH"])
@admin_required
@blp.arguments(UserUpdateSchema)
@blp.response(200, UserSchema)
@blp.alt_response(404, schema=ErrorSchema)
@blp.alt_response(409, schema=ErrorSchema)
@blp.alt_response(401, schema=ErrorSchema)
@blp.alt_response(403, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def update_user(changes, user_id):
    """Change a user's role or access; a demoted or deactivated user's tokens stop working (admin)."""
    return users_admin.update_user(get_current_user(), users_admin.get_user(user_id), changes)


@blp.route("/users/<int:user_id>/reset-link", methods=["POST"])
@admin_required
@blp.response(201, ResetLinkSchema)
@blp.alt_response(404, schema=ErrorSchema)
@blp.alt_response(409, schema=ErrorSchema)
@blp.alt_response(401, schema=ErrorSchema)
@blp.alt_response(403, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def create_reset_link(user_id):
    """Create a single-use password reset link for a user, to send them (admin)."""
    keep_out_of_caches()
    return password_resets.create_reset_link(users_admin.get_user(user_id))
