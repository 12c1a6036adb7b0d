"""Every read route's time on a data set, inside the app (no HTTP, no cache): where a route is slow at
scale. Not a bench row (no baseline: it finds the routes worth a row or an index).

    cd dental-api && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_large \
        CATALOGUE_CACHE_REDIS_URL= RATELIMIT_ENABLED=false ../.venv/bin/python ../bench/scripts/route_times.py

Prints, for each GET, the median of 20 requests (after 3 to warm up), its status and its size. Signs in
as the seed's administrator (admin@dentaltech.local, or the two arguments).
"""
import statistics
import sys
import time

from src import create_app

PUBLIC = ["/api/products?per_page=24", "/api/products?per_page=24&page={last_page}",
          "/api/products?sort=price_asc", "/api/products?sort=price_desc", "/api/products?sort=name",
          "/api/products?sort=rating", "/api/products?in_stock=true", "/api/products?brand={brand}",
          "/api/products?category={category}", "/api/products?q=composite", "/api/products/{product}",
          "/api/products/{product}/reviews", "/api/categories", "/api/articles", "/api/case-studies",
          "/sitemap.xml"]
ADMIN = ["/api/admin/products", "/api/admin/products?sort=price_asc", "/api/admin/products?active=false",
         "/api/admin/orders", "/api/admin/orders?q=DT-0001", "/api/admin/orders?q={customer}",
         "/api/admin/orders?page=1000", "/api/admin/stats", "/api/admin/users", "/api/admin/reviews",
         "/api/admin/categories", "/api/admin/products/{product_id}/stock-adjustments"]
RUNS, WARM_UP = 20, 3


def median_ms(client, path, headers):
    for _ in range(WARM_UP):
        response = client.get(path, headers=headers)
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        client.get(path, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), response.status_code, len(response.data)


def values(client, admin):
    page = client.get("/api/products?per_page=24").get_json()
    product = page["items"][0]
    order = client.get("/api/admin/orders?per_page=1", headers=admin).get_json()["items"][0]
    return {"last_page": -(-page["total"] // 24), "product": product["slug"], "product_id": product["id"],
            "brand": product["brand"], "category": product["category"]["slug"],
            "customer": order["customer_name"].split()[-1]}


def main(email="admin@dentaltech.local", password="Admin-Dental-2026"):
    app = create_app()
    with app.app_context():
        client = app.test_client()
        token = client.post("/api/auth/login", json={"email": email, "password": password}).get_json()
        admin = {"Authorization": f"Bearer {token['access_token']}"}
        named = values(client, admin)
        print(f"{'median':>10}  status  {'bytes':>8}  GET")
        for paths, headers in ((PUBLIC, {}), (ADMIN, admin)):
            for template in paths:
                path = template.format(**named)
                milliseconds, status, size = median_ms(client, path, headers)
                print(f"{milliseconds:7.1f} ms  {status:>6}  {size:>8}  {path}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
