"""Orders as CSV for French Excel: BOM, `;`, decimal commas, shop-time dates, formulas neutralised."""
import csv
import io
from zoneinfo import ZoneInfo

from ..extensions import db

BOM = "\ufeff"
HEADER = ("reference", "date", "customer_name", "customer_phone", "status", "items", "total_price")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BATCH_SIZE = 200


def neutralise(cell):
    """OWASP CSV injection: a cell a spreadsheet would read as a formula starts with a quote instead."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def order_row(order, zone):
    items = " | ".join(f"{item.quantity} × {item.product_name}" for item in order.items)
    total = f"{order.total_price:.2f}".replace(".", ",")
    return (order.reference, order.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            order.customer_name, order.customer_phone, order.status, items, total)


def csv_lines(statement, timezone_name):
    """The file, one line at a time: orders are read in batches, their items loaded per batch."""
    zone = ZoneInfo(timezone_name)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    yield BOM + _drain(buffer)
    for order in db.session.scalars(statement.execution_options(yield_per=BATCH_SIZE)):
        writer.writerow([neutralise(cell) for cell in order_row(order, zone)])
        yield _drain(buffer)


def _drain(buffer):
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
