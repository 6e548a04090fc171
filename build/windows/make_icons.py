"""Draw Kense's icon and write resources/icons/kense.png (256 px) and kense.ico (16-256 px).

The icon is drawn in code so it can be redrawn without an image editor:
    .venv/bin/python build/windows/make_icons.py
The results are committed; the build only reads them.

A sky-blue tile (the colour of Kazakhstan's flag) holding a white sheet with a golden seal:
an official document, which is what the office hands out.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

SKY = QColor("#00A3C4")
SKY_DARK = QColor("#007E98")
GOLD = QColor("#F5B800")
INK = QColor("#2F4A5A")
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)  # draw on a 256-unit grid at every size

    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(SKY_DARK)
    p.drawRoundedRect(QRectF(8, 12, 240, 240), 44, 44)
    p.setBrush(SKY)
    p.drawRoundedRect(QRectF(8, 8, 240, 236), 44, 44)

    # The sheet, its top-right corner folded.
    sheet = QPainterPath()
    sheet.moveTo(64, 36)
    sheet.lineTo(156, 36)
    sheet.lineTo(196, 76)
    sheet.lineTo(196, 220)
    sheet.lineTo(64, 220)
    sheet.closeSubpath()
    p.setBrush(QColor("white"))
    p.drawPath(sheet)
    fold = QPainterPath()
    fold.moveTo(156, 36)
    fold.lineTo(156, 76)
    fold.lineTo(196, 76)
    fold.closeSubpath()
    p.setBrush(QColor("#D5E6EC"))
    p.drawPath(fold)

    # Lines of text; small sizes get fewer, thicker ones so they stay visible.
    lines = 2 if size < 32 else 4
    p.setPen(QPen(INK, 12 if size < 32 else 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for i in range(lines):
        y = 92 + i * (64 / max(lines - 1, 1))
        p.drawLine(QPointF(86, y), QPointF(174 if i else 138, y))

    # The seal.
    p.setPen(QPen(QColor("white"), 6))
    p.setBrush(QBrush(GOLD))
    p.drawEllipse(QPointF(170, 190), 38, 38)
    if size >= 48:
        p.setPen(QPen(QColor("#B88A00"), 5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(170, 190), 24, 24)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(images: list[QImage]) -> bytes:
    """An .ico of PNG entries (understood by Windows Vista and later, and by rc/PyInstaller)."""
    pngs = [png_bytes(image) for image in images]
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries = b""
    for image, png in zip(images, pngs, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(pngs)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS_DIR.mkdir(parents=True, exist_ok=True)
    (ICONS_DIR / "kense.png").write_bytes(png_bytes(draw(256)))
    (ICONS_DIR / "kense.ico").write_bytes(ico_bytes([draw(s) for s in ICO_SIZES]))
    print(f"wrote {ICONS_DIR / 'kense.png'} and {ICONS_DIR / 'kense.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
