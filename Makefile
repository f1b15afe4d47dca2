# BranchDesk: `make run` starts the program, `make test` runs every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
TS := i18n/branchdesk_zh_CN.ts i18n/branchdesk_zh_TW.ts i18n/branchdesk_en.ts
QM := $(TS:.ts=.qm)
UI_SOURCES = $(shell find branchdesk/ui -name '*.py' | sort)

.PHONY: run test test-fast bench translations installer clean venv

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e . --config-settings editable_mode=compat
	rm -f $(VENV)/.installed-*
	touch $@

venv: $(STAMP)

i18n/%.qm: i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Re-extract strings from the sources into the .ts files (keeps existing translations), then compile.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete $(UI_SOURCES) -ts $(TS)
	$(BIN)/python tools/fill_translations.py $(TS)
	touch $(TS)  # compile again, without -B (it would reinstall the virtualenv too)
	$(MAKE) $(QM)

run: $(STAMP) $(QM)
	$(BIN)/branchdesk --demo $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

installer: $(STAMP) $(QM)
	$(BIN)/python installer/build.py

clean:
	rm -rf build dist $(QM)
