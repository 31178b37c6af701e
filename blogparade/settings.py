"""The one settings module. Everything comes from ``BLOGPARADE_*`` variables (see
``.env.example`` and the README); the defaults run on a laptop with SQLite."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from blogparade.env import (
    env_base_url,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_str,
)

PACKAGE_DIR = Path(__file__).resolve().parent

# Running under pytest: cheap hashing, inline tasks and no rate limits unless a test asks.
TESTING = "pytest" in sys.modules

DATA_DIR = Path(env_str("BLOGPARADE_DATA_DIR", "data")).expanduser().resolve()
DEMO = env_bool("BLOGPARADE_DEMO", False)
DEBUG = env_bool("BLOGPARADE_DEBUG", False)

BASE_URL = env_base_url("BLOGPARADE_BASE_URL", "http://localhost:8000")
_base = urlsplit(BASE_URL)
BASE_HOST = _base.hostname or "localhost"
HTTPS = _base.scheme == "https"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def _secret_key() -> str:
    configured = env_str("BLOGPARADE_SECRET_KEY")
    if configured:
        if len(configured) < 32:
            raise ImproperlyConfigured("BLOGPARADE_SECRET_KEY must be at least 32 characters long.")
        return configured
    path = DATA_DIR / "secret_key"
    if path.exists():
        return path.read_text().strip()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    # Created readable by its owner only.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


SECRET_KEY = "test-only-secret-key-not-for-any-real-use-0123456789" if TESTING else _secret_key()

ALLOWED_HOSTS = [BASE_HOST, *env_list("BLOGPARADE_ALLOWED_HOSTS")]
if BASE_HOST in LOCAL_HOSTS:
    ALLOWED_HOSTS += ["localhost", "127.0.0.1", "[::1]"]
CSRF_TRUSTED_ORIGINS = [BASE_URL]

# Proxies whose X-Forwarded-For / X-Forwarded-Proto we believe (addresses, comma list).
TRUSTED_PROXIES = env_list("BLOGPARADE_TRUSTED_PROXIES")
if HTTPS:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 0  # left to the operator's proxy; see README
    if TRUSTED_PROXIES:
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    "blogparade.core",
    "blogparade.fetch",
    "blogparade.parades",
    "blogparade.contributions",
    "blogparade.linkbacks",
    "blogparade.comments",
    "blogparade.syndication",
    "blogparade.fediverse",
]

MIDDLEWARE = [
    "blogparade.core.logs.RequestId",
    "blogparade.core.metrics.CountRequests",
    # compresses what is rendered live; cached pages come compressed already (next line)
    "django.middleware.gzip.GZipMiddleware",
    "blogparade.core.pagecache.PageCache",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "blogparade.core.inputs.RejectMalformedInput",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "blogparade.core.middleware.PrivatePagesNoStore",
    "blogparade.core.middleware.ContentSecurityPolicy",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # innermost: a database error in a view becomes 503 with Retry-After, never a 500
    "blogparade.core.errors.DatabaseBusy",
]
CSRF_FAILURE_VIEW = "blogparade.core.errors.csrf_failure"

ROOT_URLCONF = "blogparade.urls"
WSGI_APPLICATION = "blogparade.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "blogparade.core.context_processors.site",
            ],
        },
    }
]

# --- database -------------------------------------------------------------------------------
DATABASE_URL = env_str("BLOGPARADE_DATABASE_URL")
if DATABASE_URL:
    try:
        _db = dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    except ValueError as exc:
        raise ImproperlyConfigured(
            f"BLOGPARADE_DATABASE_URL is not a database URL: {exc}"
        ) from None
else:
    _db = {"ENGINE": "django.db.backends.sqlite3", "NAME": DATA_DIR / "blogparade.sqlite3"}
    if not TESTING:
        # The database file's directory (the secret key, when set in the environment, made none).
        try:
            DATA_DIR.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ImproperlyConfigured(
                f"cannot create the data directory {DATA_DIR}: {exc.strerror or exc}"
            ) from None
if _db["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work side by side (web + worker); writers take the
    # lock up front (IMMEDIATE) and wait for it rather than failing with "database is locked".
    # Transactions that write ask for SQLite's lock every few milliseconds rather than sleep
    # in its busy handler (blogparade.core.sqlite).
    _db["ENGINE"] = "blogparade.core.sqlite"
    _db["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        **_db.get("OPTIONS", {}),
    }
    # Opening a file and running the PRAGMAs per request costs more than a page; each server
    # thread keeps its connection (checked before reuse).
    _db["CONN_MAX_AGE"] = None
    _db["CONN_HEALTH_CHECKS"] = True
    if TESTING:
        # A file, not :memory:, so that a separate worker process can share the test database.
        _db["TEST"] = {
            "NAME": str(Path(tempfile.gettempdir()) / f"blogparade-test-{os.getpid()}.sqlite3")
        }
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
IS_POSTGRES = _db["ENGINE"].startswith("django.db.backends.postgresql")

# --- redis, cache, tasks --------------------------------------------------------------------
REDIS_URL = env_str("BLOGPARADE_REDIS_URL")
# Tests keep the cache in memory even with Redis: tests clear the cache, and clearing a Redis
# cache empties the whole database under parallel test processes (rate limits and the RQ queue
# still run on Redis there).
if REDIS_URL and not TESTING:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "pages",
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # rendered public pages (blogparade.core.pagecache): a few hundred KB each, so a bound
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 200},
        },
    }
# Whole public pages (call, roundup, directory) served from the cache to readers without a
# personal cookie, invalidated exactly on every write (blogparade.core.pagecache).
PAGE_CACHE = env_bool("BLOGPARADE_PAGE_CACHE", True)

TASKS_MODE = env_choice(
    "BLOGPARADE_TASKS", ("db", "immediate", "rq"), "immediate" if TESTING else "db"
)
if TASKS_MODE == "rq" and not REDIS_URL:
    raise ImproperlyConfigured("BLOGPARADE_TASKS=rq needs BLOGPARADE_REDIS_URL.")
TASKS = {
    "default": {
        "BACKEND": {
            "db": "django_tasks_db.DatabaseBackend",
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "rq": "django_tasks_rq.RQBackend",
        }[TASKS_MODE],
        "QUEUES": ["default"],
    }
}
# Days the results of finished tasks are kept (database task backend), then pruned.
TASK_RESULTS_KEEP_DAYS = env_int("BLOGPARADE_TASK_RESULTS_KEEP_DAYS", 7, minimum=1)
# Seconds without a heartbeat (written every 10 s) after which a process is taken for gone and
# the work it held is given back to the others.
WORKER_DEAD_AFTER = env_int("BLOGPARADE_WORKER_DEAD_AFTER", 60, minimum=20)
# Processes of `blogparade worker` (0: one per CPU core): the worker and the copies it starts.
WORKER_PROCESSES = env_int("BLOGPARADE_WORKER_PROCESSES", 0)
# Task threads in each worker process (and in the worker inside `serve`): a verifying task
# mostly waits for the other site.
WORKER_THREADS = env_int("BLOGPARADE_WORKER_THREADS", 16, minimum=1)
if REDIS_URL:
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 300}}

# --- behaviour switches ---------------------------------------------------------------------
# Parades as ActivityPub actors (@slug@host): followed, mentioned and answered from Mastodon
# and the like (blogparade.fediverse); instances (and their subdomains) refused entirely.
FEDIVERSE = env_bool("BLOGPARADE_FEDIVERSE", True)
FEDIVERSE_BLOCKED = [h.lower() for h in env_list("BLOGPARADE_FEDIVERSE_BLOCKED")]
MODERATION = env_bool("BLOGPARADE_MODERATION", True)
RATE_LIMITS = env_bool("BLOGPARADE_RATE_LIMITS", not TESTING)
FETCH_ALLOW_HOSTS = [h.lower().strip("[]") for h in env_list("BLOGPARADE_FETCH_ALLOW_HOSTS")]

# Pingback answers within the request: the source's fetch limits.
PINGBACK_TIMEOUT = 5.0
PINGBACK_MAX_BYTES = 512 * 1024

# --- the safe client's politeness towards other sites ----------------------------------------
# At most this many requests at a time to one host, this many seconds apart.
FETCH_HOST_CONCURRENCY = 2
FETCH_HOST_INTERVAL = 0.2
# Apply that politeness to BLOGPARADE_FETCH_ALLOW_HOSTS too (tests of it only).
FETCH_POLITE_ALLOWED_HOSTS = False

# --- watched feeds and reminders ------------------------------------------------------------
FEEDWATCH_INTERVAL = 3600  # seconds between two reads of a watched feed
FEEDWATCH_MAX_BYTES = 2_000_000
REMINDER_DAYS_BEFORE = 3  # the deadline reminder goes out this many days before

# --- rate limits: the one table ------------------------------------------------------------
# name → [(events, seconds), …]: every rule of a name must hold. Counters live in the
# database, or in Redis when BLOGPARADE_REDIS_URL is set; BLOGPARADE_RATE_LIMITS=off
# switches them all off (tests and benchmarks only).
RATE_LIMIT_RULES: dict[str, list[tuple[int, int]]] = {
    # five comments a minute, thirty an hour from one address
    "comment-ip": [(5, 60), (30, 3600)],
    # a busy thread takes sixty comments a minute, no more
    "comment-thread": [(60, 60)],
    "like-ip": [(60, 60)],
    # live previews of a comment being written: one a second on average
    "preview-ip": [(60, 60), (600, 3600)],
    # the take-part form: ten submissions an hour from one address
    "submit-ip": [(3, 60), (10, 3600)],
    # Linkbacks per address, generous: blogs on shared hosting and WordPress.com share
    # outbound addresses; only a flood is refused (429 / fault 0x31).
    "webmention-ip": [(300, 60), (3000, 3600)],
    "pingback-ip": [(300, 60), (3000, 3600)],
    # Linkbacks per source site and target: over it a linkback is stored and checked a
    # little later, never refused (50 posts published at once all arrive).
    "linkback-site": [(20, 60), (200, 3600)],
    # reply-notification confirmation mails to one address, across all threads
    "notify-email": [(3, 86400)],
    # failed sign-ins (dashboard and admin), counted per account and per address
    "login-account": [(5, 900), (20, 86400)],
    "login-ip": [(20, 900), (100, 86400)],
    # deadline reminders: sign-ups from one address, confirmation mails to one address
    "remind-ip": [(5, 60), (20, 3600)],
    "remind-email": [(5, 86400)],
    # "forgot my password" requests from one address, and mails to one address
    "reset-ip": [(5, 3600)],
    "reset-email": [(3, 86400)],
    # ActivityPub activities from one instance (all its users together)
    "fediverse-instance": [(300, 60), (3000, 3600)],
    # "follow from your account" on a call page: each asks the reader's server once
    "remote-follow-ip": [(10, 60), (60, 3600)],
}
RATE_LIMIT_KEY_PREFIX = "rl"

# --- comments: privacy and third parties (all off or local by default) ----------------------
COMMENTS_IP_TRUNCATE_DAYS = env_int("BLOGPARADE_IP_TRUNCATE_DAYS", 7)
COMMENTS_IP_DELETE_DAYS = env_int("BLOGPARADE_IP_DELETE_DAYS", 30)
COMMENTS_CLOSE_AFTER_DAYS = env_int("BLOGPARADE_COMMENTS_CLOSE_AFTER_DAYS", 30)
COMMENTS_EDIT_WINDOW = 15 * 60  # seconds in which authors may edit or delete their comment
COMMENTS_MAX_DEPTH = 5  # reply nesting
COMMENTS_MAX_LINKS = 3  # more links than this hold a comment for moderation
COMMENTS_MIN_FILL_SECONDS = 3  # a form sent faster than this is a bot's
COMMENTS_DUPLICATE_HOURS = 24  # the same text again within this time is refused
COMMENTS_MODERATION_LINK_DAYS = 7  # signed approve/delete links in the host's mail
COMMENTS_NOTIFY_EMAIL = ""  # operators' address for comments on registered sites' threads
ISSO_CORS_MAX_AGE = 86400
AKISMET_KEY = env_str("BLOGPARADE_AKISMET_KEY")
AKISMET_URL = ""  # "" is Akismet's own; a test points it at a local fake
AKISMET_TIMEOUT = 5.0
GRAVATAR = env_bool("BLOGPARADE_GRAVATAR", False)
GRAVATAR_URL = ""  # "" is Gravatar's own

# --- email ----------------------------------------------------------------------------------
EMAIL_URL = env_str("BLOGPARADE_EMAIL_URL", "console:")


def _email_settings(url: str) -> dict[str, object]:
    parts = urlsplit(url)
    if parts.scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if parts.scheme == "file":
        if not parts.path:
            raise ImproperlyConfigured("BLOGPARADE_EMAIL_URL=file:///dir needs a directory.")
        return {
            "EMAIL_BACKEND": "blogparade.core.mail.OneFilePerMessageBackend",
            "EMAIL_FILE_PATH": unquote(parts.path),
        }
    if parts.scheme in ("smtp", "smtps", "smtp+tls"):
        query = {k: v[-1].lower() for k, v in parse_qs(parts.query).items()}
        try:
            port = parts.port
        except ValueError:
            raise ImproperlyConfigured("BLOGPARADE_EMAIL_URL has an invalid port.") from None
        ssl = parts.scheme == "smtps" or query.get("ssl") in ("1", "true", "yes")
        tls = parts.scheme == "smtp+tls" or query.get("tls") in ("1", "true", "yes")
        if not parts.hostname:
            raise ImproperlyConfigured("BLOGPARADE_EMAIL_URL=smtp://… needs a host.")
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": parts.hostname,
            "EMAIL_PORT": port or (465 if ssl else 587 if tls else 25),
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_SSL": ssl,
            "EMAIL_USE_TLS": tls and not ssl,
            "EMAIL_TIMEOUT": 20,
        }
    raise ImproperlyConfigured(
        "BLOGPARADE_EMAIL_URL must start with console:, smtp://, smtps:// or file:/// — "
        f"got {parts.scheme or url!r}."
    )


_mail_settings = _email_settings(EMAIL_URL)
# Every message goes through the counting backend (mail sent and failed, for /metrics), which
# hands it to the backend BLOGPARADE_EMAIL_URL chose.
MAIL_DELIVERY_BACKEND = _mail_settings.pop("EMAIL_BACKEND")
globals().update(_mail_settings)
EMAIL_BACKEND = "blogparade.core.mail.CountingBackend"
DEFAULT_FROM_EMAIL = env_str("BLOGPARADE_EMAIL_FROM", f"blogparade <noreply@{BASE_HOST}>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- auth -----------------------------------------------------------------------------------
LOGIN_URL = "dashboard:login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "directory"
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# --- i18n -----------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("de", _("German"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = env_str("BLOGPARADE_TIME_ZONE", "Europe/Berlin")
USE_I18N = True
USE_TZ = True

# --- static and uploads ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
WHITENOISE_USE_FINDERS = True  # serve straight from the package; collectstatic is optional
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "uploads"
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# --- logging --------------------------------------------------------------------------------
# /metrics for Prometheus: off unless turned on; with a token, only for "Bearer <token>".
METRICS = env_bool("BLOGPARADE_METRICS", False)
METRICS_TOKEN = env_str("BLOGPARADE_METRICS_TOKEN")
# "text" (one line: time, level, logger, [request id], message) or "json" (one object a line).
LOG_FORMAT = env_choice("BLOGPARADE_LOG_FORMAT", ("text", "json"), "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "blogparade.core.logs.RequestIdFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"},
        "json": {"()": "blogparade.core.logs.JsonFormatter"},
    },
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id"],
            "stream": "ext://sys.stderr",
        }
    },
    "root": {"handlers": ["stderr"], "level": env_str("BLOGPARADE_LOG_LEVEL", "INFO").upper()},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # one INFO line per task start and end drowns everything else; failures still show
        "django_tasks": {"level": "WARNING"},
        "django_tasks_db": {"level": "WARNING"},
    },
}
