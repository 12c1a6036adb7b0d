from flask_smorest import Blueprint

blp = Blueprint("admin_reviews", __name__, url_prefix="/api", description="TODO")
