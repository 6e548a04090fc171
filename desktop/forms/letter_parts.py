"""Parts every letter to an applicant shares (the motivated refusal, the hearing's notice): the
date and outgoing number beside the addressee, and how the application is referred to."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Table

from desktop.domain.dates import format_date
from desktop.domain.printables import Person
from desktop.forms.layout import base_table_style, date_words, esc, p
from desktop.forms.texts import Texts


def addressee_heading(t: Texts, dated: date, number: str, person: Person, address: str,
                      width: float) -> Table:
    left = [p(esc(date_words(dated, t)), "plain"),
            p(esc(t("motivated_refusal.outgoing", number=number)), "plain")]
    right = [p(esc(t("motivated_refusal.to")), "plain"),
             p(f"<b>{esc(person.full_name)}</b>", "plain")]
    if person.iin:
        right.append(p(esc(f"{t('common.iin')} {person.iin}"), "plain"))
    if address:
        right.append(p(esc(address), "plain"))
    heading = Table([[left, right]], colWidths=[width * 0.5, width * 0.5])
    heading.setStyle(base_table_style(("LEFTPADDING", (1, 0), (1, 0), 12 * mm)))
    return heading


def application_reference(t: Texts, application_date: date | None, reg_number: str) -> str:
    if application_date:
        return t("motivated_refusal.app_ref_dated", date=format_date(application_date),
                 reg_number=reg_number)
    return t("motivated_refusal.app_ref", reg_number=reg_number)
