"""The made-up service's printed form: one page, in the language asked for."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop.forms.fonts import FONT, register_fonts

TITLE = {"kk": "Оқу туралы анықтама", "ru": "Справка об обучении"}
COURSE = {"kk": "курс", "ru": "курс"}


def render(data, lang: str, mark: str = "") -> bytes:
    register_fonts()
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont(FONT, 14)
    lines = [
        f"{TITLE[lang]} № {data.reg_number}",
        data.full_name,
        f"{data.specialty}, {data.course} {COURSE[lang]}",
        f"{data.issued_on:%d.%m.%Y} · {data.head_name} · {data.verification_code}",
    ]
    if mark:
        lines.append(mark)
    for i, line in enumerate(lines):
        page.drawString(72, 760 - 24 * i, line)
    page.showPage()
    page.save()
    return out.getvalue()
