# Two commands for a fresh machine with only python3: `make run` (the window) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat setup.cfg pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test test-long bench screenshots install clean

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

run: $(STAMP)
	$(BIN)/yandu

# Lint and types first (configured in pyproject.toml and setup.cfg), then the whole suite.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Everything, with the long runs: 50 crash trials each, the 50 MB import.
test-long: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "long or not long"

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extraction.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_reader.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_search.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_scale.py

# Needs a font with Chinese characters: apt-get install fonts-wqy-microhei
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info
