"""DentalTech Pro API: create_app() wires settings, extensions, routes, errors and commands."""
from flask import Flask, current_app
from flask.logging import default_handler
from flask.sessions import SessionInterface
from werkzeug.middleware.proxy_fix import ProxyFix

from .auth import register_jwt_handlers
from .catalogue_cache import register_catalogue_cache
from .commands import register_commands
from .config import config_for_environment
from .database import configure_database
from .errors import register_error_handlers
from .extensions import api, cors, db, jwt, limiter, migrate
from .requests import register_request_checks
from .routes import register_blueprints


def create_app(config_class=None):
    app = Flask(__name__, static_folder=None)
    config = (config_class or config_for_environment())()
    if hasattr(config, "validate"):
        config.validate()
    app.config.from_object(config)
    app.session_interface = NoFlaskSession()
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    # First of the request hooks: a catalogue 304 or cached body needs none of the others.
    register_catalogue_cache(app)
    register_extensions(app)
    register_error_handlers(app)
    register_jwt_handlers(app)
    register_request_checks(app)
    register_blueprints(app, api)
    register_commands(app)
    if app.config["TRUSTED_PROXIES"]:
        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    return app


class NoFlaskSession(SessionInterface):
    """The API signs JWTs, never a Flask session cookie: skip building a cookie signer per request.
    Writing to flask.session raises (NullSession), so a stray use cannot pass unnoticed."""

    def open_session(self, app, request):
        return self.make_null_session(app)

    def save_session(self, app, session, response):
        return None


def register_extensions(app):
    from . import models  # noqa: F401  (every table known to metadata and Alembic)
    db.init_app(app)
    configure_database(app)
    migrate.init_app(app, db, directory=str(app.config["MIGRATIONS_DIR"]))
    jwt.init_app(app)
    cors.init_app(app, resources={r"/api/*": {"origins": app.config["CORS_ORIGINS"]}},
                  supports_credentials=True)
    register_rate_limiter(app)
    api.init_app(app, spec_kwargs={"components": {"securitySchemes": {
        "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}}})


def register_rate_limiter(app):
    """Flask-Limiter reads RATELIMIT_ENABLED once, at init; here it is read per request (tests switch it)."""
    enabled = app.config["RATELIMIT_ENABLED"]
    app.config["RATELIMIT_ENABLED"] = True
    limiter.init_app(app)
    app.config["RATELIMIT_ENABLED"] = enabled
    limiter.request_filter(lambda: not current_app.config["RATELIMIT_ENABLED"])
    # Flask-Limiter's logger has only a NullHandler: without this, "storage unreachable - falling
    # back to in-memory storage" (Redis down, limits per worker) would never reach the logs.
    limiter.logger.addHandler(default_handler)
