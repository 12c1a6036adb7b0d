# DentalTech Pro — the two commands: `make run` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

PYTHON ?= python3
PORT ?= 5000
VENV := .venv
API := dental-api
WEB := dental-website
FLASK := cd $(API) && ../$(VENV)/bin/flask --app wsgi
HAS_WEB := $(wildcard $(WEB)/package.json)

.PHONY: run test lint lint-api test-api test-api-postgres lint-web test-web build-web e2e chromium

# ---- dependencies ---------------------------------------------------------------------------

$(VENV)/.installed: $(API)/requirements.txt $(API)/requirements-dev.txt
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r $(API)/requirements-dev.txt
	touch $@

$(WEB)/node_modules/.installed: $(WEB)/package.json $(WEB)/package-lock.json
	cd $(WEB) && npm ci --no-audit --no-fund
	touch $@

chromium:
	command -v chromium >/dev/null || { apt-get update && apt-get install -y --no-install-recommends chromium; }

# ---- make run: the whole site on one port ---------------------------------------------------

run: $(VENV)/.installed $(if $(HAS_WEB),build-web)
	$(FLASK) db upgrade
	$(FLASK) seed
	@echo "DentalTech Pro: http://localhost:$(PORT)  (API docs: http://localhost:$(PORT)/api/docs)"
	$(FLASK) run --host 0.0.0.0 --port $(PORT) --with-threads

build-web: $(WEB)/node_modules/.installed
	cd $(WEB) && npm run build

# ---- make test: every suite -----------------------------------------------------------------

test: lint test-api $(if $(HAS_WEB),test-web) test-infra

lint: lint-api $(if $(HAS_WEB),lint-web)

lint-api: $(VENV)/.installed
	$(VENV)/bin/flake8 $(API)
	$(VENV)/bin/flake8 --config $(API)/.flake8 bench soak infra/tests

test-api: $(VENV)/.installed
	cd $(API) && env -u TEST_DATABASE_URL ../$(VENV)/bin/python -m pytest -q
	$(if $(TEST_DATABASE_URL),$(MAKE) test-api-postgres,@echo "TEST_DATABASE_URL unset: PostgreSQL run skipped")

test-api-postgres: $(VENV)/.installed
	cd $(API) && TEST_DATABASE_URL=$(TEST_DATABASE_URL) ../$(VENV)/bin/python -m pytest -q

lint-web: $(WEB)/node_modules/.installed
	cd $(WEB) && npm run lint

test-web: $(WEB)/node_modules/.installed chromium
	cd $(WEB) && npm test
	cd $(WEB) && npm run build
	cd $(WEB) && PYTHON_VENV=$(abspath $(VENV)) npm run e2e

include infra/checks.mk
include soak/soak.mk
include bench/bench.mk
