"""Database routing: public pages read from a read replica when DATABASE_REPLICA_URL is set;
everything else (writes, the admin, the registrants' private pages, management commands)
uses the primary.

A view marks itself public with digikunta.public.PublicReadMixin, which makes its GET and HEAD
requests read from the replica. A read inside a transaction on the primary stays there: it may
depend on what that transaction wrote. Entries of the shared cache are keyed by the data
version read from the same database as the data, so a replica that lags keys its entries by
the version it has.
"""

from contextvars import ContextVar

from django.db import DEFAULT_DB_ALIAS, connections

REPLICA = "replica"
_public_read: ContextVar[bool] = ContextVar("public_read", default=False)


def reading_public_data(flag: bool = True):
    """Mark what follows, in this thread or task, as a public page's reads; returns the token
    for resetting it."""
    return _public_read.set(flag)


def stop_reading_public_data(token) -> None:
    _public_read.reset(token)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if _public_read.get() and REPLICA in connections.settings and not self.in_transaction():
            return REPLICA
        return DEFAULT_DB_ALIAS

    def in_transaction(self) -> bool:
        """Whether a transaction is open on the primary (its reads may depend on its writes)."""
        return connections[DEFAULT_DB_ALIAS].in_atomic_block

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The replica holds the same data as the primary.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS
