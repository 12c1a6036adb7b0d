"""The demonstration orders (every status; guests and the client) and the client's reviews.

Orders go through the stock service like real ones: a sale movement per line, a cancellation movement
when cancelled, so that each product's movements add up to its stock.
"""
from datetime import timedelta
from decimal import Decimal

from flask import current_app
from sqlalchemy import select

from ..extensions import db
from ..models import Order, OrderItem, OrderStatusChange, ProductReview
from ..models.base import utcnow
from ..models.order import CANCELLED, CONFIRMED, DELIVERED, PENDING, SHIPPED
from ..services.checkout import GUEST_ACTOR
from ..services.reviews import has_delivered_purchase, refresh_rating
from ..services.stock import StockShortage, change_stock
from ..services.whatsapp import render_message

GUESTS = {
    "atlas": ("Clinique Dentaire Atlas", "+212 537 70 12 34", "Rabat", "12 avenue Mohammed V, Agdal"),
    "amrani": ("Dr Youssef El Amrani", "+212 661 48 90 12", "Casablanca", "45 boulevard d'Anfa"),
    "bennani": ("Dr Salma Bennani", "+212 662 33 21 09", "Marrakech", "Résidence Majorelle, Guéliz"),
    "boustane": ("Centre Dentaire Al Boustane", "+212 539 94 55 10", "Tanger", "8 rue de Fès"),
    "tazi": ("Dr Karim Tazi", "+212 660 12 77 45", "Fès", "Avenue Hassan II, Ville nouvelle"),
    "souss": ("Cabinet Dentaire Souss", "+212 528 84 36 52", "Agadir", "Immeuble Tafoukt, avenue du Prince"),
    "oriental": ("Dr Hamza Ouazzani", "+212 663 52 18 40", "Oujda", "3 boulevard Zerktouni"),
}
CLIENT_ADDRESS = ("Casablanca", "Cabinet Benali, 27 rue Ibnou Mounir, Maârif")

# (reference number, customer, status path, hours ago, [(sku, quantity)], note)
ORDERS = [
    (1, "client", (PENDING, CONFIRMED, SHIPPED, DELIVERED), 58 * 24,
     [("3M-Z550-A2", 3), ("3M-SBU-5", 1), ("KOM-ZEP-FG10", 1)], None),
    (2, "atlas", (PENDING, CONFIRMED, SHIPPED, DELIVERED), 51 * 24,
     [("EUR-NIT-M", 10), ("COL-ROEKO-2", 4), ("EUR-SACH-90", 5)], "Livraison le matin, de préférence."),
    (3, "amrani", (PENDING, CONFIRMED, SHIPPED, DELIVERED), 44 * 24,
     [("DS-PTG-25", 2), ("SEP-PARCAN", 3), ("DS-GP-F2", 2)], None),
    (4, "client", (PENDING, CONFIRMED, SHIPPED, DELIVERED), 37 * 24,
     [("DS-PTG-25", 1), ("DS-AHPLUS", 1), ("HF-MIR5-12", 1)], None),
    (5, "bennani", (PENDING, CANCELLED), 33 * 24,
     [("NB-ACT-4311", 2), ("GEI-BIOGIDE-25", 1)], "Merci de confirmer le délai pour les implants."),
    (6, "boustane", (PENDING, CONFIRMED, SHIPPED, DELIVERED), 26 * 24,
     [("IVO-BPG4", 1), ("3M-Z550-A2", 4)], None),
    (7, "client", (PENDING, CONFIRMED, SHIPPED, DELIVERED), 19 * 24,
     [("TEPE-ORIG-8", 6), ("COL-DURA-10", 2), ("3M-CLINPRO", 1)], None),
    (8, "client", (PENDING, CONFIRMED, CANCELLED), 10 * 24,
     [("WH-WK99LT", 1)], "Finalement commandé chez notre fournisseur habituel."),
    (9, "tazi", (PENDING, CONFIRMED, SHIPPED), 6 * 24,
     [("ORM-NITI-016", 3), ("ORM-LIG-1008", 2), ("3M-VICT-022", 1)], None),
    (10, "client", (PENDING, CONFIRMED, SHIPPED), 4 * 24,
     [("ZH-HYDRO5", 2), ("3M-EXPXT-LB", 1)], None),
    (11, "souss", (PENDING, CONFIRMED), 2 * 24,
     [("ANI-HEX-1L", 4), ("DUR-FD322", 1)], "Facture au nom du cabinet, s'il vous plaît."),
    (12, "client", (PENDING, CONFIRMED), 26,
     [("HF-SAS-1112", 1), ("HF-EXP-2317", 2)], None),
    (13, "oriental", (PENDING,), 5,
     [("3M-RXU2", 1), ("3M-PT4-A2", 1)], None),
    (14, "client", (PENDING,), 2,
     [("ELM-BRS-12", 2), ("GC-TPID", 1)], "Appeler avant de livrer."),
]
# Hours between one status and the next: confirmed the same morning, shipped next day, delivered in 3 days.
STEP_HOURS = {CONFIRMED: 3, SHIPPED: 21, DELIVERED: 48, CANCELLED: 4}

