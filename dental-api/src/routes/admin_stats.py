from flask_smorest import Blueprint

blp = Blueprint("admin_stats", __name__, url_prefix="/api", description="TODO")
