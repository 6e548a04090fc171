"""The one embedded font family of every form: Liberation Serif, shipped in resources/fonts.

Office PCs cannot be trusted to have a font with ә ғ қ ң ө ұ ү һ і, and reportlab's built-in
fonts have no Cyrillic at all, so the TTF files travel with the app and are embedded (subset)
in every PDF.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.locations import resources_dir

FONT = "KenseSerif"
FONT_BOLD = "KenseSerif-Bold"
_FILES = {FONT: "LiberationSerif-Regular.ttf", FONT_BOLD: "LiberationSerif-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family once per process; every style and table names FONT or FONT_BOLD."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"form font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> in a paragraph must switch to our bold, never to a built-in face.
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        _registered = True
