"""For developers, never for production: building the region map's stored paths."""
