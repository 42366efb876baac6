# Bedside developer commands (GNU make).
#
#   make run   [ARGS="--db /tmp/x.sqlite3"]   start the app
#   make test  [PYTEST_ARGS="-k storage -x"]  run the tests (Qt offscreen)
#   make lint                                 ruff check, ruff format --check, mypy, import contracts
#   make format                               ruff format + ruff check --fix
#   make protocol-books                       regenerate docs/protocols/ (each shipped profile's book, docs/protocols/COVERAGE.md)
#   make translations                         update resources/translations/bedside_de.ts from ui/
#   make translations-qm                      compile it to bedside_de.qm
#   make package                              Linux bundle: dist/bedside/ and dist/bedside-<version>-linux-<arch>.tar.gz
#   make package-check                        unpack that tarball into a fresh folder and try it as a new user
#   make clean                                remove .venv and build artefacts
#
# Everything runs from a virtual environment in .venv, created with $(PYTHON) on first use.
# The project is (re)installed into it only when pyproject.toml changes (stamp files in .venv).

PYTHON ?= python3
VENV ?= .venv
ARGS ?=
PYTEST_ARGS ?=
# Qt platform for `make test`; `make test TEST_QPA=xcb` under xvfb-run for a real X server.
TEST_QPA ?= offscreen

TS_FILE := resources/translations/bedside_de.ts
QM_FILE := $(TS_FILE:.ts=.qm)
TR_SOURCES ?= $(sort $(shell find ui -name '*.py' 2>/dev/null))

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
# Targets share one .venv: never install into it from two recipes at once.
.NOTPARALLEL:
MAKEFLAGS += --no-print-directory

VPY := $(VENV)/bin/python
PIP := $(VPY) -m pip --disable-pip-version-check --no-input -q
# pip -q still prints one warning per package for a configured extra index or find-links
# directory that does not exist on this machine; drop only that line, keep every other message.
PIP_OUTPUT := 2>&1 | { grep -v -E "^WARNING: Location '[^']*' is ignored: it is neither a file nor a directory\.$$" >&2 || true; }
SYSDEPS := bash scripts/ensure-system-deps.sh

.PHONY: help run test lint format protocol-books translations translations-qm clean venv package package-check

help:
	@sed -n 's/^#   make/  make/p' $(firstword $(MAKEFILE_LIST))

# ---- virtual environment and installs ------------------------------------------------------

venv: $(VENV)/pyvenv.cfg

$(VENV)/pyvenv.cfg:
	@command -v $(PYTHON) >/dev/null || { echo "make: '$(PYTHON)' not found; install Python 3.11+ or pass PYTHON=/path/to/python3" >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "make: Bedside needs Python 3.11+, $(PYTHON) is $$($(PYTHON) -V 2>&1); pass PYTHON=python3.11 (or newer)" >&2; exit 1; }
	@$(SYSDEPS) venv "$(PYTHON)"
	@echo "==> creating $(VENV) with $$($(PYTHON) -V 2>&1)"
	@rm -rf $(VENV)
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); echo "make: '$(PYTHON) -m venv $(VENV)' failed (on Debian/Ubuntu: sudo apt-get install python3-venv)" >&2; exit 1; }

# One stamp per extra, each remade when pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(VENV)/pyvenv.cfg
	@echo "==> pip install -e . (into $(VENV))"
	@$(PIP) install -e . $(PIP_OUTPUT)
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/pyvenv.cfg
	@echo "==> pip install -e \".[test]\" (into $(VENV))"
	@$(PIP) install -e ".[test]" $(PIP_OUTPUT)
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/pyvenv.cfg
	@echo "==> pip install -e \".[dev]\" (into $(VENV))"
	@$(PIP) install -e ".[dev]" $(PIP_OUTPUT)
	@touch $@

$(VENV)/.installed-package: pyproject.toml | $(VENV)/pyvenv.cfg
	@echo "==> pip install -e \".[package]\" (into $(VENV))"
	@$(PIP) install -e ".[package]" $(PIP_OUTPUT)
	@touch $@

