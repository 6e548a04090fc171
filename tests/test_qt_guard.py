"""Thousands of clicks must not crash Kense (PySide6 6.12.0's reference leak on Python 3.11)."""

import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import desktop.ui
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton
app = QApplication([])
button, box = QPushButton(), QCheckBox()
for _ in range(60_000):
    button.setEnabled(True)
    box.setChecked(False)
    box.isChecked()
print("survived")
"""


def test_a_long_working_day_of_clicks_does_not_abort():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
