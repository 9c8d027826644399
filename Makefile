# Every target bootstraps .venv from pyproject.toml on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint eval bench check clean test-tools

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
# (reads back the PDF summary) and the DejaVu fonts of the result card and the PDF (a path).
DEJAVU := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
TEST_TOOLS := redis-server:redis-server docker-compose:docker-compose nginx:nginx-light \
  pdftotext:poppler-utils $(DEJAVU):fonts-dejavu-core
test-tools:
	@missing=$$(for t in $(TEST_TOOLS); do command -v $${t%%:*} >/dev/null || \
	  [ -x /usr/sbin/$${t%%:*} ] || [ -e $${t%%:*} ] || echo $${t#*:}; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installation des paquets Debian pour les tests : $$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    $$SUDO apt-get install -y -qq $$missing >/dev/null; fi

test: $(STAMP) test-tools
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
