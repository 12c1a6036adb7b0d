from flask import Blueprint

bp = Blueprint("seo", __name__)
