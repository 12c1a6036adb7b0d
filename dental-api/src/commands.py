"""Flask CLI commands: `flask seed`, `flask create-admin EMAIL`, `flask expire-orders`."""
from .cli import orders, seed, users


def register_commands(app):
    for module in (orders, seed, users):
        for command in module.COMMANDS:
            app.cli.add_command(command)
