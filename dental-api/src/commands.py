"""Flask CLI commands: seed, create-admin, expire-orders."""


def register_commands(app):
    pass