# ---- commands ------------------------------------------------------------------------------

run: $(VENV)/.installed-run $(QM_FILE)
	@$(SYSDEPS) run
	$(VPY) main.py $(ARGS)

# The compiled translation is build output (not in git): remade whenever the .ts changes.
$(QM_FILE): $(TS_FILE) | $(VENV)/.installed-run
	$(VENV)/bin/pyside6-lrelease -silent $(TS_FILE) -qm $(QM_FILE)

# pytest's exit 5 (no tests collected) fails the target like any other non-zero exit.
test: $(VENV)/.installed-test
	@$(SYSDEPS) test
	@echo "==> QT_QPA_PLATFORM=$(TEST_QPA) python -m pytest $(PYTEST_ARGS)"
	@rc=0; QT_QPA_PLATFORM=$(TEST_QPA) $(VPY) -m pytest $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests (exit 5): failing" >&2; fi; \
	exit $$rc

# Runs all three checks, then fails if any of them failed.
lint: $(VENV)/.installed-dev
	@rc=0; \
	echo "==> ruff check ."; $(VENV)/bin/ruff check . || rc=1; \
	echo "==> ruff format --check ."; $(VENV)/bin/ruff format --check . || rc=1; \
	echo "==> mypy"; $(VENV)/bin/mypy || rc=1; \
	echo "==> lint-imports (the layers of docs/architecture.md)"; $(VENV)/bin/lint-imports --no-cache || rc=1; \
	if [ $$rc -ne 0 ]; then echo "make lint: failed (make format fixes most ruff findings)" >&2; fi; \
	exit $$rc

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# A test fails when these files no longer match the profiles in resources/protocols.
protocol-books: $(VENV)/.installed-run
	$(VPY) main.py protocol describe --all --out docs/protocols

translations: $(VENV)/.installed-run
	@test -n "$(TR_SOURCES)" || { echo "make translations: no Python sources under ui/" >&2; exit 1; }
	@mkdir -p $(dir $(TS_FILE))
	$(VENV)/bin/pyside6-lupdate -tr-function-alias tr+=_tr,QT_TR_NOOP+=tr_noop $(TR_SOURCES) -ts $(TS_FILE)

translations-qm: $(VENV)/.installed-run
	@test -f $(TS_FILE) || { echo "make translations-qm: no $(TS_FILE); run make translations first" >&2; exit 1; }
	$(VENV)/bin/pyside6-lrelease $(TS_FILE) -qm $(QM_FILE)

# PyInstaller builds for the OS it runs on; see packaging/README.md for Windows and macOS.
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' bedside/__init__.py)
TARBALL = dist/bedside-$(VERSION)-linux-$(shell uname -m).tar.gz

package: $(VENV)/.installed-package
	@$(SYSDEPS) run
	@command -v strip >/dev/null || { echo "make package: 'strip' not found (Debian: sudo apt-get install -y binutils)" >&2; exit 1; }
	@echo "==> pyinstaller packaging/bedside.spec (into dist/bedside)"
	@rm -rf dist/bedside build/pyinstaller $(TARBALL)
	@$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/bedside.spec
	@cp packaging/linux/bedside.desktop packaging/linux/install-menu-entry.sh packaging/icons/bedside.png dist/bedside/
	@echo "==> $(TARBALL)"
	@tar -C dist --sort=name --owner=0 --group=0 --numeric-owner --transform 's,^bedside,bedside-$(VERSION),S' \
		-czf $(TARBALL).part bedside
	@mv $(TARBALL).part $(TARBALL)
	@echo "dist/bedside: $$(du -sb dist/bedside | awk '{printf "%.0f", $$1 / 1e6}') MB unpacked;" \
		"$(TARBALL): $$(du -b $(TARBALL) | awk '{printf "%.0f", $$1 / 1e6}') MB"

package-check:
	@test -f $(TARBALL) || { echo "make package-check: no $(TARBALL); run make package first" >&2; exit 1; }
	@bash packaging/check_bundle.sh $(TARBALL)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
