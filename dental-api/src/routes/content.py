from flask_smorest import Blueprint

blp = Blueprint("content", __name__, url_prefix="/api", description="TODO")
