"""flask-smorest bent to the contract's single error shape: {"message", "errors"?}."""
import marshmallow as ma
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


class ShopApi(Api):
    ERROR_SCHEMA = ErrorSchema

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
