"""The site's settings for the benchmark's gunicorn workers, with Django's RedisCache when
BENCH_REDIS_URL is set, so that the two workers and the publishing process share one cache as
production's do (the site's own shared-cache setting, REDIS_URL, belongs to digikunta/settings.py;
this only stands in for it where that is not set)."""

import os

from digikunta.settings import *  # noqa: F403

if os.environ.get("BENCH_REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["BENCH_REDIS_URL"],
        }
    }
