"""Certificate for persons who did not complete TVE / post-secondary education, in the form
approved by order No. 39 of 28.01.2015 as amended by order No. 312 of 18.10.2023 (the
citation is data: resources/forms/legal_basis.toml)."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from desktop.domain.dates import format_date
from desktop.domain.printables import CertificateData, ElectronicSignatureNote
from desktop.forms.layout import (
    appendix_note,
    esc,
    fields_table,
    legal_basis_note,
    letterhead,
    p,
    spacer,
)
from desktop.forms.marks import check_mark, esign_line
from desktop.forms.pdf_document import PageProbe, build_signed_pdf, frame_width
from desktop.forms.signatures import signed_with_qr
from desktop.forms.texts import check_language, date_in_case, texts
from desktop.forms.transcript import TAIL_ROWS, transcript_parts


def render_certificate(data: CertificateData, lang: str, *, mark: str = "",
                       esign: ElectronicSignatureNote | None = None) -> bytes:
    """mark: "" the signed certificate, "draft" a draft, "copy" a reprint (marks.MARKS)."""
    t = texts(check_language(lang))
    check_mark(mark)
    width = frame_width()
    person = data.person
    gender = person.gender
    id_parts = {"iin": person.iin or "—", "birth_date": format_date(person.birth_date) or "—"}
    language = t.code_or_text("study_languages", data.study_language)
    fields = [
        (t("certificate.specialty"), f"{data.specialty_code} {data.specialty_name}".strip()),
        (t("certificate.qualification"), data.qualification),
        (t("certificate.study_form"), t.code_or_text("study_forms", data.study_form)),
        (t("certificate.study_language"),
         t("certificate.study_language_value", language=language)),
        (t("certificate.reason"), data.expulsion_reason),
    ]
    statement = t(
        "certificate.statement",
        study_from=f"<b>{date_in_case(t, data.study_from, 'from')}</b>",
        study_to=f"<b>{date_in_case(t, data.study_to, 'to')}</b>",
        order_date=f"<b>{date_in_case(t, data.expulsion_order_date, 'of')}</b>",
        order_number=f"<b>{esc(data.expulsion_order_number)}</b>",
        course=f"<b>{data.course}</b>",
        pronoun=t(f"gender.{gender}.pronoun"),
        studied=t(f"gender.{gender}.studied"),
        expelled=t(f"gender.{gender}.expelled"),
    )
    head = [
        appendix_note(legal_basis_note("certificate", t), width),
        spacer(2),
        letterhead(data.college, width),
        spacer(4),
        p(esc(t("certificate.title")), "big_title"),
        p(esc(t("certificate.subtitle")), "subtitle"),
        p(esc(t("certificate.issued_to")), "plain"),
        p(f"<b>{esc(person.full_name)}</b>", "title"),
        p(esc(t("certificate.person_line", **id_parts)), "small_center"),
        spacer(2),
        p(statement, "indent"),
        fields_table(fields, width, label_share=0.3),
        spacer(4),
        p(esc(t("certificate.transcript")), "bold"),
        spacer(1.5),
    ]

    def make_story(seen: dict[str, int], tail: int) -> list:
        if not data.transcript:
            table, kept = [p(esc(t("certificate.no_transcript")), "body")], []
        else:
            table, kept = transcript_parts(data.transcript, t, "certificate", width, tail, seen)
        return [
            *head,
            *table,
            KeepTogether([
                *kept,
                spacer(2),
                p(esc(t("certificate.purpose")), "plain"),
                PageProbe("signature", seen),
                spacer(2),
                signed_with_qr(t, data.head_name, data.qr_payload, data.verification_code,
                               data.reg_number, data.issued_on, width),
            ]),
        ]

    return build_signed_pdf(make_story, t, TAIL_ROWS, title=t("certificate.title"),
                            footer=f"{data.reg_number} · {person.short_name}", mark=mark,
                            note=esign_line(t, esign))
