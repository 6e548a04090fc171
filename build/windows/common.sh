# Helpers shared by build/windows/build.sh and build/linux_bundle.sh (sourced, not run).
# Expects REPO to be set to the repository root.

CACHE=${KENSE_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kense-build}
PYINSTALLER_VERSION=6.22.3

log() { printf '\n== %s\n' "$*"; }

host_python() {
    if [ -x "$REPO/.venv/bin/python" ]; then echo "$REPO/.venv/bin/python"; else echo python3; fi
}

project_version() {
    "$(host_python)" -c 'import sys, tomllib
print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$REPO/pyproject.toml"
}

# Kense's own wheel, built from a copy of the sources: building in the work tree would leave
# setuptools' build/lib and *.egg-info in the repository. Prints the wheel's path.
build_wheel() {
    local src=$CACHE/src wheels=$CACHE/wheels
    rm -rf "$src" "$wheels"
    mkdir -p "$src"
    cp "$REPO/pyproject.toml" "$src/"
    if [ -f "$REPO/README.md" ]; then cp "$REPO/README.md" "$src/"; else : >"$src/README.md"; fi
    (cd "$REPO" && tar -cf - --exclude=__pycache__ desktop) | tar -xf - -C "$src"
    if ! "$(host_python)" -m pip wheel -q --no-deps --disable-pip-version-check -w "$wheels" \
        "$src" >"$CACHE/wheel.log" 2>&1; then
        cat "$CACHE/wheel.log" >&2
        return 1
    fi
    ls "$wheels"/kense-*.whl
}

# The bundle carries compiled translations; .qm files are build output (ignored by git).
compile_translations() {
    if [ -f "$REPO/build/compile_translations.py" ]; then
        "$(host_python)" "$REPO/build/compile_translations.py"
    fi
}

# `<form>_<lang>` names that --smoke writes, as rendered by the sources (the reference).
expected_forms() {
    (cd "$REPO" && QT_QPA_PLATFORM=offscreen "$(host_python)" -c '
from desktop.forms.samples import render_samples
from desktop.cli.smoke import LANGS
for lang in LANGS:
    for form in render_samples(lang):
        print(f"{form}_{lang}")')
}

# Every form the sources render must have been written by the frozen program as a PDF.
check_smoke_dir() {
    local dir=$1 name missing=0 count=0
    for name in $(expected_forms); do
        count=$((count + 1))
        if ! head -c 5 "$dir/$name.pdf" 2>/dev/null | grep -q '^%PDF'; then
            echo "missing or not a PDF: $dir/$name.pdf" >&2
            missing=1
        fi
    done
    [ "$count" -gt 0 ] || { echo "the sources render no forms" >&2; return 1; }
    [ "$missing" = 0 ] || return 1
    echo "all $count form PDFs written to $dir"
}
