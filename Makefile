# Every target bootstraps .venv from pyproject.toml on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint eval bench check clean redis-server

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

# The Redis store is tested against a real redis-server (Debian package).
redis-server:
	@command -v redis-server >/dev/null || { \
	  echo "Installation de redis-server (paquet Debian) pour les tests du stockage Redis"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq redis-server >/dev/null; }

test: $(STAMP) redis-server
	$(BIN)/forfait-bot check-knowledge
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

eval: $(STAMP)
	$(BIN)/python -m bench.faq_eval

bench: $(STAMP)
	$(BIN)/python -m bench.engine_bench
	$(BIN)/python -m bench.faq_bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
