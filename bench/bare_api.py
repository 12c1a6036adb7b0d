"""The baseline of P1, P2 and P6: a bare Flask JSON route, served by the same gunicorn configuration."""
from flask import Flask, jsonify

app = Flask(__name__)
PAYLOAD = {"items": [{"id": 1, "name": "Produit", "price": "10.00"}], "page": 1, "per_page": 24, "total": 1}


@app.get("/api/products")
@app.get("/api/products/<slug>")
def products(slug=None):
    return jsonify(PAYLOAD)
