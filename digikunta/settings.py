"""Settings for Digikunta, all read from the environment (see README, "Environment").

A missing or malformed value stops start-up with a message that names the variable. One file,
over 400 lines on purpose: every setting of the site, and what each comes from, in one place to
read (the house rule, as in healthchecks); the reading and checking itself is in env.py.
"""

from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from dotenv import load_dotenv

from digikunta.env import (
    env_bool,
    env_cache,
    env_database,
    env_emails,
    env_int,
    env_list,
    env_origins,
    env_rate,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent.parent

# A developer's own defaults (make install writes DEBUG=true there); the real environment wins,
# and a production server has no such file.
load_dotenv(BASE_DIR / ".env", override=False)

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is required when DEBUG is off. Set SECRET_KEY to a long random string."
        )
    SECRET_KEY = "insecure-key-for-local-development-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_origins("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin so that its fields reach the admin forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "crispy_forms",
    "crispy_bootstrap5",
    "csp",
    "bootstrap",
    "simple_history",
    # Its system checks warn of a cache that cannot count (see SILENCED_SYSTEM_CHECKS below).
    "django_ratelimit",
    "axes",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "network",
    "registrations",
]

MIDDLEWARE = [
    # Outermost: every answer, errors included, gets its request id and its log line.
    "digikunta.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Before anything reads the request: input no page can read gets the 400 page.
    "digikunta.input_guard.InputGuardMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # After CSRF: it must see whether a page carries a token (see digikunta/compression.py).
    "digikunta.compression.PublicGZipMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Tells the audit history who is signed in (see digikunta/audit.py).
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Turns a limit that was hit (django_ratelimit's Ratelimited) into RATELIMIT_VIEW's page.
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Last, as django-axes asks: it answers a locked-out login with AXES_LOCKOUT_CALLABLE.
    "axes.middleware.AxesMiddleware",
]

# Request limits. The largest form (a registration edited in the admin, both languages, every
# text at its longest and percent-encoded) is about half a megabyte. No form takes a file: the
# input guard refuses multipart bodies, and Django would refuse any file too. gunicorn's limits
# on the request line and headers are in gunicorn.conf.py.
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
DATA_UPLOAD_MAX_NUMBER_FILES = 0
FILE_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024

ROOT_URLCONF = "digikunta.urls"
WSGI_APPLICATION = "digikunta.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "digikunta.layout.site",
            ],
            # Available in every template without {% load %}: |euros, and the admin's counts.
            "builtins": ["digikunta.formats", "digikunta.admin_language"],
        },
    },
]

