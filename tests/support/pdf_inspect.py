"""Reading back the PDFs the forms make: text, fonts, page sizes."""

from __future__ import annotations

import io

from pypdf import PdfReader

EMBEDDED_FAMILY = "LiberationSerif"


def reader(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-"), "not a PDF"
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text with runs of whitespace made single spaces (lines wrap anywhere)."""
    return [" ".join(page.extract_text().split()) for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def font_names(pdf: bytes) -> set[str]:
    """BaseFont of every font any page uses, subset prefix (ABCDEF+) removed."""
    names = set()
    for page in reader(pdf).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            base = str(ref.get_object()["/BaseFont"]).lstrip("/")
            names.add(base.split("+", 1)[-1])
    return names


def page_sizes_mm(pdf: bytes) -> list[tuple[int, int]]:
    def mm(points: object) -> int:
        return round(float(points) / 72 * 25.4)

    return [(mm(page.mediabox.width), mm(page.mediabox.height)) for page in reader(pdf).pages]


def text_positions_mm(pdf: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    """Each string drawn on a page with where it starts, in millimetres from the sheet's left
    and top edges (for the forms that place values on a pre-printed blank)."""
    found: list[tuple[str, float, float]] = []
    pdf_page = reader(pdf).pages[page]
    height = float(pdf_page.mediabox.height)
    per_mm = 72 / 25.4

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x / per_mm, (height - y) / per_mm))

    pdf_page.extract_text(visitor_text=visit)
    return found
