"""Compile every resources/i18n/*.ts into the .qm file Qt loads at run time.

    python build/compile_translations.py            # compile all
    python build/compile_translations.py --check    # also fail if a translation is unfinished

Uses pyside6-lrelease from the same environment as the Python running this script.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def find_qt_tool(tool: str) -> list[str]:
    """pyside6-<tool> next to this interpreter, on PATH, or PySide6's own <tool> binary
    (lrelease here; update_translations.py asks for lupdate)."""
    bindir = Path(sys.executable).parent
    for name in (f"pyside6-{tool}", f"pyside6-{tool}.exe"):
        candidate = bindir / name
        if candidate.is_file():
            return [str(candidate)]
    on_path = shutil.which(f"pyside6-{tool}")
    if on_path:
        return [on_path]
    try:
        import PySide6
    except ImportError as exc:
        raise SystemExit("PySide6 is not installed in this environment") from exc
    package = Path(PySide6.__file__).parent
    for candidate in (package / tool, package / f"{tool}.exe",
                      package / "Qt" / "libexec" / tool):
        if candidate.is_file():
            return [str(candidate)]
    raise SystemExit(f"pyside6-{tool} not found; install PySide6-Essentials")


def unfinished(ts: Path) -> list[str]:
    """Source texts that have no finished translation in this .ts file."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        kind = translation.get("type", "")
        if kind in ("vanished", "obsolete"):
            continue
        if kind == "unfinished" or not (translation.text or "").strip():
            missing.append(message.findtext("source", ""))
    return missing


def ensure_compiled() -> None:
    """Compile when a .qm is missing or older than its .ts (for tests run without the build)."""
    for ts in I18N.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            main([])
            return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="fail when a .ts file has unfinished translations")
    args = parser.parse_args(argv)
    files = sorted(I18N.glob("*.ts"))
    if not files:
        print(f"no .ts files in {I18N}")
        return 0
    lrelease = find_qt_tool("lrelease")
    problems = 0
    for ts in files:
        qm = ts.with_suffix(".qm")
        result = subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)],
                                capture_output=True, text=True)
        if result.returncode != 0 or not qm.is_file():
            print(f"{ts.name}: lrelease failed\n{result.stdout}{result.stderr}", file=sys.stderr)
            problems += 1
            continue
        missing = unfinished(ts)
        note = f", {len(missing)} unfinished" if missing else ""
        print(f"{ts.name} -> {qm.name}{note}")
        if missing and args.check:
            for text in missing[:20]:
                print(f"  unfinished: {text!r}", file=sys.stderr)
            problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
