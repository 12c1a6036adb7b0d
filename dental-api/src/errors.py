"""One JSON error shape for every failure that is not an HTTPException (those go through ShopApi)."""
import logging
import uuid

from flask import g, request
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from .extensions import db
from .openapi import error_payload

log = logging.getLogger(__name__)


def request_id():
    """The caller's X-Request-ID (64 characters at most), else a new one; the same for the whole request."""
    if "request_id" not in g:
        g.request_id = request.headers.get("X-Request-ID", "")[:64] or uuid.uuid4().hex
    return g.request_id


def register_error_handlers(app):
    @app.before_request
    def assign_request_id():
        request_id()

    @app.after_request
    def echo_request_id(response):
        # request_id() again: a catalogue 304 is answered before the hook above runs.
        response.headers["X-Request-ID"] = request_id()
        return response

    @app.errorhandler(IntegrityError)
    def integrity_error(error):
        db.session.rollback()
        return error_payload(409, "Cette ressource existe déjà ou est encore utilisée."), 409

    @app.errorhandler(StaleDataError)
    def stale_data(error):
        db.session.rollback()
        return error_payload(412, "Cette ressource a changé entre-temps, rechargez-la."), 412

    @app.errorhandler(OperationalError)
    def database_unavailable(error):
        db.session.rollback()
        log.error("database unavailable (request %s): %s", g.get("request_id"), error.orig)
        return error_payload(503, "Base de données indisponible, réessayez dans un instant."), 503

    @app.errorhandler(DBAPIError)
    def database_error(error):
        db.session.rollback()
        if error.connection_invalidated:
            return database_unavailable(error)
        return unexpected_error(error)

    @app.errorhandler(Exception)
    def unexpected_error(error):
        db.session.rollback()
        log.exception("unexpected error (request %s)", g.get("request_id"))
        return error_payload(500, f"Erreur interne (référence {g.get('request_id', '')})."), 500
