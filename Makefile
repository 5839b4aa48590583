# visit-report — the two commands of a fresh machine are `make report` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
TEST_JOBS ?= 2

.PHONY: report setup system-deps test test-fast lint lab bench evaluate clean

## Set everything up (venv, Python and Debian packages) and build the default article's reports.
report: setup
	@if command -v xelatex >/dev/null && command -v pandoc >/dev/null; then \
	  $(PY) -m analysis build --formats html,pdf; \
	else \
	  echo "xelatex/pandoc missing: building HTML only (see the message above to get PDFs)"; \
	  $(PY) -m analysis build --formats html; \
	fi

setup: $(STAMP) system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

## Lint, format check and the whole test suite, on $(TEST_JOBS) cores (pytest-xdist).
test: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q -n $(TEST_JOBS)

## Lint and the fast lane: every test not marked slow (no notebooks, builds, pools, long article).
test-fast: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q -n $(TEST_JOBS) -m "not slow"

lint:
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

## JupyterLab on the notebooks, with the project's environment as kernel.
lab: setup
	$(VENV)/bin/jupyter lab notebooks/ $$( [ "$$(id -u)" = 0 ] && echo --allow-root )

## Quality figures against the gold annotations.
evaluate: setup
	$(PY) -m analysis evaluate

## Benchmark (see BENCHMARKS.md).
bench: setup
	$(PY) benchmarks/bench.py
	$(PY) benchmarks/corpus_bench.py
	$(PY) benchmarks/long_bench.py

clean:
	rm -rf reports/*/ reports/.cache
