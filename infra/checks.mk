# Infrastructure checks and backups. Included by the top-level Makefile:
#
#   include infra/checks.mk
#
# (it uses the Makefile's $(VENV)/.installed rule; standalone: make -f Makefile -f infra/checks.mk test-infra)
#
#   make test-infra   compose file (schema + structure + no secrets), hadolint on both Dockerfiles,
#                     shellcheck on every script in infra/, workflows (schema, zizmor, shellcheck of
#                     their run: steps), deploy.sh with docker/git/certbot stubbed, backup and
#                     restore against PostgreSQL, and the production-like loopback run (Debian's
#                     nginx + gunicorn + PostgreSQL). Installs what it needs when missing: Debian's
#                     nginx (and openssl, curl, PostgreSQL client) with apt, the pinned tools of
#                     infra/requirements.txt with pip into $(VENV).
#   make backup       infra/backup.sh: pg_dump -Fc of the compose stack's database + the uploads,
#                     with rotation (BACKUP_DIR, BACKUP_KEEP; see the script).
#
# The checks use the machine's PostgreSQL (INFRA_PG_HOST/INFRA_PG_PORT/INFRA_PG_USER, default
# postgres@127.0.0.1:5432, databases infra_check, infra_backup_src, infra_backup_dst) and Redis
# (INFRA_REDIS_URL, default redis://127.0.0.1:6379/15; without Redis the limiter uses memory://).

VENV ?= .venv
INFRA_PYTEST_ARGS ?=

.PHONY: test-infra infra-tools infra-postgres backup

infra-tools: $(VENV)/.installed
	bash infra/tests/install-tools.sh $(VENV)

# Start the machine's PostgreSQL when it is local and down (as .ci/run does).
infra-postgres:
	@host=$${INFRA_PG_HOST:-127.0.0.1}; \
	if ! pg_isready -q -h "$$host" -p "$${INFRA_PG_PORT:-5432}"; then \
	  if [ "$$host" = 127.0.0.1 ] && [ -d /etc/postgresql ]; then \
	    pg_ctlcluster --skip-systemctl-redirect "$$(ls /etc/postgresql)" main start; \
	    for _ in $$(seq 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done; \
	  fi; \
	fi

test-infra: infra-tools infra-postgres
	$(VENV)/bin/flake8 infra/tests
	VENV_BIN=$(abspath $(VENV))/bin $(VENV)/bin/python -m pytest -c infra/tests/pytest.ini infra/tests $(INFRA_PYTEST_ARGS)

backup:
	bash infra/backup.sh
