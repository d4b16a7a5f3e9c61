# `make run` sets everything up and starts the app; `make test` sets everything up and runs all tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARGS   ?=

.PHONY: run test lint bench demo screenshots clean wheel bundle deb desktop-check translations

$(STAMP): pyproject.toml setup.py packaging/install-system-deps.sh
	bash packaging/install-system-deps.sh $(if $(CI),--required,)
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test,package]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/caregiver-app $(ARGS)

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(ARGS)

# Style and types (configured in pyproject.toml); make test runs it first, so .ci/run fails on either.
lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools packaging
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/run.py --json

demo: $(STAMP)
	$(BIN)/caregiver-app --data-dir /tmp/caregiver-demo demo

# The .ts files (every translatable string in the sources, the pseudo-locale) and their compiled .qm, in
# resources/translations: run after changing any user-visible text (docs/translating.md).
translations: $(STAMP)
	$(BIN)/python tools/translations.py update $(ARGS)

# What users install (packaging/build.py; docs/packaging.md): into dist/
wheel: $(STAMP)
	$(BIN)/python packaging/build.py wheel

bundle: $(STAMP)
	$(BIN)/python packaging/build.py bundle

deb: bundle
	$(BIN)/python packaging/build.py deb --bundle dist/caregiver-app

# The menu entry and metainfo, checked by the same validators as the desktop's software centres use.
desktop-check: $(STAMP)
	desktop-file-validate resources/desktop/*.desktop
	appstreamcli validate --no-net resources/desktop/*.metainfo.xml

clean:
	rm -rf $(VENV) *.egg-info src/*.egg-info .pytest_cache .hypothesis build dist
