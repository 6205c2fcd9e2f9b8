# Two commands on a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: run test lint axe test-sqlite test-postgres bench bench-scale mutation clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/treatywatch migrate --verbosity 0
	$(BIN)/treatywatch load
	$(BIN)/treatywatch serve --host 127.0.0.1 --port 8000

test: lint test-sqlite test-postgres

# ruff's rules and format live in pyproject.toml; `ruff format .` fixes what this refuses.
lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# axe-core for the browser tests' accessibility checks, pinned in tools/axe/package.json and
# fetched from the npm registry into tools/axe/node_modules/ (git-ignored), once.
AXE := tools/axe/node_modules/axe-core/axe.min.js
axe: $(AXE)
$(AXE): tools/axe/package.json tools/axe/package-lock.json
	npm ci --prefix tools/axe --no-audit --no-fund --silent
	touch $@

test-sqlite: $(VENV)/.installed-test $(AXE)
	$(BIN)/pytest $(PYTEST_ARGS)

# The same suite against a real PostgreSQL server started on loopback for this run only.
test-postgres: $(VENV)/.installed-test $(AXE)
	scripts/with-postgres $(BIN)/pytest $(PYTEST_ARGS)

# bench_http.py also installs nginx and wrk with apt when missing (as root).
bench: $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/bench_engine.py
	$(BIN)/python bench/bench_load.py
	$(BIN)/python bench/bench_check_page.py
	$(BIN)/python bench/bench_report.py
	$(BIN)/python bench/bench_profile.py
	$(BIN)/python bench/bench_http.py
	$(BIN)/python bench/bench_pdf.py

# Records at 1x, 10x and 100x today's size on SQLite and PostgreSQL: 7 to 15 minutes on 2
# cores (ARGS=--quick: 1x and 10x, about 2 minutes). Needs PostgreSQL's server binaries.
bench-scale: $(VENV)/.installed-test
	$(BIN)/python bench/bench_scale.py $(ARGS)

# Mutation testing of the engine (treatywatch/treaties/) against its own suite; slow (see
# bench/README.md), so not part of `make test`. Starts from scratch each time: mutmut keeps
# its results in mutants/, and a stale copy would report an old score.
mutation: $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e '.[test,mutation]'
	rm -rf mutants
	$(BIN)/mutmut run --max-children $${MUTATION_CHILDREN:-2}
	$(BIN)/python bench/mutation_score.py --minimum 90

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis mutants
