# Two commands for a fresh machine with only python3: `make run` (the window) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat setup.cfg pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test test-long bench screenshots install translations update-translations dist \
	desktop-entry clean

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --quiet --upgrade pip
	# -qq: errors still print; setuptools' notice on every editable install does not
	$(BIN)/python -m pip install --quiet --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

# The interface in Chinese: resources/translations/*.ts (Qt) and */LC_MESSAGES/yandu.po
# (gettext) compiled to the .qm and .mo files the program loads (setup.py does the same for
# a wheel).
translations: $(STAMP)
	$(BIN)/python -c 'import setup; setup.compile_translations()'

# After changing strings in the code: new strings join the .ts and .po files, untranslated
# (tests/test_translations.py fails until they are translated).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find desktop -name '*.py' | sort) \
		-ts resources/translations/yandu_zh_CN.ts
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly $$(find desktop -name '*.py' | sort) \
		-ts resources/translations/yandu_en.ts
	mkdir -p build
	$(BIN)/pybabel extract --no-location --sort-output --no-default-keywords -k _ \
		-k ngettext:1,2 -k InputError:2 -k rule:4 -o build/yandu.pot desktop/common/messages.py desktop/common/system_check.py desktop/app.py \
		desktop/cli analysis \
		$$($(BIN)/python -c 'import argparse; print(argparse.__file__)')
	$(BIN)/pybabel update --no-fuzzy-matching --ignore-obsolete -D yandu -i build/yandu.pot \
		-d resources/translations

run: translations
	$(BIN)/yandu

# Lint and types first (configured in pyproject.toml and setup.cfg), then the whole suite.
test: translations
	$(BIN)/ruff check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Everything, with the long runs: 50 crash trials each, the 50 MB import.
test-long: translations
	$(BIN)/ruff check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "long or not long"

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extraction.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_reader.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_search.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_search.py --speeches 100000
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_scale.py
	$(BIN)/python benchmarks/bench_import_memory.py
	$(BIN)/python benchmarks/bench_import_lock.py

# Needs a font with Chinese characters: apt-get install fonts-wqy-microhei
screenshots: translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots/en en
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots/zh_CN zh_CN

# A wheel (pip install dist/yandu-*.whl) and a one-folder desktop build, dist/yandu/, with
# Python, Qt, its translations and Yandu's resources inside; then the build is started once.
dist: translations
	rm -rf dist build/pyinstaller
	$(BIN)/python -m build --wheel --outdir dist .
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller yandu.spec
	QT_QPA_PLATFORM=offscreen YANDU_DB=build/check-start.sqlite dist/yandu/yandu --check-start

# The desktop menu entry and icon for this user (freedesktop: GNOME, KDE, Xfce…).
APPS := $(HOME)/.local/share/applications
ICONS := $(HOME)/.local/share/icons/hicolor/256x256/apps
desktop-entry: translations
	mkdir -p $(APPS) $(ICONS)
	sed 's#^Exec=yandu#Exec=$(abspath $(BIN))/yandu#' resources/yandu.desktop > $(APPS)/yandu.desktop
	cp resources/icons/yandu.png $(ICONS)/yandu.png

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm resources/translations/*/LC_MESSAGES/*.mo
