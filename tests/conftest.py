import pytest
from django.core.cache import cache

from registrations.public import facet_index


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts without the facet index or the cached searches of another test."""
    facet_index.forget()
    cache.clear()
    yield
    facet_index.forget()
    cache.clear()
