"""Settings, read from the environment (and a `.env` file) — the only reader of os.environ."""
import os
from pathlib import Path

from dotenv import load_dotenv

API_ROOT = Path(__file__).resolve().parent.parent
load_dotenv(API_ROOT.parent / ".env")
load_dotenv(API_ROOT / ".env")


def env_int(name, default):
    return int(os.environ.get(name, default))


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def database_url(value):
    """postgres:// and postgresql:// go through psycopg2 (SQLAlchemy 2.1 would pick psycopg 3)."""
    for prefix in ("postgres://", "postgresql://"):
        if value.startswith(prefix):
            return "postgresql+psycopg2://" + value[len(prefix):]
    return value


def sqlite_default():
    instance = API_ROOT / "instance"
    instance.mkdir(exist_ok=True)
    return f"sqlite:///{instance / 'dentaltech.db'}"


class Config:
    # Mode and secrets
    ENV_NAME = os.environ.get("FLASK_ENV", "development")
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-secret-key-change-me-0123456789abcdef")
    JWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY", "dev-jwt-secret-change-me-0123456789abcdef")

    # Database
    SQLALCHEMY_DATABASE_URI = database_url(os.environ.get("DATABASE_URL") or sqlite_default())
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    SQLITE_BUSY_TIMEOUT_MS = env_int("SQLITE_BUSY_TIMEOUT_MS", 30000)

    # Authentication
    JWT_ACCESS_MINUTES = env_int("JWT_ACCESS_MINUTES", 15)
    JWT_REFRESH_DAYS = env_int("JWT_REFRESH_DAYS", 30)
    BCRYPT_ROUNDS = env_int("BCRYPT_ROUNDS", 12)
    RESET_TOKEN_MINUTES = env_int("RESET_TOKEN_MINUTES", 60)
    STREAM_TICKET_SECONDS = 60
    JWT_TOKEN_LOCATION = ["headers"]
    JWT_REFRESH_COOKIE_PATH = "/api/auth"
    JWT_REFRESH_CSRF_COOKIE_PATH = "/"
    JWT_COOKIE_SAMESITE = "Strict"
    JWT_COOKIE_CSRF_PROTECT = True
    JWT_SESSION_COOKIE = False
    SMTP_URL = os.environ.get("SMTP_URL", "")
    PUBLIC_URL = os.environ.get("PUBLIC_URL", "http://localhost:5000").rstrip("/")
    SITEMAP_URLS_PER_FILE = 50_000  # the sitemaps protocol's limit

    # HTTP
    CORS_ORIGINS = env_list("CORS_ORIGINS", "http://localhost:5173,http://localhost:5000")
    TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", 0)
    MAX_UPLOAD_MB = env_int("MAX_UPLOAD_MB", 5)
    UPLOAD_FOLDER = os.environ.get("UPLOAD_FOLDER", str(API_ROOT / "src" / "static" / "uploads"))
    MAX_UPLOAD_PIXELS = 40_000_000

    # Rate limits (Flask-Limiter)
    LOGIN_RATE_LIMIT = os.environ.get("LOGIN_RATE_LIMIT", "5 per minute")
    REGISTER_RATE_LIMIT = os.environ.get("REGISTER_RATE_LIMIT", "10 per hour")
    CHECKOUT_RATE_LIMIT = os.environ.get("CHECKOUT_RATE_LIMIT", "20 per hour")
    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_ENABLED = os.environ.get("RATELIMIT_ENABLED", "true").lower() != "false"
    RATELIMIT_SWALLOW_ERRORS = True
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    RATELIMIT_HEADERS_ENABLED = True

    # Catalogue reads revalidated and cached by version (src/catalogue_cache.py); off without a URL
    CATALOGUE_CACHE_REDIS_URL = os.environ.get("CATALOGUE_CACHE_REDIS_URL", "")
    CATALOGUE_CACHE_BYTES = env_int("CATALOGUE_CACHE_BYTES", 8 * 1024 * 1024)
    CATALOGUE_VERSION_SECONDS = env_int("CATALOGUE_VERSION_SECONDS", 600)
    CATALOGUE_VERSION_KEY = "dentaltech:catalogue-version"
    CATALOGUE_VERSION_MEMO_SECONDS = float(os.environ.get("CATALOGUE_VERSION_MEMO_SECONDS", 0.05))

    # Shop
    STORE_NAME = os.environ.get("STORE_NAME", "DentalTech Pro")
    STORE_CURRENCY = os.environ.get("STORE_CURRENCY", "MAD")
    STORE_TIMEZONE = os.environ.get("STORE_TIMEZONE", "Africa/Casablanca")
    STORE_WHATSAPP_NUMBER = os.environ.get("STORE_WHATSAPP_NUMBER", "+212600000000")
    LOW_STOCK_THRESHOLD = env_int("LOW_STOCK_THRESHOLD", 10)
    STOCK_ALERT_INTERVAL = float(os.environ.get("STOCK_ALERT_INTERVAL", 5))
    SSE_HEARTBEAT_SECONDS = 15
    ORDER_HOLD_HOURS = env_int("ORDER_HOLD_HOURS", 72)
    IDEMPOTENCY_HOURS = 24

    # Seed (development and demos only)
    SEED_ADMIN_EMAIL = os.environ.get("SEED_ADMIN_EMAIL", "admin@dentaltech.local")
    SEED_ADMIN_PASSWORD = os.environ.get("SEED_ADMIN_PASSWORD", "Admin-Dental-2026")
    SEED_CLIENT_EMAIL = os.environ.get("SEED_CLIENT_EMAIL", "client@dentaltech.local")
    SEED_CLIENT_PASSWORD = os.environ.get("SEED_CLIENT_PASSWORD", "Client-Dental-2026")

    # Front end build served by the API in development (`make run`)
    FRONTEND_DIST = os.environ.get("FRONTEND_DIST", str(API_ROOT.parent / "dental-website" / "dist"))
    MIGRATIONS_DIR = API_ROOT / "migrations"

    # OpenAPI (flask-smorest)
    API_TITLE = "DentalTech Pro API"
    API_VERSION = "1.0"
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/api"
    OPENAPI_JSON_PATH = "openapi.json"
    OPENAPI_SWAGGER_UI_PATH = "docs"
    OPENAPI_SWAGGER_UI_URL = "/api/docs/assets/"

    @property
    def JWT_COOKIE_SECURE(self):
        return self.ENV_NAME != "development"

    @property
    def MAX_CONTENT_LENGTH(self):
        return self.MAX_UPLOAD_MB * 1024 * 1024 + 64 * 1024

    @property
    def JWT_ACCESS_TOKEN_EXPIRES(self):
        from datetime import timedelta
        return timedelta(minutes=self.JWT_ACCESS_MINUTES)

    @property
    def JWT_REFRESH_TOKEN_EXPIRES(self):
        from datetime import timedelta
        return timedelta(days=self.JWT_REFRESH_DAYS)


class ProductionConfig(Config):
    ENV_NAME = "production"
    SECRET_KEY = os.environ.get("SECRET_KEY")
    JWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY")

    def validate(self):
        missing = [name for name in ("SECRET_KEY", "JWT_SECRET_KEY") if not getattr(self, name)]
        if missing:
            raise RuntimeError(f"Missing required settings in production: {', '.join(missing)}")
        if len(self.JWT_SECRET_KEY.encode()) < 32:
            raise RuntimeError("JWT_SECRET_KEY must be at least 32 bytes long")


class TestConfig(Config):
    ENV_NAME = "testing"
    TESTING = True
    BCRYPT_ROUNDS = 4
    RATELIMIT_ENABLED = False
    STOCK_ALERT_INTERVAL = 0.1
    SSE_HEARTBEAT_SECONDS = 0.5
    UPLOAD_FOLDER = ""


def config_for_environment():
    if os.environ.get("FLASK_ENV") == "production":
        return ProductionConfig
    return Config