DATABASES = {"default": env_database("DATABASE_URL", sqlite_path=str(BASE_DIR / "db.sqlite3"))}
# A read replica for the public pages (see digikunta/routers.py); in tests, the same database.
if env_str("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = env_database("DATABASE_REPLICA_URL", sqlite_path="")
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["digikunta.routers.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first, so that a locked-out login is refused before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Finnish is the default, Swedish has the same standing. Each language is named in
# itself, because the switcher offers the other language to a reader who speaks it.
LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", "suomi"), ("sv", "svenska")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Helsinki"

MODELTRANSLATION_DEFAULT_LANGUAGE = "fi"
MODELTRANSLATION_LANGUAGES = ("fi", "sv")
# Finnish and Swedish fall back on each other, so a page never shows an empty name or title.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("fi", "sv"), "fi": ("sv",), "sv": ("fi",)}
# The tabbed admin would load jQuery UI from Google; we serve our own copy instead.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Where manage.py export_open_data writes the bulk downloads (and the site serves them from):
# with several machines, a volume they share.
OPEN_DATA_ROOT = env_str("OPEN_DATA_ROOT", str(BASE_DIR / "var" / "open-data"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# E-mail: printed to the console unless an SMTP server is configured.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20, minimum=1)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on.")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Digikunta <digikunta@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
COORDINATOR_EMAILS = env_emails("COORDINATOR_EMAILS")
# The site's own address, for links in e-mail.
SITE_URL = env_origins("SITE_URL") or ["http://127.0.0.1:8000"]
SITE_URL = SITE_URL[0].rstrip("/")
# The outbox (registrations.services.outbox, run by manage.py send_mail): a message that fails
# is tried again after EMAIL_RETRY_SECONDS, then twice that, four times… and after
# EMAIL_MAX_ATTEMPTS tries it stays failed, for a coordinator to send again from the admin.
EMAIL_MAX_ATTEMPTS = env_int("EMAIL_MAX_ATTEMPTS", 8, minimum=1)
EMAIL_RETRY_SECONDS = env_int("EMAIL_RETRY_SECONDS", 60, minimum=1)
# How long the private link to a registration works, in days.
REGISTRATION_LINK_DAYS = env_int("REGISTRATION_LINK_DAYS", 90, minimum=1)
# How long after the end of an accepted experiment its private links still work, in days, so
# that the participant can write the final report (registrations.services.links).
REPORTING_PERIOD_DAYS = env_int("REPORTING_PERIOD_DAYS", 365, minimum=1)
# The public address shown on the about page.
CONTACT_EMAIL = (env_emails("CONTACT_EMAIL") or [""])[0]


# Behind a TLS-terminating proxy in production; off for local development and tests over http.
SECURE_COOKIES = env_bool("SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# A load balancer may ask for its health over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if env_bool("TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): everything from our own origin, nothing inline. Our
# templates and the admin's (Django's and modeltranslation's) have no inline script or style;
# the browser tests fail on any violation. img-src allows data: for Bootstrap's icons in CSS.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}
# Permissions-Policy: none of the browser's powerful features is used by any page.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
}

LOGIN_URL = "admin:login"
# A form refused for its missing or stale security token, in the page's language.
CSRF_FAILURE_VIEW = "digikunta.errors.csrf_failure"

# The audit history (digikunta/audit.py) is read, never reverted: a change goes through the
# admin's forms or the services, and an old version must not bring back erased personal data.
SIMPLE_HISTORY_REVERT_DISABLED = True
# Seeing a history needs its own permission (the coordinators' group has it), as it holds
# earlier contact details.
SIMPLE_HISTORY_ENFORCE_HISTORY_MODEL_PERMISSIONS = True
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

# The shared cache: Redis when REDIS_URL is set (production: every gunicorn worker and the mail
# worker see the same abuse counts and used form tokens), else each process's own memory.
CACHES = {"default": env_cache("REDIS_URL")}

# The client's address for the abuse limits and the login lockout: REMOTE_ADDR, or behind a
# proxy the header it sets to the client's address (such as X-Real-IP); see digikunta.limits.
CLIENT_IP_HEADER = env_str("CLIENT_IP_HEADER", "")

# Abuse limits (django-ratelimit), counted in the shared cache: requests per period for each
# group, per client address (ip) or per e-mail address the request would write to. A person
# never reaches them; each can be changed with the variable RATELIMIT_<GROUP>, such as
# RATELIMIT_REGISTRATIONS_PER_IP=20/h.
RATE_LIMITS = {
    group: env_rate(f"RATELIMIT_{group.upper()}", default)
    for group, default in {
        "registrations_per_ip": "10/h",
        "registrations_per_address": "10/h",
        "links_per_ip": "10/h",
        "links_per_address": "3/h",
        "suggestions_per_ip": "120/m",
        "api_per_ip": "120/m",
        "signups_per_ip": "20/h",
        "signups_per_address": "5/h",
        "contacts_per_ip": "5/h",
        "contacts_per_experiment": "20/d",
    }.items()
}
RATELIMIT_USE_CACHE = "default"
RATELIMIT_VIEW = "digikunta.limits.too_many_requests"
RATELIMIT_IP_META_KEY = "digikunta.limits.client_ip"
SILENCED_SYSTEM_CHECKS = [
    # django-ratelimit knows only django-redis by name; Django's own RedisCache counts as
    # atomically (SET NX and INCR).
    "django_ratelimit.W001",
]
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    # Without REDIS_URL (development, tests) each process counts for itself: right for
    # runserver's one process, not for several gunicorn workers (set REDIS_URL there).
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")

# Admin login lockout (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one username
# from one address, that pair is locked out for the cool-off time (manage.py axes_reset unlocks).
# Attempts are kept in the database, not the cache: a lockout holds across processes and
# restarts with or without Redis, and axes_reset, run in another process, reaches it.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 30, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "digikunta.limits.client_ip"
AXES_LOCKOUT_CALLABLE = "digikunta.limits.login_locked_out"
# No record of every successful login (personal data the site does not need), and no admin
# pages of axes' own, which exist only in English: the commands list and reset attempts.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False

# The open-data API (registrations/opendata/api): read-only, anonymous (no session, so no
# CSRF), JSON only, cursor pages, and a limit per client address counted in the shared cache.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "registrations.opendata.api.pagination.Pages",
    "DEFAULT_THROTTLE_CLASSES": ["registrations.opendata.api.throttling.PerAddress"],
    "DEFAULT_THROTTLE_RATES": {"api": RATE_LIMITS["api_per_ip"]},
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "COERCE_DECIMAL_TO_STRING": True,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Digikunta API",
    "DESCRIPTION": (
        "Avoin data Digikunnan kokeiluista, tuloksista ja verkostosta (CC BY 4.0). "
        "Öppna data om Digikuntas försök, resultat och nätverk (CC BY 4.0)."
    ),
    "VERSION": "1",
    "LICENSE": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    # The documentation page's files come from our own static files, never a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {},
}

LOG_LEVEL = env_str("LOG_LEVEL", "INFO").upper()
if LOG_LEVEL not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
    raise ImproperlyConfigured(
        f"LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL; got {LOG_LEVEL!r}."
    )
# One line per record, with the request id (digikunta/request_log.py): plain text, or JSON lines
# for a log collector.
LOG_FORMAT = env_str("LOG_FORMAT", "plain").lower()
if LOG_FORMAT not in {"plain", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be plain or json; got {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "digikunta.request_log.RequestIdFilter"}},
    "formatters": {
        "plain": {"()": "digikunta.request_log.PlainFormatter"},
        "json": {"()": "digikunta.request_log.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django's own handlers would print its records a second time, in another format.
        "django": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
        # runserver's access lines (with query strings) repeat digikunta.requests' line.
        "django.server": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # django-axes announces itself at every start and logs each admin login: lockouts
        # (warnings) are what an operator needs.
        "axes": {"level": "WARNING"},
    },
}
