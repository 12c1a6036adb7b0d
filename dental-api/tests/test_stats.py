"""GET /api/admin/stats: the dashboard's figures checked against seeded orders."""
from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from src.models.order import CANCELLED, CONFIRMED, DELIVERED, PENDING, SHIPPED

from .factories import make_order, make_product, make_user

SHOP = ZoneInfo("Africa/Casablanca")


def shop_noon(days_ago):
    day = datetime.now(SHOP).date() - timedelta(days=days_ago)
    return datetime.combine(day, time(12), tzinfo=SHOP)


@pytest.fixture
def seeded():
    sold = [make_product(name=f"P{index}", price=price, stock_quantity=50)
            for index, price in enumerate(["12.35", "10.00", "9.99", "10.00", "10.00", "10.00"], start=1)]
    make_product(name="Bas (seuil global)", stock_quantity=5)
    make_product(name="Bas (seuil propre)", stock_quantity=2, low_stock_threshold=3)
    make_product(name="Au seuil", stock_quantity=3, low_stock_threshold=3)
    make_product(name="Retiré", stock_quantity=0, is_active=False)
    make_user(), make_user(), make_user(role="admin")
    p1, p2, p3, p4, p5, p6 = sold
    make_order((p1, 6), status=PENDING, created_at=shop_noon(0))
    make_order((p2, 5), status=CONFIRMED, created_at=shop_noon(0))
    make_order((p3, 4), (p1, 1), status=SHIPPED, created_at=shop_noon(3))
    make_order((p4, 3), status=DELIVERED, created_at=shop_noon(29))
    make_order((p5, 20), status=CANCELLED, created_at=shop_noon(0))
    make_order((p6, 2), status=DELIVERED, created_at=shop_noon(45))
    make_order((p5, 1), status=DELIVERED, created_at=shop_noon(0))
    return sold


def test_stats_match_the_seeded_orders(client, login_as, seeded):
    response = client.get("/api/admin/stats", headers=login_as("admin"))
    assert response.status_code == 200
    stats = response.json
    assert stats["products_count"] == 9
    assert stats["customers_count"] == 2
    assert stats["low_stock_count"] == 2
    assert stats["orders_by_status"] == {PENDING: 1, CONFIRMED: 1, SHIPPED: 1, DELIVERED: 3, CANCELLED: 1}
    revenue = Decimal("50.00") + Decimal("52.31") + Decimal("30.00") + Decimal("20.00") + Decimal("10.00")
    assert stats["revenue_total"] == float(revenue)
    assert stats["average_order"] == float((revenue / 5).quantize(Decimal("0.01")))
    p1, p2, p3, p4, _p5, p6 = seeded
    assert stats["top_products"] == [
        {"id": p1.id, "name": "P1", "quantity": 7, "revenue": 86.45},
        {"id": p2.id, "name": "P2", "quantity": 5, "revenue": 50.0},
        {"id": p3.id, "name": "P3", "quantity": 4, "revenue": 39.96},
        {"id": p4.id, "name": "P4", "quantity": 3, "revenue": 30.0},
        {"id": p6.id, "name": "P6", "quantity": 2, "revenue": 20.0},
    ]


def test_the_last_30_shop_days_include_empty_ones(client, login_as, seeded):
    days = client.get("/api/admin/stats", headers=login_as("admin")).json["orders_last_30_days"]
    today = datetime.now(SHOP).date()
    assert [day["date"] for day in days] == [(today - timedelta(days=29 - n)).isoformat() for n in range(30)]
    figures = {29 - index: (day["count"], day["revenue"]) for index, day in enumerate(days)}
    assert figures.pop(0) == (4, 60.0)
    assert figures.pop(3) == (1, 52.31)
    assert figures.pop(29) == (1, 30.0)
    assert set(figures.values()) == {(0, 0.0)}


def test_an_empty_shop_has_zeros(client, login_as):
    stats = client.get("/api/admin/stats", headers=login_as("admin")).json
    assert (stats["revenue_total"], stats["average_order"], stats["top_products"]) == (0.0, 0.0, [])
    assert set(stats["orders_by_status"].values()) == {0}
    assert len(stats["orders_last_30_days"]) == 30


def test_stats_are_for_admins(client, login_as):
    assert client.get("/api/admin/stats").status_code == 401
    assert client.get("/api/admin/stats", headers=login_as("client")).status_code == 403
