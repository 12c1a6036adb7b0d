from flask import Blueprint
from flask_smorest import Blueprint as ApiBlueprint

blp = ApiBlueprint("uploads", __name__, url_prefix="/api/admin", description="TODO")
files_bp = Blueprint("upload_files", __name__)
