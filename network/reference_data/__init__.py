"""Statistics Finland's regions and municipalities (CSV), their boundaries (geo/) and the
loader that keeps the database in step with them (loader.py)."""
