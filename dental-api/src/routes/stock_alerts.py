from flask_smorest import Blueprint

blp = Blueprint("stock_alerts", __name__, url_prefix="/api", description="TODO")
