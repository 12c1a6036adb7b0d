"""Serves the API and the built front end on one port for the browser tests (argv: port).

Registers the SPA blueprint itself when dental-api/src/routes/__init__.py does not yet.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "dental-api"))

from src import create_app  # noqa: E402
from src.routes import spa  # noqa: E402

app = create_app()
if "spa" not in app.blueprints:
    app.register_blueprint(spa.bp)

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(sys.argv[1]), threaded=True, use_reloader=False)
