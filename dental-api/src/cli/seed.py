"""`flask seed`: demonstration data for development (idempotent), optionally a large generated data set."""
import time

import click
from flask import current_app
from flask.cli import with_appcontext

from ..utils.seed import seed
from ..utils.seed_bulk import seed_bulk

LABELS = {"users": "utilisateurs", "categories": "catégories", "products": "produits", "articles": "articles",
          "case_studies": "cas cliniques", "orders": "commandes", "reviews": "avis"}


@click.command("seed")
@click.option("--products", type=click.IntRange(min=0), default=0, show_default=True,
              help="Large data set: generate products until the catalogue holds N.")
@click.option("--orders", type=click.IntRange(min=0), default=0, show_default=True,
              help="Large data set: generate orders until the database holds N.")
@click.option("--force", is_flag=True, help="Seed even when the app runs in production mode.")
@with_appcontext
def seed_command(products, orders, force):
    """Fill the database with demonstration data (development and demos only)."""
    if current_app.config["ENV_NAME"] == "production" and not force:
        raise click.ClickException(
            "Refusé : le seed est réservé au développement et aux démonstrations. En production, créez "
            "l'administrateur avec « flask create-admin EMAIL » (ou relancez avec --force).")
    started = time.perf_counter()
    report = seed()
    created = ", ".join(f"{count} {LABELS[name]}" for name, count in report.created.items() if count)
    click.echo(f"Données de démonstration prêtes en {time.perf_counter() - started:.1f} s"
               f" ({created or 'rien de nouveau'}).")
    if products or orders:
        bulk = seed_bulk(products, orders, echo=click.echo)
        click.echo(f"Données volumineuses : {bulk.products} produits ajoutés en "
                   f"{bulk.products_seconds:.1f} s, {bulk.orders} commandes en {bulk.orders_seconds:.1f} s.")
    config = current_app.config
    click.echo(f"Administrateur : {report.admin_email} / {config['SEED_ADMIN_PASSWORD']}")
    click.echo(f"Client : {report.client_email} / {config['SEED_CLIENT_PASSWORD']}")


COMMANDS = [seed_command]
