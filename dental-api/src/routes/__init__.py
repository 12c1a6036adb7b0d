"""Blueprints, one per area."""
from . import (
    admin_content, admin_orders, admin_products, admin_reviews, admin_stats, admin_users, auth,
    catalog, content, docs, health, orders, reviews, seo, spa, stock_alerts, uploads,
)

API_BLUEPRINTS = (
    health.blp, auth.blp, catalog.blp, reviews.blp, orders.blp, content.blp,
    admin_stats.blp, admin_products.blp, admin_orders.blp, admin_content.blp,
    admin_reviews.blp, admin_users.blp, uploads.blp, stock_alerts.blp,
)


def register_blueprints(app, api):
    for blueprint in API_BLUEPRINTS:
        api.register_blueprint(blueprint)
    app.register_blueprint(docs.bp)
    app.register_blueprint(seo.bp)
    app.register_blueprint(uploads.files_bp)
    app.register_blueprint(spa.bp)
