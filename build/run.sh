#!/usr/bin/env bash
# Install Kense into .venv (first time), compile its translations, and start it.
# Arguments go to kense: e.g. `bash build/run.sh --demo`, `bash build/run.sh --data-dir D`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/kense ]; then
    python3 -m venv .venv
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e .
fi
if [ -f build/compile_translations.py ]; then
    .venv/bin/python build/compile_translations.py
fi
exec .venv/bin/kense "$@"
