from flask_smorest import Blueprint

blp = Blueprint("admin_orders", __name__, url_prefix="/api", description="TODO")
