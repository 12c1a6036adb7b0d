"""Checks every request passes before its view: a body must be JSON (or multipart for uploads), and
no path parameter holds a NUL character."""
from flask import request
from flask_smorest import abort

BODY_METHODS = {"POST", "PUT", "PATCH"}


def register_request_checks(app):
    @app.before_request
    def require_json_body():
        if request.routing_exception or request.method not in BODY_METHODS or not request.content_length:
            return
        if request.is_json or request.mimetype == "multipart/form-data":
            return
        abort(415, message="Le corps de la requête doit être du JSON (application/json).")

    @app.before_request
    def refuse_nul_in_path():
        # No slug or reference holds one, and PostgreSQL cannot even compare one (psycopg2 raises).
        if any("\x00" in str(value) for value in (request.view_args or {}).values()):
            abort(404)
