"""Health check and the shop's public settings."""
from flask import current_app
from flask_smorest import Blueprint
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ..extensions import db
from ..schemas.health import ConfigSchema, HealthSchema

blp = Blueprint("health", __name__, url_prefix="/api", description="Health and configuration")


@blp.route("/health")
@blp.response(200, HealthSchema)
@blp.alt_response(503, schema=HealthSchema)
def get_health():
    """Report whether the API and its database answer."""
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        return {"status": "degraded", "database": "unavailable"}, 503
    return {"status": "ok", "database": "ok"}


@blp.route("/config")
@blp.response(200, ConfigSchema)
def get_config():
    """The shop's name, currency, WhatsApp number and low-stock threshold."""
    config = current_app.config
    return {
        "store_name": config["STORE_NAME"],
        "currency": config["STORE_CURRENCY"],
        "whatsapp_number": config["STORE_WHATSAPP_NUMBER"],
        "low_stock_threshold": config["LOW_STOCK_THRESHOLD"],
    }
