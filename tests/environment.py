"""Loaded by pytest before Django (see addopts in pyproject.toml): the test run's environment.

Only variables that are unset get a value here, so CI's DATABASE_URL wins.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("STATIC_MANIFEST", "false")
os.environ.setdefault("SECURE_COOKIES", "false")
os.environ.setdefault("COORDINATOR_EMAILS", "koordinaattori@vm.example")
# Public pages read from a replica when there is one: in tests, a second alias of the same
# PostgreSQL database (a test mirror), so that the routing is exercised (tests/digikunta/
# test_replicas.py). SQLite's in-memory test database cannot be mirrored.
if os.environ.get("DATABASE_URL", "").startswith("postgres"):
    os.environ.setdefault("DATABASE_REPLICA_URL", os.environ["DATABASE_URL"])
