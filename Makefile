# Digikunta: the two commands a newcomer needs are `make run` and `make test`.
# The newest Python from 3.13 down to 3.11 that runs here (PYTHON=python3.12 make … picks one).
PYTHON ?= $(firstword $(foreach v,3.13 3.12 3.11,$(shell python$(v) -c '' >/dev/null 2>&1 && echo python$(v))) python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
LOCK := requirements.lock
# Local development runs with DEBUG on unless the environment says otherwise.
DEV_ENV := DEBUG=$${DEBUG:-true}

.PHONY: install lock loadtest schema open-data run test e2e screenshots lint format compilemessages makemessages migrations-check messages-check demo benchmark clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# Exactly the versions in the lock file (checked against its hashes), then the project itself.
$(VENV)/.installed: pyproject.toml $(LOCK) | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

## lock: after a change to the dependencies in pyproject.toml, pin them all again, with their
## hashes, in requirements.lock (for Python 3.11; versions already pinned are kept if they fit)
lock: $(VENV)/.installed
	$(PY) -m uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
		--custom-compile-command "make lock" --quiet --output-file $(LOCK)

## install: create .venv, install, compile messages, migrate and load the reference data (idempotent)
install: $(VENV)/.installed compilemessages .env
	$(DEV_ENV) $(PY) manage.py migrate --no-input
	$(DEV_ENV) $(PY) manage.py load_reference_data

# Local defaults for manage.py run by hand (the environment wins; see digikunta/settings.py).
.env:
	printf '# Local development only: never on a server.\nDEBUG=true\n' > .env

## run: set up, add the demo content and serve on http://127.0.0.1:$(PORT)/, with the mail
## worker beside the server (the e-mail it sends is printed here too); Ctrl-C stops both
# The links in e-mail lead to this server, whatever PORT it runs on.
RUN_ENV := $(DEV_ENV) SITE_URL=$${SITE_URL:-http://127.0.0.1:$(PORT)}
run: install
	$(RUN_ENV) $(PY) manage.py seed_demo
	$(RUN_ENV) $(PY) manage.py send_mail & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(RUN_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

## test: set up, then run the whole test suite (against DATABASE_URL when it is set); the browser
## tests in tests/e2e need Debian's chromium, and are skipped, with the reason, without it
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
test: install
	@if [ -x "$(CHROMIUM)" ]; then echo "Browser tests (tests/e2e) run in $(CHROMIUM)."; \
	else echo "Browser tests (tests/e2e) are SKIPPED: $(CHROMIUM) is missing (apt-get install chromium); with CI=true they fail instead."; fi
	$(PY) -m pytest -rs

## e2e: only the browser tests: the four journeys, accessibility (axe-core) and languages
e2e: install
	$(PY) -m pytest -rs tests/e2e

## screenshots: save the key pages at desktop and phone widths, in both languages, to docs/screenshots/
screenshots: install
	$(PY) -m pytest -q -p no:cacheprovider tests/e2e/screenshots.py

compilemessages: $(VENV)/.installed
	$(DEV_ENV) $(PY) manage.py compilemessages --ignore=.venv

makemessages: $(VENV)/.installed
	$(DEV_ENV) $(PY) manage.py makemessages --locale=fi --locale=sv --ignore=.venv --ignore=tests --no-obsolete

## messages-check: fail on an untranslated or fuzzy entry in our .po files (django and djangojs)
messages-check:
	@for po in locale/*/LC_MESSAGES/*.po; do \
	  stats=$$(msgfmt --check --statistics -o /dev/null $$po 2>&1) || { echo "$$po: $$stats"; exit 1; }; \
	  case "$$stats" in *untranslated*|*fuzzy*) echo "$$po: $$stats"; exit 1;; esac; \
	  echo "$$po: $$stats"; \
	done

## schema: after a change to the API, write its OpenAPI schema again (a test compares the two)
schema: $(VENV)/.installed
	$(DEV_ENV) $(PY) manage.py spectacular --lang fi --validate --fail-on-warn \
		--file registrations/opendata/api/openapi.yaml

## open-data: write today's open-data files (CSV and JSON Lines ZIPs) to OPEN_DATA_ROOT
open-data: install
	$(DEV_ENV) $(PY) manage.py export_open_data

## migrations-check: fail when a model change has no migration
migrations-check: $(VENV)/.installed
	$(DEV_ENV) $(PY) manage.py makemigrations --check --dry-run

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## benchmark: time the public pages with 10,000 and 100,000 experiments, over HTTP to gunicorn
## (PostgreSQL; BENCH_REDIS_URL, if set, gives the workers a shared Redis cache; BENCH_ARGS, say
## "--sizes 100000", is passed on to manage.py benchmark)
BENCH_ARGS ?=
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/digikunta_bench
benchmark: install
	psql "$(BENCH_DATABASE_URL)" -c "select 1" >/dev/null 2>&1 || createdb -h 127.0.0.1 -U postgres "$$(basename "$(BENCH_DATABASE_URL)")"
	DATABASE_URL=$(BENCH_DATABASE_URL) $(DEV_ENV) $(PY) manage.py migrate --no-input
	DATABASE_URL=$(BENCH_DATABASE_URL) $(DEV_ENV) $(PY) manage.py load_reference_data
	DATABASE_URL=$(BENCH_DATABASE_URL) DEBUG=false SECRET_KEY=benchmark STATIC_MANIFEST=false \
		$(PY) manage.py benchmark $(BENCH_ARGS)

## loadtest: 200 people register at once through the real form (every other one clicking send
## twice) on gunicorn with 4 workers, the mail worker and Redis, all on 127.0.0.1 (PostgreSQL)
LOAD_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/digikunta_load
loadtest: install
	psql "$(LOAD_DATABASE_URL)" -c "select 1" >/dev/null 2>&1 || createdb -h 127.0.0.1 -U postgres digikunta_load
	DATABASE_URL=$(LOAD_DATABASE_URL) $(DEV_ENV) $(PY) manage.py migrate --no-input
	DATABASE_URL=$(LOAD_DATABASE_URL) $(DEV_ENV) $(PY) manage.py load_reference_data
	DATABASE_URL=$(LOAD_DATABASE_URL) $(DEV_ENV) $(PY) manage.py loadtest

demo: install
	$(DEV_ENV) $(PY) manage.py seed_demo

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
