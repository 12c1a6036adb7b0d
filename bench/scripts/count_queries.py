"""P3, inside the app (run from dental-api with the app's environment): SQL statements per GET, for page
sizes 5 and 100, printed as JSON lines {path, few, many}: (status, own statements, all, items)."""
import json
import re
import sys

from sqlalchemy import event

from src import create_app
from src.extensions import db

TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")
# The access token check (user, revoked tokens): the same for every authenticated route, not the route's.
TOKEN_CHECK = re.compile(r"^\s*SELECT .* FROM (users|revoked_tokens) WHERE ", re.DOTALL)
PUBLIC = ["/api/products?per_page={n}", "/api/products?per_page={n}&q=gel&sort=relevance",
          "/api/categories", "/api/articles?per_page={n}", "/api/case-studies?per_page={n}",
          "/api/products/{product}/reviews?per_page={n}", "/api/products/{product}",
          "/api/articles/{article}", "/api/case-studies/{case}"]
ADMIN = ["/api/admin/products?per_page={n}", "/api/admin/orders?per_page={n}",
         "/api/admin/users?per_page={n}", "/api/admin/reviews?per_page={n}",
         "/api/admin/categories?per_page={n}",
         "/api/admin/articles?per_page={n}", "/api/admin/case-studies?per_page={n}",
         "/api/admin/products/{product_id}", "/api/admin/orders/{order_id}"]
CLIENT = ["/api/orders/mine?per_page={n}"]


def counted(client, path, headers):
    statements = []

    def record(_connection, _cursor, statement, *_args):
        if not statement.lstrip().upper().startswith(TRANSACTION_CONTROL):
            statements.append(" ".join(statement.split()))

    db.session.remove()
    event.listen(db.engine, "before_cursor_execute", record)
    try:
        response = client.get(path, headers=headers)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    body = response.get_json(silent=True)
    items = body.get("items") if isinstance(body, dict) else body
    own = [statement for statement in statements if not TOKEN_CHECK.match(statement)]
    return response.status_code, len(own), len(statements), len(items) if isinstance(items, list) else None


def login(client, email, password):
    token = client.post("/api/auth/login", json={"email": email, "password": password}).get_json()
    return {"Authorization": f"Bearer {token['access_token']}"}


def first(client, path, headers=None):
    return client.get(path, headers=headers).get_json()["items"][0]


def names(client, admin):
    product = first(client, "/api/products?per_page=1&sort=rating")
    return {"product": product["slug"], "product_id": product["id"],
            "article": first(client, "/api/articles?per_page=1")["slug"],
            "case": first(client, "/api/case-studies?per_page=1")["slug"],
            "order_id": first(client, "/api/admin/orders?per_page=1", admin)["id"]}


def main(admin_email, admin_password, client_email, client_password):
    app = create_app()
    with app.app_context():
        client = app.test_client()
        admin = login(client, admin_email, admin_password)
        customer = login(client, client_email, client_password)
        values = names(client, admin)
        for paths, headers in ((PUBLIC, {}), (ADMIN, admin), (CLIENT, customer)):
            for template in paths:
                few = counted(client, template.format(n=5, **values), headers)
                many = counted(client, template.format(n=100, **values), headers)
                print(json.dumps({"path": template.format(n="N", **values), "few": few, "many": many}))


if __name__ == "__main__":
    main(*sys.argv[1:5])
