"""Motivated refusal: the head's letter refusing the service, with reasons and the right to
appeal."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from desktop.domain.dates import format_date
from desktop.domain.printables import ElectronicSignatureNote, MotivatedRefusalData
from desktop.forms.layout import esc, letterhead, p, spacer
from desktop.forms.letter_parts import addressee_heading, application_reference
from desktop.forms.marks import check_mark, esign_line
from desktop.forms.pdf_document import build_pdf, frame_width
from desktop.forms.signatures import signature_block
from desktop.forms.texts import check_language, texts


def render_motivated_refusal(data: MotivatedRefusalData, lang: str, *, mark: str = "",
                             esign: ElectronicSignatureNote | None = None) -> bytes:
    """mark: "" the signed letter, "draft" a draft, "copy" a reprint (marks.MARKS)."""
    t = texts(check_language(lang))
    check_mark(mark)
    width = frame_width()
    number = data.outgoing_number or data.reg_number
    heading = addressee_heading(t, data.dated, number, data.applicant, data.applicant_address,
                                width)
    application = application_reference(t, data.application_date, data.reg_number)
    body = t("motivated_refusal.body", application=application,
             service=t.code("services", data.service))
    reasons = [p(esc(line), "indent") for line in data.reasons.splitlines() if line.strip()]
    ground = data.ground.strip()
    if ground:
        # The legal ground first, as a sentence of its own; the motivation follows.
        reasons.insert(0, p(esc(ground if ground[-1] in ".;:!?" else ground + "."), "indent"))
    # The law's grounds, each with the act that gives it, before the head's motivation.
    reasons[:0] = [p(esc(t("motivated_refusal.ground_line", text=g.text.rstrip(". "),
                               basis=g.basis)), "indent") for g in data.grounds]
    if not reasons:
        raise ValueError("a motivated refusal must state its reasons")
    heard = data.hearing
    if heard is not None and heard.held_at is not None:
        reasons.append(p(esc(t(
            "motivated_refusal.hearing", number=heard.notice_number,
            date=format_date(heard.notice_on or heard.decided_on),
            held=format_date(heard.held_at),
            attendance=t.code("hearing_words.attendance", heard.attendance))), "indent"))

    story = [
        letterhead(data.college, width),
        spacer(5),
        heading,
        spacer(10),
        p(esc(t("motivated_refusal.title")), "title"),
        spacer(5),
        p(esc(body), "indent"),
        p(esc(t("motivated_refusal.decision")), "indent"),
        *reasons,
        spacer(2),
        p(esc(t("motivated_refusal.appeal")), "indent"),
        KeepTogether([
            spacer(8),
            signature_block(t, t("common.head"), data.head_name, width, seal=True),
        ]),
    ]
    if data.executor_name:
        executor = t("motivated_refusal.executor", name=data.executor_name)
        if data.executor_phone:
            executor += ", " + t("motivated_refusal.phone", phone=data.executor_phone)
        story += [spacer(14), p(esc(executor), "small")]
    return build_pdf(story, t, title=t("motivated_refusal.title"),
                     footer=f"{data.reg_number} · {format_date(data.dated)}", mark=mark,
                     note=esign_line(t, esign))
