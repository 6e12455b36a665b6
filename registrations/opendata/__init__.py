"""Open data: what the public may see, for machines, under CC BY 4.0.

api/        the read-only JSON API at /api/v1/ (Django REST framework), its OpenAPI schema
licence.py  the licence and the attribution every distribution carries
Every record here is read through the same public() querysets and search as the HTML pages,
so nothing personal can reach it.
"""
