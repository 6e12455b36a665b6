import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts without the shared cache entries of another test."""
    cache.clear()
    yield
    cache.clear()
