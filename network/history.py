"""Which models of the network keep an audit history (see digikunta/audit.py)."""

from digikunta.audit import track
from network.models import Event, EventMaterial, NetworkGroup, Organisation, Programme, Topic

track(Organisation)
track(Topic)
track(Programme)
track(NetworkGroup)
track(Event, m2m=["topics"])
track(EventMaterial)
