from flask_smorest import Blueprint

blp = Blueprint("orders", __name__, url_prefix="/api", description="TODO")
