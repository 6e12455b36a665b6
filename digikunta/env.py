"""Reading settings from the environment.

Every reader fails with ImproperlyConfigured naming the variable, so a typo in a deployment
stops start-up instead of silently running with a default.
"""

import os
import re
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import validate_email

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _raw(name: str) -> str | None:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return None
    return value.strip()


def env_str(name: str, default: str | None = None) -> str | None:
    value = _raw(name)
    return default if value is None else value


def env_bool(name: str, default: bool) -> bool:
    value = _raw(name)
    if value is None:
        return default
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of true/false, yes/no, on/off or 1/0; got {value!r}."
    )


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    value = _raw(name)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {value!r}.") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}; got {number}.")
    return number


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = _raw(name)
    if value is None:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def env_emails(name: str) -> list[str]:
    addresses = env_list(name)
    for address in addresses:
        try:
            validate_email(address)
        except ValidationError:
            raise ImproperlyConfigured(
                f"{name} must be a comma-separated list of e-mail addresses; "
                f"{address!r} is not one."
            ) from None
    return addresses


def env_origins(name: str) -> list[str]:
    origins = env_list(name)
    for origin in origins:
        if not origin.startswith(("http://", "https://")):
            raise ImproperlyConfigured(
                f"{name} must list origins with their scheme, such as https://digikunta.fi; "
                f"got {origin!r}."
            )
    return origins


def env_database(name: str, *, sqlite_path: str) -> dict:
    value = _raw(name)
    if value is None:
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": sqlite_path}
    try:
        config = dj_database_url.parse(value, conn_max_age=60, conn_health_checks=True)
    except (ValueError, KeyError) as error:
        raise ImproperlyConfigured(
            f"{name} is not a database URL that Django understands "
            f"(for example postgres://user@127.0.0.1:5432/digikunta): {error}"
        ) from None
    if not config.get("ENGINE") or not config.get("NAME"):
        raise ImproperlyConfigured(f"{name} must name a database, such as .../digikunta.")
    return config


_REDIS_SCHEMES = {"redis", "rediss", "unix"}


def env_cache(name: str) -> dict:
    """The default cache: Redis at this URL, shared by every process (production), or each
    process's own memory when the variable is unset (development, tests).

    The messages never repeat the URL, which may hold a password."""
    value = _raw(name)
    if value is None:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    example = "such as redis://127.0.0.1:6379/0"
    try:
        url = urlsplit(value)
        url.port  # noqa: B018 (reading the port checks that it is a number)
    except ValueError:
        raise ImproperlyConfigured(f"{name} is not a Redis URL, {example}.") from None
    if url.scheme not in _REDIS_SCHEMES:
        raise ImproperlyConfigured(
            f"{name} must start with redis://, rediss:// or unix://, {example}."
        )
    if url.scheme != "unix" and not url.hostname:
        raise ImproperlyConfigured(f"{name} must name the Redis host, {example}.")
    database = url.path.strip("/") if url.scheme != "unix" else ""
    if database and not database.isdigit():
        raise ImproperlyConfigured(f"{name} must end with a database number, {example}.")
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": value,
        # A Redis that stops answering slows a request by a second at most, never hangs it.
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }


# As django-ratelimit reads a rate: a number of requests per period (s, m, h or d), such as
# 10/h, or 100/15m for a period of fifteen minutes.
_RATE = re.compile(r"[1-9]\d*/\d*[smhd]")


def env_rate(name: str, default: str) -> str:
    value = _raw(name)
    if value is None:
        return default
    if not _RATE.fullmatch(value):
        raise ImproperlyConfigured(
            f"{name} must be a number of requests per period, such as 10/h (s, m, h or d); "
            f"got {value!r}."
        )
    return value
