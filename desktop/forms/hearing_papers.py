"""The papers of the hearing before a motivated refusal: the notice of the preliminary decision
and of the hearing (a letter to the applicant), and the protocol of the hearing."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from desktop.domain.dates import format_date, format_datetime, format_time
from desktop.domain.hearing_papers import HearingPaperData
from desktop.forms.layout import (
    esc,
    fields_table,
    letterhead,
    p,
    spacer,
)
from desktop.forms.letter_parts import addressee_heading, application_reference
from desktop.forms.marks import check_mark
from desktop.forms.pdf_document import build_pdf, frame_width
from desktop.forms.signatures import signature_block
from desktop.forms.texts import Texts, check_language, texts


def _application(t: Texts, data: HearingPaperData) -> str:
    return application_reference(t, data.application_date, data.reg_number)


def _grounds(t: Texts, data: HearingPaperData) -> list:
    return [p(esc(t("motivated_refusal.ground_line", text=g.text.rstrip(". "), basis=g.basis)),
              "indent") for g in data.facts.grounds]


def render_hearing_notice(data: HearingPaperData, lang: str, *, mark: str = "") -> bytes:
    """mark: "" the notice as fixed, "copy" a reprint (marks.MARKS)."""
    t = texts(check_language(lang))
    check_mark(mark)
    width, facts = frame_width(), data.facts
    service = t.code("services", data.service)
    story = [
        letterhead(data.college, width), spacer(5),
        addressee_heading(t, facts.decided_on, facts.notice_number, data.applicant,
                          data.applicant_address, width), spacer(8),
        p(esc(t("hearing_notice.title")), "title"), spacer(4),
        p(esc(t("hearing_notice.body", application=_application(t, data), service=service)),
          "indent"),
        p(esc(t("hearing_notice.grounds")), "indent"),
        *_grounds(t, data),
        *[p(esc(line), "indent") for line in facts.motivation.splitlines() if line.strip()],
        p(esc(t("hearing_notice.hearing", date=format_date(facts.hearing_at),
                time=format_time(facts.hearing_at), place=facts.hearing_place)), "indent"),
        p(esc(t("hearing_notice.writing", address=data.college.address(lang))), "indent"),
        p(esc(t("hearing_notice.absence")), "indent"),
        KeepTogether([spacer(8), signature_block(t, t("common.head"), data.head_name, width,
                                                 seal=True)]),
        spacer(10),
        p(esc(t("hearing_notice.rule", source=facts.rule_source)), "small"),
    ]
    if data.executor_name:
        story.append(p(esc(t("motivated_refusal.executor", name=data.executor_name)), "small"))
    return build_pdf(story, t, title=t("hearing_notice.title"),
                     footer=f"{data.reg_number} · {facts.notice_number}", mark=mark)


def render_hearing_protocol(data: HearingPaperData, lang: str, *, mark: str = "") -> bytes:
    """mark: "" the protocol as fixed, "copy" a reprint (marks.MARKS)."""
    t = texts(check_language(lang))
    check_mark(mark)
    width, facts = frame_width(), data.facts
    words = "hearing_words"
    notice = t("hearing_protocol.notice_value", number=facts.notice_number,
               way=t.code(f"{words}.ways", facts.notice_way) if facts.notice_way else "—",
               date=format_date(facts.notice_on) if facts.notice_on else "—")
    grounds = " ".join(t("motivated_refusal.ground_line", text=g.text.rstrip(". "),
                          basis=g.basis) for g in facts.grounds)
    held = facts.held_at or facts.hearing_at
    rows = [
        (t("hearing_protocol.held"), format_datetime(held)),
        (t("hearing_protocol.place"), facts.hearing_place),
        (t("hearing_protocol.notice"), notice),
        (t("hearing_protocol.applicant"), data.applicant.full_name),
        (t("hearing_protocol.attendance"), t.code(f"{words}.attendance", facts.attendance)),
        (t("hearing_protocol.attendees"), facts.attendees or "—"),
        (t("hearing_protocol.grounds"), grounds),
        (t("hearing_protocol.position"), facts.position or t("hearing_protocol.no_position")),
        (t("hearing_protocol.outcome"), t.code(f"{words}.outcome", facts.outcome)),
    ]
    if facts.note:
        rows.append((t("hearing_protocol.note"), facts.note))
    story = [
        letterhead(data.college, width), spacer(8),
        p(esc(t("hearing_protocol.title")), "title"),
        p(esc(t("hearing_protocol.subject", application=_application(t, data),
                service=t.code("services", data.service))), "center"),
        spacer(6),
        fields_table(rows, width),
        KeepTogether([
            spacer(10),
            signature_block(t, t("hearing_protocol.chair"), data.head_name, width),
            spacer(4),
            signature_block(t, t("hearing_protocol.applicant_signature"),
                            data.applicant.full_name, width),
        ]),
        spacer(8),
        p(esc(t("hearing_notice.rule", source=facts.rule_source)), "small"),
    ]
    return build_pdf(story, t, title=t("hearing_protocol.title"),
                     footer=f"{data.reg_number} · {format_date(held)}", mark=mark)
