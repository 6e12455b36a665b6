"""Which models of the network keep an audit history (see digikunta/audit.py)."""

from digikunta.audit import track
from network.models import Organisation, Topic

track(Organisation)
track(Topic)
