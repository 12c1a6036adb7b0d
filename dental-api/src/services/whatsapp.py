"""The WhatsApp message of an order, written by the server from the stored order, and its wa.me link."""
import string
from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import quote

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"


def format_money(amount, currency):
    """French style, as Intl.NumberFormat('fr-FR') writes it: 1 299,90 MAD."""
    amount = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    grouped = f"{amount:,.2f}".replace(",", NARROW_NBSP).replace(".", ",")
    return f"{grouped}{NBSP}{currency}"


def render_message(order, store_name, currency):
    lines = [f"Bonjour {store_name},", f"Je souhaite passer la commande {order.reference} :"]
    lines += [f"- {item.quantity} × {item.product_name} : {format_money(item.line_total, currency)}"
              for item in order.items]
    lines.append(f"Total : {format_money(order.total_price, currency)}")
    details = (("Nom", order.customer_name), ("Téléphone", order.customer_phone),
               ("Ville", order.delivery_city), ("Adresse", order.delivery_address), ("Note", order.note))
    lines += [f"{label} : {value}" for label, value in details if value]
    return "\n".join(lines)


def whatsapp_url(number, message):
    digits = "".join(character for character in number if character in string.digits)
    return f"https://wa.me/{digits}?text={quote(message, safe='')}"
