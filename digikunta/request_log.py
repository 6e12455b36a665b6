"""Logs as one line per record: the time (ISO 8601, UTC), the level, the logger, the request id
and the message; a request adds its own line with the method, the path, the status and the
duration in milliseconds. JSON lines when LOG_FORMAT=json, plain text otherwise.

The request id is the X-Request-ID header of the proxy in front (only letters, digits, dots,
dashes and underscores kept, at most 64), or a new one; the response carries it back.

No personal data: the path is logged without its query string, a private link's token is
masked in every line (/fi/oma-ilmoittautuminen/***/), and so is anything that looks like an
e-mail address (an SMTP error names its recipient); form bodies are never logged. A traceback
stays on the record's line, its line breaks written as \\n.

The standard library's logging does all of this with a filter and two small formatters; a
library (python-json-logger, django-log-request-id) would add two dependencies for less.
"""

import contextvars
import json
import logging
import re
import time
import uuid
from datetime import UTC, datetime

from django.core.signals import request_finished

logger = logging.getLogger("digikunta.requests")

_request_id = contextvars.ContextVar("request_id", default="-")

# The private link's pages (registrations:private and the pages under it), in each language;
# tests/digikunta/test_request_log.py checks them against the URLconf.
PRIVATE_PATH_PREFIXES = ("/fi/oma-ilmoittautuminen/", "/sv/min-anmalan/")
_TOKEN = re.compile(
    "(" + "|".join(re.escape(prefix) for prefix in PRIVATE_PATH_PREFIXES) + r")[^/\s?#\"']+"
)
# Bounded as an address's parts are, so that a long line without one is read in linear time.
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_NOT_IN_AN_ID = re.compile(r"[^A-Za-z0-9._-]")
# Set on the request's own line only.
REQUEST_FIELDS = ("method", "path", "status", "duration_ms")


def mask(text: str) -> str:
    """The text with private-link tokens and e-mail addresses replaced by ***."""
    text = _TOKEN.sub(r"\1***", text)
    return _EMAIL.sub("***@***", text) if "@" in text else text


def current_request_id() -> str:
    return _request_id.get()


class RequestLogMiddleware:
    """The outermost middleware: gives each request its id and logs it when answered."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = _NOT_IN_AN_ID.sub("", request.META.get("HTTP_X_REQUEST_ID", ""))[:64]
        request_id = given or uuid.uuid4().hex
        request.request_id = request_id
        # Kept until the request is finished (below): Django logs a 4xx answer ("Not Found")
        # after the middleware has returned it.
        _request_id.set(request_id)
        started = time.perf_counter()
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        response["X-Request-ID"] = request_id
        logger.info(
            "%s %s %s %s ms",
            request.method,
            request.path,
            response.status_code,
            duration_ms,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": duration_ms,
            },
        )
        return response


def _forget_request_id(**kwargs):
    _request_id.set("-")


request_finished.connect(_forget_request_id, dispatch_uid="digikunta.request_log")


class RequestIdFilter(logging.Filter):
    """Puts the request id (or "-" outside a request) on every record, for the formatters."""

    def filter(self, record):
        record.request_id = _request_id.get()
        return True


def _time(record) -> str:
    return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")


class PlainFormatter(logging.Formatter):
    def format(self, record):
        line = (
            f"{_time(record)} {record.levelname} {record.name} "
            f"[{getattr(record, 'request_id', '-')}] {record.getMessage()}"
        )
        if record.exc_info:
            line += " " + self.formatException(record.exc_info)
        return mask(line).replace("\r", "\\r").replace("\n", "\\n")


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": _time(record),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "message": mask(record.getMessage()),
        }
        for name in REQUEST_FIELDS:
            if hasattr(record, name):
                value = getattr(record, name)
                entry[name] = mask(value) if isinstance(value, str) else value
        if record.exc_info:
            entry["exception"] = mask(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)
