# Two commands for a newcomer: `make run` and `make test`. Both need only Python 3.11+ and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements/dev.lock | cksum | cut -d' ' -f1)
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup install assets migrate seed run test lint typecheck check bench lock clean

setup: install assets migrate seed

install: $(STAMP)

$(STAMP): requirements/dev.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/dev.lock
	rm -f $(VENV)/.installed-*
	touch $@

# Optional: front-end libraries from the npm registry (htmx, TimelineJS), copied into
# static/vendor/ so the app serves them itself. Without npm the pages work without them.
VENDOR := static/vendor
assets:
	@if ! command -v npm >/dev/null 2>&1; then \
		echo "npm not found: skipping htmx and TimelineJS (the pages work without them)"; \
	elif ! npm ci --no-audit --no-fund --silent; then \
		echo "npm ci failed: skipping htmx and TimelineJS (the pages work without them)"; \
	else \
		rm -rf $(VENDOR) && mkdir -p $(VENDOR)/htmx $(VENDOR)/timelinejs && \
		cp node_modules/htmx.org/dist/htmx.min.js node_modules/htmx.org/LICENSE $(VENDOR)/htmx/ && \
		cp node_modules/@knight-lab/timelinejs/LICENSE $(VENDOR)/timelinejs/ && \
		cp -R node_modules/@knight-lab/timelinejs/dist/js node_modules/@knight-lab/timelinejs/dist/css $(VENDOR)/timelinejs/ && \
		rm -f $(VENDOR)/timelinejs/js/*.map $(VENDOR)/timelinejs/css/*.map && \
		echo "front-end libraries copied to $(VENDOR)/"; \
	fi

migrate: install
	$(MANAGE) migrate --noinput

seed: migrate
	$(MANAGE) loadseeds

run: setup
	$(MANAGE) ensure_superuser
	$(MANAGE) runserver $(HOST):$(PORT)

test: setup
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy .

check: lint typecheck
	$(MANAGE) makemigrations --check --dry-run

bench: setup
	$(BIN)/python -m bench

# Re-pin requirements/*.lock from the ranges in pyproject.toml (needs network access to PyPI).
lock:
	$(PYTHON) -m pip install --quiet --user uv
	cd requirements && $(PYTHON) -m uv pip compile ../pyproject.toml --python-version 3.11 --generate-hashes -o base.lock
	cd requirements && $(PYTHON) -m uv pip compile ../pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o dev.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
