"""The Windows version resource of kense.exe / kense-cli.exe, built from pyproject's version.

Imported by app.spec (runs inside PyInstaller, so PyInstaller's own modules are importable).
Explorer shows these fields under Properties > Details; Windows SmartScreen and support staff
read them to tell which build is installed.
"""

from __future__ import annotations

from PyInstaller.utils.win32.versioninfo import (
    FixedFileInfo,
    StringFileInfo,
    StringStruct,
    StringTable,
    VarFileInfo,
    VarStruct,
    VSVersionInfo,
)

# Russian (0x0419) in the Unicode code page (1200): the office's common working language.
_LANG_RU_UNICODE = "041904B0"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0); a pre-release tail such as '1.2.3rc1' keeps its numbers only."""
    numbers: list[int] = []
    for part in version.split(".")[:4]:
        digits = "".join(ch for ch in part if ch.isdigit()) or "0"
        numbers.append(int(digits))
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_info(version: str, exe_name: str, description: str) -> VSVersionInfo:
    numbers = version_tuple(version)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo(
                [
                    StringTable(
                        _LANG_RU_UNICODE,
                        [
                            StringStruct("CompanyName", "Kense"),
                            StringStruct("FileDescription", description),
                            StringStruct("FileVersion", version),
                            StringStruct("InternalName", exe_name),
                            StringStruct("OriginalFilename", f"{exe_name}.exe"),
                            StringStruct("ProductName", "Kense"),
                            StringStruct("ProductVersion", version),
                        ],
                    )
                ]
            ),
            VarFileInfo([VarStruct("Translation", [0x0419, 1200])]),
        ],
    )