# (sku, rating, comment, days ago): the client reviews products from its delivered orders.
REVIEWS = [
    ("3M-Z550-A2", 5, "Très bon composite, facile à modeler et le polissage est excellent.", 50),
    ("3M-SBU-5", 4, "Adhésif fiable, un seul flacon pour tout. Le prix reste élevé.", 48),
    ("DS-PTG-25", 5, "Limes souples et résistantes, même dans les canaux courbes. Livraison rapide.", 30),
    ("DS-AHPLUS", 4, "Une référence. Temps de travail confortable.", 29),
    ("TEPE-ORIG-8", 5, "Mes patients les adorent, le code couleur simplifie les conseils.", 12),
]


def seed_orders(admin, client, products):
    """Create the planned orders whose reference is free; answer how many were created."""
    created = 0
    for plan in ORDERS:
        reference = f"DT-{plan[0]:06d}"
        if db.session.scalar(select(Order.id).where(Order.reference == reference)) is not None:
            continue
        lines = [(products.get(sku), quantity) for sku, quantity in plan[4]]
        if not all(product for product, _ in lines):
            continue
        try:
            with db.session.begin_nested():
                _create_order(reference, plan, lines, admin, client)
        except StockShortage:
            continue
        created += 1
    return created


def _create_order(reference, plan, lines, admin, client):
    _number, customer, path, hours_ago, _items, note = plan
    name, phone, city, address = _customer(customer, client)
    user_id = client.id if customer == "client" else None
    times = _status_times(path, utcnow() - timedelta(hours=hours_ago))
    creator = (client.email, user_id) if user_id else (GUEST_ACTOR, None)
    authors = [creator] + [(admin.email, admin.id)] * (len(path) - 1)
    order = Order(
        reference=reference, status=path[-1], user_id=user_id, customer_name=name, customer_phone=phone,
        delivery_city=city, delivery_address=address, note=note, created_at=times[0], updated_at=times[-1],
        expires_at=_expiry(times[0]) if path[-1] == PENDING else None,
        items=[OrderItem(product_id=product.id, product_name=product.name, unit_price=product.price,
                         quantity=quantity, line_total=product.price * quantity)
               for product, quantity in lines],
        status_history=[OrderStatusChange(status=status, at=at, by=by, user_id=author_id)
                        for status, at, (by, author_id) in zip(path, times, authors)])
    order.total_price = sum((item.line_total for item in order.items), Decimal("0"))
    order.whatsapp_message = render_message(order, current_app.config["STORE_NAME"],
                                            current_app.config["STORE_CURRENCY"])
    db.session.add(order)
    db.session.flush()
    _move_stock(order, lines, (creator, times[0]), ((admin.email, admin.id), times[-1]))


def _move_stock(order, lines, sale, cancellation):
    """A sale movement per line; a cancelled order's lines come back. Each is dated like its status."""
    moves = [(sale, -1, "sale")] + ([(cancellation, 1, "cancellation")] if order.status == CANCELLED else [])
    for ((actor, user_id), at), sign, reason in moves:
        for product, quantity in lines:
            movement = change_stock(product.id, sign * quantity, reason, actor=actor, user_id=user_id,
                                    order_id=order.id)
            movement.created_at = at


def _customer(key, client):
    if key == "client":
        return (client.full_name, client.phone) + CLIENT_ADDRESS
    return GUESTS[key]


def _status_times(path, created_at):
    times = [created_at]
    for status in path[1:]:
        times.append(times[-1] + timedelta(hours=STEP_HOURS[status]))
    return times


def _expiry(created_at):
    hours = current_app.config["ORDER_HOLD_HOURS"]
    return created_at + timedelta(hours=hours) if hours else None


def seed_reviews(client, products):
    """The client's reviews, flagged verified when a delivered order of theirs holds the product."""
    reviewed = set(db.session.scalars(
        select(ProductReview.product_id).where(ProductReview.user_id == client.id)))
    touched = []
    for sku, rating, comment, days_ago in REVIEWS:
        product = products.get(sku)
        if product is None or product.id in reviewed:
            continue
        db.session.add(ProductReview(product_id=product.id, user_id=client.id, rating=rating, comment=comment,
                                     verified_purchase=has_delivered_purchase(client.id, product.id),
                                     created_at=utcnow() - timedelta(days=days_ago)))
        touched.append(product)
    db.session.flush()
    for product in touched:
        refresh_rating(product.id)
    return len(touched)
