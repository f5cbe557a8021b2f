# Kupa: two commands do all the set-up on a fresh machine.
#   make run   - system packages, .venv, the project, a demo database and simulators, then the till
#   make test  - the same set-up, then ruff, mypy and every test
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kupa-installed
DEMO_DIR ?= var/demo
DEMO_DB := $(DEMO_DIR)/kupa.db
DEMO_PRODUCTS ?= 2000
DEMO_MEMBERS ?= 5000
PYTEST_ARGS ?=

# Debian packages the till and its tests need at run time (checked one by one, installed only when missing).
RUN_PKGS := libzbar0 fonts-dejavu-core libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
            libdbus-1-3 libglib2.0-0 libxcb-cursor0 binutils libusb-1.0-0
TEST_PKGS := postgresql

.PHONY: run test lint typecheck pytest system-packages system-packages-test venv demo-db bundle clean bench translations

run: system-packages venv translations demo-db
	$(BIN)/python -m app demo --db $(DEMO_DB) --dir $(DEMO_DIR)

test: system-packages system-packages-test venv lint typecheck pytest

lint: venv
	$(BIN)/ruff check app hardware bench tests
	$(BIN)/ruff format --check app hardware bench tests

typecheck: venv
	$(BIN)/mypy

pytest: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

system-packages:
	@./.ci/ensure-packages $(RUN_PKGS)

system-packages-test:
	@./.ci/ensure-packages $(TEST_PKGS)

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Qt Linguist sources (resources/translations/*.ts) compiled to .qm beside them; never committed.
translations: venv
	$(BIN)/python -m app translations build

demo-db: venv
	@mkdir -p $(DEMO_DIR)
	@test -f $(DEMO_DB) || $(BIN)/python -m app demo-db $(DEMO_DB) --products $(DEMO_PRODUCTS) --members $(DEMO_MEMBERS)

bundle: system-packages venv
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/kupa.spec
	QT_QPA_PLATFORM=offscreen dist/kupa/kupa --self-check

bench: venv
	$(BIN)/python -m bench all --quick

clean:
	rm -rf $(VENV) var build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
