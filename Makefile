# Every target bootstraps .venv from pyproject.toml on first use (the newest versions it
# allows). CI and the Docker image install the locked versions instead, every file checked
# against its hash: `make locked` (requirements-dev.lock; the image uses requirements.lock).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock
# setuptools is the build backend: locked too, so the project installs without fetching it.
COMPILE = echo 'setuptools>=69' | $(BIN)/uv pip compile pyproject.toml - --generate-hashes \
	--universal --python-version 3.11 --custom-compile-command "make lock" --quiet

.PHONY: run test lint eval bench check clean test-tools locked lock audit shots

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then $(BIN)/forfait-bot run; \
	else echo "TELEGRAM_BOT_TOKEN n'est pas défini : démarrage du chat dans le terminal."; \
	echo "Pour lancer le bot Telegram : export TELEGRAM_BOT_TOKEN=<jeton de @BotFather> puis make run."; \
	$(BIN)/forfait-bot chat; fi

# Debian packages the tests run for real: redis-server (the Redis store), docker-compose
# (`config` of both compose profiles), nginx (`nginx -t` of the webhook snippet), pdftotext
# (reads back the PDF summary), the DejaVu fonts of the result card and the PDF (a path), and
# chromium with its chromedriver (the Mini App's browser tests).
DEJAVU := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
TEST_TOOLS := redis-server:redis-server docker-compose:docker-compose nginx:nginx-light \
  pdftotext:poppler-utils $(DEJAVU):fonts-dejavu-core \
  chromium:chromium chromedriver:chromium-driver
test-tools:
	@missing=$$(for t in $(TEST_TOOLS); do command -v $${t%%:*} >/dev/null || \
	  [ -x /usr/sbin/$${t%%:*} ] || [ -e $${t%%:*} ] || echo $${t#*:}; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installation des paquets Debian pour les tests : $$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; fi

test: $(STAMP) test-tools
	$(BIN)/forfait-bot check-knowledge
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -n auto --maxprocesses=4

# The Mini App's screenshots in docs/miniapp/, taken again by its browser tests.
shots: $(STAMP) test-tools
	MINIAPP_SHOTS=docs/miniapp $(BIN)/pytest tests/test_webapp_browser.py

lint: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

eval: $(STAMP)
	$(BIN)/python -m bench.faq_eval

bench: $(STAMP)
	$(BIN)/python -m bench.engine_bench
	$(BIN)/python -m bench.faq_bench

# The locked versions, hashes required; then the project itself, without resolving anything.
locked:
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --require-hashes -r $(DEV_LOCK)
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/pip check
	touch $(STAMP)

# Rewrite both lock files from pyproject.toml (needs PyPI); commit them with it.
lock: $(STAMP)
	$(BIN)/pip install -q uv
	$(COMPILE) -o $(LOCK)
	$(COMPILE) --extra dev -o $(DEV_LOCK)

# Known vulnerabilities of the locked versions. pip-audit asks an online vulnerability
# database (PyPI's JSON API, or OSV): it cannot run offline, so it is not part of `make test`.
# --strict: a package it could not check is a failure, not a silent pass.
audit: $(STAMP)
	$(BIN)/pip install -q pip-audit
	$(BIN)/pip-audit --strict --require-hashes --disable-pip -r $(LOCK)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
