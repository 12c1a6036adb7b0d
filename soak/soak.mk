# The soak run: minute-long reliability checks. Included by the top-level Makefile:
#
#   include soak/soak.mk
#
#   make soak   flake8 on soak/, then
#               1. the stock state machine (dental-api/tests/test_stock_state_machine.py) at full size,
#                  200 examples x 50 steps, on SQLite and PostgreSQL at once;
#               2. soak/test_*.py against the production-like loopback stack (nginx + gunicorn +
#                  PostgreSQL + Redis db 11): 10 rounds of 200 simultaneous checkouts, PostgreSQL
#                  restarted under traffic, a worker killed, the limiter's Redis gone, 1,000 stream
#                  connections, a 2-minute idle stream, a demotion, a backend restart.
#
# It restarts the machine's PostgreSQL once (a few seconds): do not run it next to other work on
# that server. Databases: soak_machine, soak_concurrency, soak_faults, soak_redis, soak_sse.

SOAK_PG ?= postgresql://postgres@127.0.0.1:5432
SOAK_PYTEST_ARGS ?=

.PHONY: soak soak-lint soak-state-machine soak-stack

soak: soak-lint soak-state-machine soak-stack

soak-lint: $(VENV)/.installed
	$(VENV)/bin/flake8 soak

soak-state-machine: $(VENV)/.installed infra-postgres
	PGOPTIONS="-c client_min_messages=warning" psql -X -q "$(SOAK_PG)/postgres" \
	  -c "DROP DATABASE IF EXISTS soak_machine" -c "CREATE DATABASE soak_machine"
	cd $(API) && export STOCK_MACHINE_PROFILE=soak && \
	  { env -u TEST_DATABASE_URL ../$(VENV)/bin/python -m pytest -q tests/test_stock_state_machine.py & sqlite=$$!; \
	    TEST_DATABASE_URL=$(SOAK_PG)/soak_machine ../$(VENV)/bin/python -m pytest -q tests/test_stock_state_machine.py; \
	    wait $$sqlite; }

soak-stack: infra-tools infra-postgres
	command -v redis-server >/dev/null || apt-get install -y --no-install-recommends redis-server
	VENV_BIN=$(abspath $(VENV))/bin $(VENV)/bin/python -m pytest -c soak/pytest.ini soak -s $(SOAK_PYTEST_ARGS)
