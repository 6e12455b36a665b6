"""gunicorn's settings for Digikunta: `gunicorn -c gunicorn.conf.py digikunta.wsgi` (README,
"Production"). The address and the number of workers are given on the command line."""

# Limits on what a client may send before Django sees it. The request line (method, address,
# protocol) at gunicorn's largest, above digikunta/input_guard.py's MAX_URL_BYTES, so that an
# address too long for the site gets the guard's 400 page in the page's language, and only an
# absurd one gunicorn's bare 414; at most 50 headers of 8 KiB each. The body's limit is
# Django's DATA_UPLOAD_MAX_MEMORY_SIZE (digikunta/settings.py), which the input guard applies
# before reading.
limit_request_line = 8190
limit_request_fields = 50
limit_request_field_size = 8190

# A request that takes longer is stuck; the worker is restarted.
timeout = 30

# No access log: Django writes one line per request (digikunta/request_log.py), with the request
# id and without query strings or private links, which gunicorn's access log would show.
accesslog = None
errorlog = "-"

# The site is loaded once, in the master, before the workers are forked: they share its memory
# (copy-on-write) and start at once. A new release then needs a restart, not a HUP.
preload_app = True


def pre_fork(server, worker):
    """Everything loaded so far lives as long as the process: freezing it keeps the garbage
    collector from walking (and so copying) those objects in every worker, and keeps its full
    collections, which pause a request, short."""
    import gc

    gc.freeze()
