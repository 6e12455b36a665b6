"""Which models of the network keep an audit history (see digikunta/audit.py)."""

from digikunta.audit import track
from network.models import NetworkGroup, Organisation, Programme, Topic

track(Organisation)
track(Topic)
track(Programme)
track(NetworkGroup)
