"""Loaded by pytest before Django (see addopts in pyproject.toml): the test run's environment.

Only variables that are unset get a value here, so CI's DATABASE_URL wins.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("STATIC_MANIFEST", "false")
os.environ.setdefault("SECURE_COOKIES", "false")
os.environ.setdefault("COORDINATOR_EMAILS", "koordinaattori@vm.example")
