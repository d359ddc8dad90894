# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install run ingest test bench clean

install: $(VENV)/.installed

# torch is pinned first so pip takes the local CPU wheel, never a CUDA build.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

ingest: install
	$(BIN)/python -m assistant ingest

# Builds the index when missing (re-ingest of an unchanged corpus takes seconds), then serves the UI on http://127.0.0.1:7860.
run: ingest
	$(BIN)/python -m assistant serve

test: install
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/retrieval.py --sweep

clean:
	rm -rf .storage
