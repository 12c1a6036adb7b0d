"""flask-smorest bent to the contract's single error shape: {"message", "errors"?}."""
from decimal import Decimal
from http import HTTPStatus

import marshmallow as ma
from apispec import BasePlugin
from flask_smorest import Api

DEFAULT_MESSAGES = {
    400: "Requête invalide.",
    401: "Authentification requise.",
    403: "Accès refusé.",
    404: "Ressource introuvable.",
    405: "Méthode non autorisée.",
    409: "Conflit avec l'état actuel.",
    412: "La ressource a changé entre-temps.",
    413: "Contenu trop volumineux.",
    415: "Type de contenu non pris en charge.",
    422: "Données invalides.",
    429: "Trop de requêtes, réessayez plus tard.",
    500: "Erreur interne du serveur.",
    503: "Service indisponible.",
}


class ErrorSchema(ma.Schema):
    message = ma.fields.String(required=True)
    errors = ma.fields.Dict(keys=ma.fields.String())


def flatten_validation_errors(messages):
    """webargs nests errors by location ({"json": {...}}); the contract wants them flat by field."""
    if not isinstance(messages, dict):
        return {"_schema": messages}
    flat = {}
    for location_errors in messages.values():
        if isinstance(location_errors, dict):
            flat.update(location_errors)
        else:
            flat.setdefault("_schema", []).extend(location_errors)
    return flat


def error_payload(code, message=None, errors=None, **extra):
    payload = {"message": message or DEFAULT_MESSAGES.get(code, "Erreur.")}
    if errors:
        payload["errors"] = errors
    payload.update(extra)
    return payload


BODY_METHODS = {"post", "put", "patch"}
BEARER_SECURITY = [{"bearerAuth": []}]


class SharedErrorsPlugin(BasePlugin):
    """Documents the statuses that shared mechanisms answer, so that no route has to list them.

    Admin views (admin_required): the bearer scheme, 401 and 403. Any bearer-secured operation: 401.
    Any POST/PUT/PATCH: 415 (requests.check: a body that is neither JSON nor multipart); with a JSON
    body, 400 (malformed JSON) and 422 (validation). A PATCH body is optional: without one, nothing
    changes (webargs reads a missing body as {}), which is what the document then says.
    """

    def __init__(self, api):
        super().__init__()
        self.api = api

    def operation_helper(self, path=None, operations=None, rule=None, **kwargs):
        view = self.api._app.view_functions.get(rule.endpoint) if rule is not None else None
        for method, operation in (operations or {}).items():
            statuses = []
            if getattr(view, "admin_only", False):
                operation.setdefault("security", BEARER_SECURITY)
                statuses += [401, 403]
            if operation.get("security"):
                statuses.append(401)
            if method in BODY_METHODS:
                statuses.append(415)
            if "application/json" in operation.get("requestBody", {}).get("content", {}):
                statuses += [400, 422]
                if method == "patch":
                    operation["requestBody"]["required"] = False
            responses = operation.setdefault("responses", {})
            documented = {str(code) for code in responses}
            for code in statuses:
                if str(code) not in documented:
                    responses[code] = HTTPStatus(code).name
                    documented.add(str(code))


def decimal_bounds_as_numbers(_converter, _field, ret, **_kwargs):
    """Range(max=Decimal(...)) would be written as a JSON string, which is not a valid bound."""
    return {key: float(value) for key, value in ret.items()
            if key in ("minimum", "maximum") and isinstance(value, Decimal)}


class ShopApi(Api):
    ERROR_SCHEMA = ErrorSchema

    def _init_spec(self, *, extra_plugins=None, **options):
        plugins = [*(extra_plugins or ()), SharedErrorsPlugin(self)]
        super()._init_spec(extra_plugins=plugins, **options)
        self.ma_plugin.converter.add_attribute_function(decimal_bounds_as_numbers)

    def handle_http_exception(self, error):
        data = getattr(error, "data", None) or {}
        code = error.code or 500
        errors = data.get("errors")
        if errors is None and "messages" in data:
            errors = flatten_validation_errors(data["messages"])
        extra = data.get("extra", {})
        message = data.get("message")
        if message is None and code == 400 and errors and "_schema" in errors:
            message = "Corps JSON invalide."
            errors = None
        payload = error_payload(code, message, errors, **extra)
        return payload, code, data.get("headers", {})
