"""Refusal receipt (appendix 4 style): acceptance refused for an incomplete package and/or
expired documents. Two copies, one per page: the applicant's and the college's."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, PageBreak

from desktop.domain.dates import format_datetime
from desktop.domain.printables import RefusalReceiptData
from desktop.forms.layout import appendix_note, esc, fill, letterhead, p, spacer
from desktop.forms.pdf_document import build_pdf, frame_width
from desktop.forms.signatures import signature_block
from desktop.forms.texts import Texts, check_language, texts


def _numbered(items: list[str]) -> list:
    return [p(f"{n}) {esc(item)};" if n < len(items) else f"{n}) {esc(item)}.", "body")
            for n, item in enumerate(items, start=1)]


def _copy(data: RefusalReceiptData, t: Texts, width: float, copy_key: str) -> list:
    service = t.code("services", data.service)
    # The corner note names the form's appendix; a service whose rules approve no refusal
    # receipt form has none (an empty note in the wording), rather than an invented one.
    note = t(f"refusal_receipt.appendix.{data.service}").strip()
    story = [appendix_note(note, width), spacer(2)] if note else []
    story += [
        # The organisation that refuses, with its address, as on every letter it sends.
        letterhead(data.college, width),
        spacer(2),
        p(f"<b>{esc(t(copy_key))}</b>", "small"),
        spacer(6),
        p(esc(t("refusal_receipt.title")), "title"),
        spacer(4),
        p(fill(t, "refusal_receipt.body", college=data.college.name(t.lang), service=service),
          "indent"),
    ]
    if data.missing:
        story += [spacer(1), p(esc(t("refusal_receipt.missing")), "bold"), *_numbered(data.missing)]
    if data.expired:
        story += [spacer(1), p(esc(t("refusal_receipt.expired")), "bold"), *_numbered(data.expired)]
    applicant = t("refusal_receipt.applicant", name=data.applicant.full_name,
                  iin=data.applicant.iin or "—")
    story += [
        spacer(2),
        p(esc(applicant), "body"),
        p(esc(t("refusal_receipt.registered", reg_number=data.reg_number,
                date=format_datetime(data.refused_at))), "body"),
        p(esc(t("refusal_receipt.copies")), "indent"),
        KeepTogether([
            signature_block(t, t("refusal_receipt.employee"), data.clerk_name, width,
                            hint_key="refusal_receipt.employee_hint"),
            spacer(2),
            p(esc(t("refusal_receipt.executor", name=data.clerk_name)), "small"),
            p(esc(t("refusal_receipt.phone", phone=data.clerk_phone or data.college.phone
                    or "____________")), "small"),
            signature_block(t, t("refusal_receipt.received"), data.applicant.short_name, width,
                            hint_key="refusal_receipt.received_hint"),
            spacer(3),
            p(esc(format_datetime(data.refused_at)), "small"),
        ]),
    ]
    return story


def render_refusal_receipt(data: RefusalReceiptData, lang: str) -> bytes:
    t = texts(check_language(lang))
    if not data.missing and not data.expired:
        raise ValueError("a refusal receipt needs at least one missing or expired document")
    width = frame_width()
    story = _copy(data, t, width, "refusal_receipt.copy_1")
    story += [PageBreak(), *_copy(data, t, width, "refusal_receipt.copy_2")]
    # Two copies of one receipt, each headed by its number: not pages 1 and 2 of a document.
    return build_pdf(story, t, title=t("refusal_receipt.title"),
                     footer=f"{data.reg_number} · {format_datetime(data.refused_at)}",
                     numbered=False)
