"""The read-only JSON API (/api/v1/): one serializer per kind of record, filters as on the
public list, cursor pagination, throttling per address in the shared cache."""
