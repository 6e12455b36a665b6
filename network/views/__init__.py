"""The directory's public pages: places (municipalities, regions) and topics."""
