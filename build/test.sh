#!/usr/bin/env bash
# Install Kense with its test extras into .venv, compile translations, run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
if [ -f build/compile_translations.py ]; then
    .venv/bin/python build/compile_translations.py
fi
.venv/bin/python -m ruff check .
.venv/bin/python -m pytest "$@"
