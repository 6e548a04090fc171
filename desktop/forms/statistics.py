"""The statistics of the state services for a period (landscape register pages), and the words
each figure is said with — the Reports page and the Excel file use the same ones."""

from __future__ import annotations

from datetime import date

from desktop.domain.printables import CollegeInfo
from desktop.domain.report_figures import FigureLine, Statistics, figure_lines
from desktop.forms.register import render_register
from desktop.forms.texts import Texts, check_language, texts


def figure_label(t: Texts, line: FigureLine) -> str:
    if line.label == "received_channel":
        return t("statistics.received_channel", channel=t.code("channels", line.name))
    if line.label.startswith("executor_"):
        name = line.name or t("statistics.no_executor")
        return t(f"statistics.{line.label}", name=name)
    return t(f"statistics.{line.label}")


def section_label(t: Texts, section: str) -> str:
    return t(f"statistics.section_{section}")


def figure_value(value: int | float | None) -> str:
    """As a person writes it here: whole numbers plainly, working days with a decimal comma."""
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def service_label(t: Texts, service: str | None) -> str:
    name = t.code("services_short", service) if service else t("statistics.service_all")
    return t("statistics.service", service=name)


def render_statistics(stats: Statistics, lang: str, *, college: CollegeInfo | None = None,
                      printed_on: date | None = None) -> bytes:
    t = texts(check_language(lang))
    college = college or CollegeInfo("", "", "", "", "")
    # The register numbers the rows in its first column.
    columns = [(t("statistics.col_number"), 12), (t("statistics.col_section"), 60),
               (t("statistics.col_figure"), 0), (t("statistics.col_value"), 30)]
    rows = [[section_label(t, line.section), figure_label(t, line), figure_value(line.value)]
            for line in figure_lines(stats)]
    return render_register(
        t, title=f"{t('statistics.title')}. {service_label(t, stats.period.service)}",
        college=college, date_from=stats.period.first, date_to=stats.period.last,
        printed_on=printed_on, columns=columns, rows=rows, count_rows=False, signed=True,
    )

