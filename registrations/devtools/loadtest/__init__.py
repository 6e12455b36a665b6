"""The load and abuse test of registering (`make loadtest`): people over HTTP (client.py)
against gunicorn and the mail worker on 127.0.0.1 (site.py)."""
