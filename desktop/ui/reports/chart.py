"""Received applications and documents per month as bars, and the share of results on time as
a line, painted with QPainter (QtCharts would add its own library to the bundle)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.report_figures import MonthLine

RECEIVED = QColor("#7a9cc6")
DOCUMENTS = QColor("#4f9a6a")
ON_TIME = QColor("#c8553d")
GRID = QColor("#d7dbe0")
TEXT = QColor("#333333")
PAD = 10  # between the plot's edges and the first and last month's bars


class MonthChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: tuple[MonthLine, ...] = ()
        self.setMinimumSize(420, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_months(self, months: tuple[MonthLine, ...]) -> None:
        self.months = months
        self.update()

    def legend(self) -> list[tuple[QColor, str]]:
        return [(RECEIVED, self.tr("Received")), (DOCUMENTS, self.tr("Documents")),
                (ON_TIME, self.tr("On time, % of results"))]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        font = QFont(self.font())
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line_height = metrics.height()
        self._paint_legend(painter, line_height)
        if not self.months:
            painter.setPen(TEXT)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            return
        plot = self.plot_area()
        if plot.width() < 40 or plot.height() < 40:
            return
        most = max(max(m.received, m.documents) for m in self.months) or 1
        step = _nice_step(most)
        ceiling = step * -(-most // step)
        self._paint_grid(painter, plot, ceiling, step)
        self._paint_bars(painter, plot, ceiling, line_height)
        self._paint_share(painter, plot)

    def plot_area(self) -> QRectF:
        """Where the bars go: room left for the legend above, the counts on the left, the
        shares on the right and two lines of month labels below."""
        metrics = self.fontMetrics()
        line_height = metrics.height()
        top = line_height * 2 + 8
        left = metrics.horizontalAdvance("0000") + 10
        right = metrics.horizontalAdvance("100%") + 12
        return QRectF(left, top, self.width() - left - right,
                      self.height() - top - line_height * 2 - 6)

    def _paint_legend(self, painter: QPainter, line_height: int) -> None:
        x = 8.0
        for colour, text in self.legend():
            painter.fillRect(QRectF(x, 8, 12, 12), colour)
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 16, 8 + line_height * 0.8), text)
            x += 16 + painter.fontMetrics().horizontalAdvance(text) + 18

    def _paint_grid(self, painter: QPainter, plot: QRectF, ceiling: int, step: int) -> None:
        for value in range(0, ceiling + 1, step):
            y = plot.bottom() - plot.height() * value / ceiling
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(TEXT)
            painter.drawText(QRectF(0, y - 10, plot.left() - 6, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        for share in (0, 50, 100):
            y = plot.bottom() - plot.height() * share / 100
            painter.setPen(ON_TIME)
            painter.drawText(QRectF(plot.right() + 6, y - 10, 60, 20),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{share}%")

    def _slot(self, plot: QRectF) -> float:
        return (plot.width() - 2 * PAD) / len(self.months)

    def _centre(self, plot: QRectF, index: int) -> float:
        return plot.left() + PAD + self._slot(plot) * (index + 0.5)

    def bars(self, plot: QRectF, ceiling: int) -> list[tuple[QRectF, QRectF]]:
        """Each month's two bars (received, documents), side by side about its centre; the
        first and last stay PAD away from the plot's edges."""
        slot = self._slot(plot)
        bar = max(2.0, min(28.0, slot * 0.36))
        result = []
        for index, month in enumerate(self.months):
            centre = self._centre(plot, index)
            pair = []
            for offset, value in ((-bar, month.received), (0.0, month.documents)):
                height = plot.height() * value / ceiling
                pair.append(QRectF(centre + offset, plot.bottom() - height, bar, height))
            result.append((pair[0], pair[1]))
        return result

    def labels(self, plot: QRectF, line_height: int) -> list[tuple[QRectF, str]]:
        """Every month labelled under its bars: "03.2026" where there is room, else the month
        ("03") with the year under January and under the first month."""
        slot = self._slot(plot)
        metrics = self.fontMetrics()
        wide = metrics.horizontalAdvance("00.0000") + 6 <= slot
        result = []
        for index, month in enumerate(self.months):
            centre = self._centre(plot, index)
            box = QRectF(centre - slot / 2, plot.bottom() + 4, slot, line_height)
            if wide:
                result.append((box, month.month.strftime("%m.%Y")))
                continue
            result.append((box, month.month.strftime("%m")))
            if index == 0 or month.month.month == 1:
                year = QRectF(centre - slot / 2, plot.bottom() + 4 + line_height,
                              max(slot, metrics.horizontalAdvance("0000") + 4), line_height)
                result.append((year, month.month.strftime("%Y")))
        return result

    def _paint_bars(self, painter: QPainter, plot: QRectF, ceiling: int,
                    line_height: int) -> None:
        for received, documents in self.bars(plot, ceiling):
            painter.fillRect(received, RECEIVED)
            painter.fillRect(documents, DOCUMENTS)
        painter.setPen(TEXT)
        for box, text in self.labels(plot, line_height):
            year = len(text) == 4  # a year under its January: from the month's left
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft if year
                             else Qt.AlignmentFlag.AlignHCenter, text)

    def _paint_share(self, painter: QPainter, plot: QRectF) -> None:
        path = QPainterPath()
        points = []
        for index, month in enumerate(self.months):
            if not month.results:
                continue  # no results that month: no share to draw
            point = QPointF(self._centre(plot, index),
                            plot.bottom() - plot.height() * month.on_time / month.results)
            if points:
                path.lineTo(point)
            else:
                path.moveTo(point)
            points.append(point)
        painter.setPen(QPen(ON_TIME, 2))
        painter.drawPath(path)
        painter.setBrush(ON_TIME)
        for point in points:
            painter.drawEllipse(point, 3, 3)


def _nice_step(most: int) -> int:
    """A grid step of 1, 2 or 5 times a power of ten giving about four lines."""
    rough = max(1, most // 4)
    power = 1
    while power * 10 <= rough:
        power *= 10
    for factor in (1, 2, 5, 10):
        if power * factor >= rough:
            return power * factor
    return power * 10
