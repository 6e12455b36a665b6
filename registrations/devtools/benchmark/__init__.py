"""The benchmark behind `manage.py benchmark`: seed.py adds experiments spread as in life,
measure.py times the public pages, report.py writes the table into docs/benchmarks.md."""
