"""`flask expire-orders`: cancel the pending orders held past ORDER_HOLD_HOURS (run on a schedule)."""
import click
from flask import current_app
from flask.cli import with_appcontext

from ..services.order_status import expire_pending_orders


@click.command("expire-orders")
@with_appcontext
def expire_orders():
    """Cancel pending orders whose hold has expired and put their stock back."""
    count = expire_pending_orders(current_app.config["ORDER_HOLD_HOURS"])
    click.echo(f"{count} commande(s) expirée(s) et annulée(s).")


COMMANDS = [expire_orders]
