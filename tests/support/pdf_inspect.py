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
