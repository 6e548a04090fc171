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
        top = line_height * 2 + 8
        left = metrics.horizontalAdvance("0000") + 10
        right = metrics.horizontalAdvance("100%") + 12
        plot = QRectF(left, top, self.width() - left - right,
                      self.height() - top - line_height * 2 - 6)
        if plot.width() < 40 or plot.height() < 40:
            return
        most = max(max(m.received, m.documents) for m in self.months) or 1
        step = _nice_step(most)
        ceiling = step * -(-most // step)
        self._paint_grid(painter, plot, ceiling, step)
        self._paint_bars(painter, plot, ceiling, line_height)
        self._paint_share(painter, plot)

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
        return plot.width() / len(self.months)

    def _paint_bars(self, painter: QPainter, plot: QRectF, ceiling: int,
                    line_height: int) -> None:
        slot = self._slot(plot)
        bar = max(2.0, min(28.0, slot * 0.36))
        every = max(1, int(-(-48 // slot)))  # a month label needs about 48 pixels
        for index, month in enumerate(self.months):
            centre = plot.left() + slot * (index + 0.5)
            for offset, value, colour in ((-bar, month.received, RECEIVED),
                                          (0.0, month.documents, DOCUMENTS)):
                height = plot.height() * value / ceiling
                painter.fillRect(QRectF(centre + offset, plot.bottom() - height, bar, height),
                                 colour)
            if index % every == 0:
                painter.setPen(TEXT)
                painter.drawText(QRectF(centre - slot * every / 2, plot.bottom() + 4,
                                        slot * every, line_height),
                                 Qt.AlignmentFlag.AlignHCenter, month.month.strftime("%m.%Y"))

    def _paint_share(self, painter: QPainter, plot: QRectF) -> None:
        slot = self._slot(plot)
        path = QPainterPath()
        points = []
        for index, month in enumerate(self.months):
            if not month.results:
                continue  # no results that month: no share to draw
            point = QPointF(plot.left() + slot * (index + 0.5),
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
