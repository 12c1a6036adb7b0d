from flask_smorest import Blueprint

blp = Blueprint("admin_products", __name__, url_prefix="/api", description="TODO")
