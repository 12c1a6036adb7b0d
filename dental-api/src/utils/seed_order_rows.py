"""Rows of generated orders for the bulk seed, built in memory: statuses that fit each order's age,
stock taken line by line (a sale movement each) and put back when the order is cancelled."""
from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace

from ..models.order import CANCELLED, CONFIRMED, DELIVERED, PENDING, SHIPPED
from ..services.checkout import GUEST_ACTOR
from ..services.whatsapp import render_message
from .seed_orders import STEP_HOURS

FIRST_NAMES = ("Amine", "Sara", "Mehdi", "Imane", "Omar", "Khadija", "Rachid", "Houda", "Yassine", "Nora",
               "Hicham", "Leila", "Anas", "Meryem", "Reda", "Zineb")
LAST_NAMES = ("Alami", "Bennis", "Chraibi", "El Fassi", "Idrissi", "Lahlou", "Naciri", "Sqalli", "Tahiri",
              "Zniber", "Berrada", "Kettani")
CLINICS = ("Cabinet Dentaire du Centre", "Clinique Dentaire Les Orangers", "Centre Dentaire Anfa",
           "Cabinet Dentaire Hassan", "Clinique du Sourire", "Cabinet Dentaire Palmier")
CITIES = (
    ("Casablanca", "boulevard Zerktouni"), ("Rabat", "avenue Fal Ould Oumeir"),
    ("Marrakech", "avenue Mohammed VI"), ("Fès", "boulevard Allal El Fassi"), ("Tanger", "avenue Pasteur"),
    ("Agadir", "avenue Hassan II"), ("Meknès", "avenue des FAR"), ("Oujda", "boulevard Mohammed V"),
    ("Kénitra", "avenue Mohammed Diouri"), ("Tétouan", "avenue Mohammed V"),
)
CUSTOMERS = tuple(f"Dr {first} {last}" for first in FIRST_NAMES for last in LAST_NAMES) + CLINICS
LINE_COUNTS = (1, 1, 2, 2, 2, 3, 3, 4)
QUANTITIES = (1, 1, 1, 2, 2, 3, 5)


class OrderRows:
    """One chunk of generated orders as dicts for insert(Model): orders, items, history, movements."""

    def __init__(self, stock, rng, config, admin):
        # stock: [id, name, price, units sellable before the threshold, current stock] per product
        self.stock, self.rng, self.admin = stock, rng, admin
        self.store, self.currency = config["STORE_NAME"], config["STORE_CURRENCY"]
        self.hold_hours = config["ORDER_HOLD_HOURS"]
        self.clear()

    def clear(self):
        self.orders, self.items, self.history, self.movements = [], [], [], []

    def add(self, order_id, created_at, now):
        """Add one order placed at created_at, unless no stock is left to sell."""
        lines = self._take_lines()
        if not lines:
            return
        path = self._path(now - created_at)
        times = self._times(path, created_at, now)
        customer = self._customer()
        items = [{"order_id": order_id, "product_id": entry[0], "product_name": entry[1],
                  "unit_price": entry[2], "quantity": quantity, "line_total": entry[2] * quantity}
                 for entry, quantity, _ in lines]
        total = sum((item["line_total"] for item in items), Decimal(0))
        order = {"id": order_id, "reference": f"DT-{order_id:06d}", "status": path[-1], "user_id": None,
                 **customer, "note": None, "total_price": total,
                 "created_at": times[0], "updated_at": times[-1], "expires_at": self._expiry(path, times[0])}
        message_view = SimpleNamespace(**order, items=[SimpleNamespace(**item) for item in items])
        order["whatsapp_message"] = render_message(message_view, self.store, self.currency)
        self.orders.append(order)
        self.items += items
        authors = [(GUEST_ACTOR, None)] + [self.admin] * (len(path) - 1)
        self.history += [{"order_id": order_id, "status": status, "at": at, "by": by, "user_id": user_id}
                         for status, at, (by, user_id) in zip(path, times, authors)]
        self._record_stock(order_id, lines, times, path[-1] == CANCELLED)

    def _take_lines(self):
        lines = []
        for _ in range(self.rng.choice(LINE_COUNTS)):
            if not self.stock:
                break
            index = self.rng.randrange(len(self.stock))
            entry = self.stock[index]
            if any(taken is entry for taken, _, _ in lines):
                continue
            quantity = min(self.rng.choice(QUANTITIES), entry[3])
            entry[3] -= quantity
            entry[4] -= quantity
            lines.append((entry, quantity, entry[4]))
            if entry[3] == 0:
                self.stock[index] = self.stock[-1]
                self.stock.pop()
        return lines

    def _path(self, age):
        roll = self.rng.random()
        if age < timedelta(hours=48):
            return (PENDING,) if roll < 0.55 else (PENDING, CONFIRMED) if roll < 0.9 else (PENDING, CANCELLED)
        if age < timedelta(days=7):
            return ((PENDING, CONFIRMED) if roll < 0.3 else (PENDING, CONFIRMED, SHIPPED) if roll < 0.82
                    else (PENDING, CONFIRMED, CANCELLED))
        return ((PENDING, CONFIRMED, SHIPPED, DELIVERED) if roll < 0.88
                else (PENDING, CANCELLED) if roll < 0.95 else (PENDING, CONFIRMED, CANCELLED))

    @staticmethod
    def _times(path, created_at, now):
        times = [created_at]
        for status in path[1:]:
            times.append(min(times[-1] + timedelta(hours=STEP_HOURS[status]), now))
        return times

    def _expiry(self, path, created_at):
        if path[-1] != PENDING or not self.hold_hours:
            return None
        return created_at + timedelta(hours=self.hold_hours)

    def _customer(self):
        city, street = self.rng.choice(CITIES)
        phone = "+212 6" + " ".join(f"{self.rng.randint(10, 99)}" for _ in range(4))
        return {"customer_name": self.rng.choice(CUSTOMERS), "customer_phone": phone, "delivery_city": city,
                "delivery_address": f"{self.rng.randint(1, 180)} {street}"}

    def _record_stock(self, order_id, lines, times, cancelled):
        for entry, quantity, stock_after in lines:
            self.movements.append(_movement(entry[0], -quantity, stock_after, "sale", GUEST_ACTOR, None,
                                            order_id, times[0]))
        if cancelled:
            for entry, quantity, _ in lines:
                entry[3] += quantity
                entry[4] += quantity
                self.movements.append(_movement(entry[0], quantity, entry[4], "cancellation", *self.admin,
                                                order_id, times[-1]))


def _movement(product_id, delta, stock_after, reason, actor, user_id, order_id, at):
    return {"product_id": product_id, "delta": delta, "stock_after": stock_after, "reason": reason,
            "note": None, "actor": actor, "user_id": user_id, "order_id": order_id, "created_at": at}
