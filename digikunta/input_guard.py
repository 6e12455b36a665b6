"""The one place that refuses input no page of ours can read, before any view sees it.

A NUL byte reaches PostgreSQL as an error, invalid UTF-8 turns into replacement characters, a
charset such as UTF-7 changes how Django decodes even the query string, and a file upload is
spooled to disk although no form of ours takes one. So every request is checked here, once:

- the path, the query string and a form's body (url-encoded, or multipart as Django's test
  client and some scripts send it) must be UTF-8 once percent-decoded, with no control
  character (tab and line breaks are allowed in a form's text);
- the address is at most MAX_URL_BYTES long (below gunicorn's limit_request_line, gunicorn.conf.py);
- a body may declare no charset but UTF-8, and is refused unread when it is larger than
  DATA_UPLOAD_MAX_MEMORY_SIZE (413): a file upload too, which no form takes (Django refuses
  any file in a smaller body, see DATA_UPLOAD_MAX_NUMBER_FILES in settings.py).

A refused request gets the 400 page (digikunta/errors.py) in the language of its URL. What it
contained is never logged. WSGI servers hand the query string to Django as latin-1 text, byte
for byte, which is how its raw bytes are read back here.
"""

import logging
import re
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.handlers.wsgi import get_bytes_from_wsgi
from django.http.multipartparser import parse_header_parameters

from digikunta import errors

logger = logging.getLogger(__name__)

# Below gunicorn's limit_request_line (8190), so that this page, not gunicorn's bare 414, answers.
MAX_URL_BYTES = 4094
# Control characters: C0 (but tab, line feed and carriage return, which a textarea sends), DEL
# and C1.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Django turns bytes of the path that are not UTF-8 back into %XX (the server had decoded them);
# no address of ours has a per cent sign either.
_REPERCENTED = re.compile(r"%[0-9A-Fa-f]{2}")
_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"
_UTF8 = {"utf-8", "utf8"}


class Refused(Exception):
    def __init__(self, reason: str, status: int = 400):
        super().__init__(reason)
        self.reason = reason
        self.status = status


class InputGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            check_request(request)
        except Refused as refused:
            logger.warning("Refused a request: %s", refused.reason)
            return errors.bad_request(request, status=refused.status)
        return self.get_response(request)


def check_request(request) -> None:
    """Raise Refused, with the reason, for a request that no page of ours can read."""
    path = request.path_info
    query = get_bytes_from_wsgi(request.META, "QUERY_STRING", "")
    if len(path.encode()) + len(query) > MAX_URL_BYTES:
        raise Refused("the address is too long")
    if _REPERCENTED.search(path):
        raise Refused("the path is not UTF-8")
    if _CONTROL.search(path):
        raise Refused("the path has a control character")
    _check_text(_percent_decoded(query), "the query string")
    _check_body(request)


def _check_body(request) -> None:
    content_type, parameters = parse_header_parameters(request.META.get("CONTENT_TYPE", ""))
    charset = parameters.get("charset", "utf-8").strip().lower()
    if charset not in _UTF8:
        raise Refused("a charset other than UTF-8")
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise Refused("a malformed Content-Length") from None
    if length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
        raise Refused("a body larger than DATA_UPLOAD_MAX_MEMORY_SIZE", status=413)
    if content_type == _FORM and length:
        _check_text(_percent_decoded(request.body), "the form")
    elif content_type == _MULTIPART and length:
        # The values are raw in the body, between boundaries and part headers in ASCII. A file
        # in it is refused by Django itself (DATA_UPLOAD_MAX_NUMBER_FILES = 0).
        _check_text(request.body, "the form")


def _percent_decoded(raw: bytes) -> bytes:
    return unquote_to_bytes(raw.replace(b"+", b" "))


def _check_text(raw: bytes, where: str) -> None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(f"{where} is not UTF-8") from None
    if _CONTROL.search(text):
        raise Refused(f"{where} has a control character")
