"""Figures of the shipped bundles: sizes, and start-up time beside a bare frozen Qt window.

Run after build/windows/build.sh and build/linux_bundle.sh (it reuses their caches), on a
machine with Xvfb and Qt's xcb libraries (`.ci/run` installs both):
    .venv/bin/python tests/bench/bench_bundle.py [--runs 7] [--no-windows]

Prints, it does not judge:
- the Windows and Linux onedir bundle sizes and the installer size;
- `kense-cli --version`: the floor of any frozen start (bootloader, interpreter, our imports);
- time to the first window on screen: Kense's sign-in on the data folder of an office (its
  college set up, and a PC that has signed in before: the window comes before the database is
  opened) beside a bare PySide6 window frozen the same way (onedir, windowed, no UPX), and their
  ratio. A window counts once the X server shows it mapped (Xvfb, no window manager), so both
  programs are timed by the same outside observer. The Windows figures run under Wine 8 on
  this Linux machine: compare their ratio, not their seconds, with a real Windows PC.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(
    os.environ.get("KENSE_BUILD_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kense-build"
)
WINEPREFIX = CACHE / "wine64"
WIN_PYTHON = r"C:\python312\python.exe"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"
]
LINUX_BUNDLE = ROOT / "dist" / "linux" / "Kense"
WINDOWS_BUNDLE = ROOT / "dist" / "windows" / "Kense"
INSTALLER = ROOT / "dist" / f"Kense-{VERSION}-setup.exe"
BENCH_DIST = ROOT / "dist" / "bench"
BENCH_WORK = ROOT / ".pyinstaller" / "bench"
BARE_SCRIPT = '''\
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("bare")
label.setWindowTitle("bare window")
label.resize(400, 300)
label.show()
sys.exit(app.exec())
'''


def wine_env() -> dict[str, str]:
    return {
        **os.environ,
        "WINEPREFIX": str(WINEPREFIX),
        "WINEARCH": "win64",
        "WINEDEBUG": "-all",
        "WINEDLLOVERRIDES": "mscoree=;mshtml=;mscms=n",
    }


def winpath(path: Path) -> str:
    return "Z:" + str(path.resolve()).replace("/", "\\")


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    # PyInstaller links some Linux libraries twice by symlink: count each file once.
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


# -- building the bare window the same way ----------------------------------------------------


def build_bare_linux() -> Path | None:
    python = CACHE / "linux-venv" / "bin" / "python"
    if not python.exists():
        return None
    target = BENCH_DIST / "linux" / "bare" / "bare"
    if not target.exists():
        BENCH_WORK.mkdir(parents=True, exist_ok=True)
        script = BENCH_WORK / "bare.py"
        script.write_text(BARE_SCRIPT)
        subprocess.run(
            [str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--onedir",
             "--windowed", "--noupx", "--name", "bare", "--distpath", str(BENCH_DIST / "linux"),
             "--workpath", str(BENCH_WORK / "linux"), "--specpath", str(BENCH_WORK),
             str(script)],
            check=True,
        )
    return target


def build_bare_windows() -> Path | None:
    if not (WINEPREFIX / "drive_c" / "python312" / "python.exe").exists():
        return None
    target = BENCH_DIST / "windows" / "bare" / "bare.exe"
    if not target.exists():
        BENCH_WORK.mkdir(parents=True, exist_ok=True)
        script = BENCH_WORK / "bare.py"
        script.write_text(BARE_SCRIPT)
        # Wine 8's CPython needs its output on a pipe, never a file or terminal.
        subprocess.run(
            ["wine", WIN_PYTHON, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
             "--onedir", "--windowed", "--noupx", "--name", "bare",
             "--distpath", winpath(BENCH_DIST / "windows"),
             "--workpath", winpath(BENCH_WORK / "windows"), "--specpath", winpath(BENCH_WORK),
             winpath(script)],
            env=wine_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, check=True,
        )
    return target


# -- watching the X server for the first mapped window ---------------------------------------


class XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
        ("height", ctypes.c_int), ("border_width", ctypes.c_int), ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p), ("root", ctypes.c_ulong), ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int), ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p),
    ]


class XWatcher:
    """Answers 'is a real window (mapped, bigger than a tooltip) on screen now?'."""

    IS_VIEWABLE = 2

    def __init__(self, display: str) -> None:
        self.x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XQueryTree.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
            ctypes.POINTER(ctypes.c_uint),
        ]
        self.x.XGetWindowAttributes.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XWindowAttributes),
        ]
        self.x.XFree.argtypes = [ctypes.c_void_p]
        # A window may vanish between listing and asking about it; Xlib's default handler
        # would end the whole process over that BadWindow.
        handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._ignore_errors = handler_type(lambda display, event: 0)
        self.x.XSetErrorHandler.argtypes = [handler_type]
        self.x.XSetErrorHandler(self._ignore_errors)
        self.dpy = self.x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open X display {display}")
        self.root = self.x.XDefaultRootWindow(self.dpy)

    def window_shown(self) -> bool:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        if not self.x.XQueryTree(self.dpy, self.root, ctypes.byref(root), ctypes.byref(parent),
                                 ctypes.byref(children), ctypes.byref(count)):
            return False
        try:
            attrs = XWindowAttributes()
            for i in range(count.value):
                if (self.x.XGetWindowAttributes(self.dpy, children[i], ctypes.byref(attrs))
                        and attrs.map_state == self.IS_VIEWABLE
                        and attrs.width >= 100 and attrs.height >= 100):
                    return True
            return False
        finally:
            if children:
                self.x.XFree(children)


def office_data(folder: Path) -> dict[str, str]:
    """A data folder as an office has it, made with this checkout's Kense: the college and its
    admin set up, and a settings.ini that remembers the college's name from an earlier
    sign-in. Returns the environment the frozen Kense needs to find the office key."""
    keys = folder / "keys"
    code = f"""
