"""For developers, never for production: the demo content (as data) and the benchmark."""
