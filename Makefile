# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

# Debian packages the converters call: Tesseract with Vietnamese for scanned PDFs, poppler's pdftoppm
# for their page images, LibreOffice for .doc (Writer) and .ppt (Impress), MuPDF's mutool for XPS. `.ci/run` adds
# chromium through APT_EXTRA.
APT_PACKAGES := tesseract-ocr tesseract-ocr-vie poppler-utils libreoffice-writer-nogui libreoffice-impress-nogui \
                mupdf-tools $(APT_EXTRA)

.PHONY: install system run ingest test bench clean

install: system $(VENV)/.installed

# Installs only what is missing (a no-op in a few milliseconds once everything is there); sudo when not root.
system:
	@missing=$$(for p in $(APT_PACKAGES); do \
	    dpkg-query -W -f='$${db:Status-Status}' $$p 2>/dev/null | grep -qx installed || printf ' %s' $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "warning: not a Debian system; install these packages yourself:$$missing" >&2; exit 0; fi; \
	SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	echo "Installing Debian packages:$$missing"; \
	$$SUDO apt-get update -qq && \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null

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

# Lint and types first: CI fails on either before a test runs.
test: install
	$(BIN)/ruff check index assistant eval
	$(BIN)/mypy index assistant eval
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/retrieval.py --sweep

clean:
	rm -rf .storage
