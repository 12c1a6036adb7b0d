from flask_smorest import Blueprint

blp = Blueprint("admin_users", __name__, url_prefix="/api", description="TODO")
