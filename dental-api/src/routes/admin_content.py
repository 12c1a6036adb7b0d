from flask_smorest import Blueprint

blp = Blueprint("admin_content", __name__, url_prefix="/api", description="TODO")
