"""Running Windows programs in the Wine prefix that build/windows/build.sh prepares.

The prefix lives in the build cache ($KENSE_BUILD_CACHE, default ~/.cache/kense-build), with
the same settings build.sh uses, so a test sees the Windows build.sh tested.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import threading
from pathlib import Path

CACHE = Path(
    os.environ.get("KENSE_BUILD_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kense-build"
)


def winpath(path: Path) -> str:
    """A Linux path as Windows programs under Wine see it (Wine maps / to Z:)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


class Wine:
    def __init__(self, cache: Path = CACHE) -> None:
        self.prefix = cache / "wine64"
        self.env = {
            **os.environ,
            "WINEPREFIX": str(self.prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree=;mshtml=;mscms=n",
        }

    def run(self, *args: str | Path, timeout: float = 300) -> tuple[int, str]:
        """Exit code and output of a program, once it and everything it started have ended
        (an NSIS uninstaller hands over to a copy of itself and exits at once)."""
        # Wine 8's CPython dies when its output is a regular file: a pipe, and no terminal.
        process = subprocess.Popen(
            ["wine", *map(str, args)], env=self.env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        lines: list[bytes] = []

        def pump() -> None:
            lines.extend(process.stdout)

        # Wine's background services may inherit the pipe and hold it open after the program
        # ends: wait for the program, not for the end of the output.
        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        try:
            code = process.wait(timeout=timeout)
        finally:
            if process.poll() is None:
                process.kill()
            self.wait()
        reader.join(timeout=5)
        return code, b"".join(lines).decode("utf-8", "replace").replace("\r", "")

    def wait(self) -> None:
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300, check=False)

    def shut_down(self) -> None:
        """End every Wine process of this prefix (wineserver, services.exe, explorer.exe …),
        which would otherwise outlive the test and take CPU from the tests after it."""
        # No Wine here, or it would not die: nothing more a test can do.
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            subprocess.run(["wineserver", "-k"], env=self.env, timeout=60, check=False,
                           capture_output=True)

    def folder(self, variable: str) -> Path:
        """Wine's idea of a Windows folder (%LOCALAPPDATA% ...), as a Linux path."""
        _, out = self.run("cmd", "/c", f"echo %{variable}%")
        windows = out.strip().splitlines()[-1]
        linux = subprocess.run(["winepath", "-u", windows], env=self.env, capture_output=True,
                               text=True, check=True).stdout.strip()
        return Path(linux)

    def registry_value(self, key: str, name: str) -> str | None:
        code, out = self.run("reg", "query", key, "/v", name)
        if code != 0:
            return None
        for line in out.splitlines():
            parts = line.split(None, 2)
            if len(parts) == 3 and parts[0] == name:
                return parts[2].strip()
        return None

    def uninstall_and_remove(self, instdir: Path, *folders: Path) -> None:
        """Leave the prefix without Kense: what an earlier, interrupted run left included."""
        if (instdir / "uninstall.exe").exists():
            self.run(instdir / "uninstall.exe", "/S", "/DELETEDATA")
        for folder in (instdir, *folders):
            shutil.rmtree(folder, ignore_errors=True)
