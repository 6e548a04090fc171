#!/usr/bin/env bash
# Build the Linux onedir bundle of Kense from app.spec (the same spec as the Windows build) and
# smoke-run it offscreen. Cheap next to the Windows build, and it catches spec mistakes early.
#
#   bash build/linux_bundle.sh
#
# Output: dist/linux/Kense/ (kense, kense-cli), dist/linux-smoke/<form>_<lang>.pdf.
# PyInstaller's work folder: .pyinstaller/linux/. Its venv is cached in $KENSE_BUILD_CACHE.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=windows/common.sh
source "$REPO/build/windows/common.sh"

VENV=$CACHE/linux-venv
BUNDLE=$REPO/dist/linux/Kense
SMOKE_DIR=$REPO/dist/linux-smoke

main() {
    local started=$SECONDS whl base
    mkdir -p "$CACHE"
    # A venv of its own: the bundle must hold exactly Kense's dependencies, not the test tools
    # of .venv. Made from the same interpreter as .venv.
    if [ ! -x "$VENV/bin/python" ]; then
        base=$("$(host_python)" -c 'import sys; print(sys._base_executable)')
        "$base" -m venv "$VENV"
    fi
    log "installing Kense's dependencies and PyInstaller $PYINSTALLER_VERSION into $VENV"
    whl=$(build_wheel)
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps \
        "$whl"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
        "pyinstaller==$PYINSTALLER_VERSION" "$whl"

    log "PyInstaller: app.spec -> dist/linux/Kense"
    compile_translations
    rm -rf "$BUNDLE"
    "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$REPO/dist/linux" --workpath "$REPO/.pyinstaller/linux" "$REPO/app.spec"

    log "smoke: dist/linux/Kense/kense-cli --smoke (offscreen)"
    rm -rf "$SMOKE_DIR"
    local out
    out=$(QT_QPA_PLATFORM=offscreen "$BUNDLE/kense-cli" --smoke "$SMOKE_DIR" </dev/null 2>&1) || {
        echo "$out" >&2
        return 1
    }
    echo "$out"
    [ "$(echo "$out" | tail -1)" = ok ] || { echo "no 'ok' from the smoke" >&2; return 1; }
    check_smoke_dir "$SMOKE_DIR"
    log "Linux bundle done in $((SECONDS - started)) s: $(du -sh "$BUNDLE" | cut -f1)"
}

main "$@"