import os
os.environ["KENSE_KEY_DIR"] = {str(keys)!r}
from pathlib import Path
from desktop.services.accounts import users
from desktop.store.connection import close_database, open_database
from desktop.store.migrations import migrate
data = Path({str(folder)!r})
migrate(open_database(data / "kense.sqlite3"))
users.first_run_setup(users.CollegeProfile(
    name_kk="Алматы политехникалық колледжі", name_ru="Алматинский политехнический колледж",
    address_kk="Алматы қ.", address_ru="г. Алматы", head_name="Сәрсенбаев Ғалым"),
    "admin", "Әкімші Әлия", "Kense-bench-pass-42")
close_database()
(data / "settings.ini").write_text(
    "[General]\\nlanguage=kk\\n\\n[sign-in]\\ncollege_kk=Алматы политехникалық колледжі\\n"
    "college_ru=Алматинский политехнический колледж\\n", encoding="utf-8")
"""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return {"KENSE_KEY_DIR": str(keys)}


def time_to_window(command: list[str], env: dict[str, str], watcher: XWatcher,
                   timeout: float = 120) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        while time.perf_counter() - started < timeout:
            if watcher.window_shown():
                return time.perf_counter() - started
            if process.poll() is not None:
                output = process.stdout.read().decode(errors="replace") if process.stdout else ""
                raise RuntimeError(f"{command[-1]} exited ({process.returncode}): {output[-800:]}")
            time.sleep(0.005)
        raise RuntimeError(f"no window from {command} within {timeout} s")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        gone_by = time.perf_counter() + 15
        while watcher.window_shown():  # let the server drop the window before the next run
            if time.perf_counter() > gone_by:
                raise RuntimeError(f"a window stays on screen after {command[-1]} was killed")
            time.sleep(0.01)


def median_window_time(command: list[str], env: dict[str, str], watcher: XWatcher,
                       runs: int) -> float:
    time_to_window(command, env, watcher)  # warm-up: file cache, first database set-up
    return statistics.median(time_to_window(command, env, watcher) for _ in range(runs))


def median_run_time(command: list[str], env: dict[str, str], runs: int) -> float:
    def once() -> float:
        started = time.perf_counter()
        # Wait for the process, not for the end of its output: Wine's background services may
        # inherit the pipe and keep it open. The output is one line, so the pipe cannot fill.
        process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        code = process.wait()
        elapsed = time.perf_counter() - started
        process.stdout.close()
        if code != 0:
            raise RuntimeError(f"{command} exited with {code}")
        return elapsed

    once()
    return statistics.median(once() for _ in range(runs))


def report_startup(label: str, kense_cli: list[str], kense_gui: list[str], bare: list[str],
                   env: dict[str, str], watcher: XWatcher, runs: int) -> None:
    version = median_run_time([*kense_cli, "--version"], env, runs)
    print(f"{label}: kense-cli --version                  {version:6.2f} s (median of {runs})")
    kense = median_window_time(kense_gui, env, watcher, runs)
    bare_s = median_window_time(bare, env, watcher, runs)
    print(f"{label}: Kense, start to first window         {kense:6.2f} s")
    print(f"{label}: bare PySide6 window, same build      {bare_s:6.2f} s")
    print(f"{label}: ratio Kense / bare                   {kense / bare_s:6.2f}")


def bench_under_wine(bare: Path, data_dir: Path, display: str, watcher: XWatcher,
                     runs: int) -> None:
    keys = office_data(data_dir)["KENSE_KEY_DIR"]
    env = {**wine_env(), "DISPLAY": display, "KENSE_KEY_DIR": winpath(Path(keys))}
    # Python's _wmi.pyd calls propsys.VariantToString, which Wine 8 lacks, and the GUI's
    # start asks `platform` for the Windows version: time it without _wmi (platform then falls
    # back to another call), as build.sh does for pip. A real Windows keeps it.
    wmi = WINDOWS_BUNDLE / "_internal" / "_wmi.pyd"
    wmi_aside = wmi.with_suffix(".pyd.aside")
    if wmi.exists():
        wmi.rename(wmi_aside)
    try:
        # One wineserver for all runs, as on Windows the system is already up.
        subprocess.run(["wineserver", "-p"], env=env, check=False)
        subprocess.run(["wine", "wineboot"], env=env, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        report_startup(
            "wine ", ["wine", str(WINDOWS_BUNDLE / "kense-cli.exe")],
            ["wine", str(WINDOWS_BUNDLE / "kense.exe"), "--data-dir", winpath(data_dir)],
            ["wine", str(bare)], env, watcher, runs)
    finally:
        subprocess.run(["wineserver", "-k"], env=env, check=False)
        if wmi_aside.exists():
            wmi_aside.rename(wmi)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-windows", action="store_true", help="skip the Wine figures")
    args = parser.parse_args()
    # Killed from outside (timeout, Ctrl-C): still stop Xvfb and Wine and put _wmi.pyd back.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    print("== sizes")
    for label, path in (("Windows bundle (dist/windows/Kense)", WINDOWS_BUNDLE),
                        ("Linux bundle (dist/linux/Kense)", LINUX_BUNDLE),
                        (f"Windows installer ({INSTALLER.name})", INSTALLER)):
        shown = f"{size_mb(path):7.1f} MB" if path.exists() else "   (not built)"
        print(f"{label:48s}{shown}")

    if not shutil.which("Xvfb"):
        print("Xvfb is missing: no start-up figures (apt-get install xvfb)")
        return 0
    # A screen of our own: -displayfd makes Xvfb pick a free display and tell us its number.
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_fd,))
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as displayfd:
            display = f":{displayfd.readline().strip()}"
        watcher = XWatcher(display)
        with tempfile.TemporaryDirectory(prefix="kense-bench-") as data_dir:
            base_env = {**os.environ, "DISPLAY": display}
            base_env.pop("QT_QPA_PLATFORM", None)
            bare_linux = build_bare_linux()
            if LINUX_BUNDLE.exists() and bare_linux:
                print("\n== start-up, Linux (native, Xvfb)")
                office = Path(data_dir) / "linux"
                report_startup(
                    "linux", [str(LINUX_BUNDLE / "kense-cli")],
                    [str(LINUX_BUNDLE / "kense"), "--data-dir", str(office)],
                    [str(bare_linux)], {**base_env, **office_data(office)}, watcher,
                    args.runs)
            bare_windows = None if args.no_windows else build_bare_windows()
            if WINDOWS_BUNDLE.exists() and bare_windows:
                print("\n== start-up, Windows bundle under Wine 8 (Xvfb)")
                bench_under_wine(bare_windows, Path(data_dir) / "windows", display, watcher,
                                 args.runs)
    finally:
        xvfb.terminate()
        xvfb.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
