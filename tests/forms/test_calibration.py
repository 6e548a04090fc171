"""The calibration computation: new offset = applied + expected - measured, per axis."""

import pytest

from desktop.domain.printables import CalibrationData
from desktop.forms.calibration import MARK_A, new_offset, new_offsets, render_calibration
from support.pdf_inspect import reader

MM = 72 / 25.4


def _printed_at(expected: float, applied: float, printer_shift: float) -> float:
    """Where the printer puts a mark: the layout's place, moved by the applied offset (the
    blank printer adds it) and by the printer's own shift."""
    return expected + applied + printer_shift


def test_a_printer_shifting_right_and_down_gets_the_opposite_correction():
    # Mark A is 20 mm from the left and top edges. The printer shifts the page 1.5 mm to the
    # right and 0.5 mm down, no correction applied yet: A is measured at 21.5 and 20.5 mm.
    assert MARK_A == (20.0, 20.0)
    assert new_offsets((0.0, 0.0), (21.5, 20.5)) == (-1.5, -0.5)


def test_a_second_pass_with_the_correction_applied_converges():
    shift = (1.5, 0.5)
    first = new_offsets((0.0, 0.0), (21.5, 20.5))
    measured = (_printed_at(20.0, first[0], shift[0]), _printed_at(20.0, first[1], shift[1]))
    assert measured == (20.0, 20.0)
    assert new_offsets(first, measured) == first  # nothing left to correct


def test_a_second_pass_corrects_what_the_first_left_over():
    # The first measurement was off by 0.5 mm (read 21.0 instead of 21.5): the second pass
    # adds the rest to the correction already applied instead of starting from zero.
    first = new_offsets((0.0, 0.0), (21.0, 20.5))
    assert first == (-1.0, -0.5)
    measured = (_printed_at(20.0, first[0], 1.5), _printed_at(20.0, first[1], 0.5))
    assert measured == (20.5, 20.0)
    assert new_offsets(first, measured) == (-1.5, -0.5)


def test_new_offset_is_rounded_to_a_tenth():
    assert new_offset(0.3, 20.0, 21.46) == pytest.approx(-1.2)
    assert new_offset(-2.0, 20.0, 17.0) == pytest.approx(1.0)


def test_the_sheet_has_the_blanks_paper_size():
    a4 = reader(render_calibration(CalibrationData(), "kk")).pages[0].mediabox
    assert (round(float(a4.width) / MM), round(float(a4.height) / MM)) == (210, 297)
    a5 = reader(render_calibration(CalibrationData(page_mm=(148.0, 210.0)), "ru")).pages[0]
    assert (round(float(a5.mediabox.width) / MM), round(float(a5.mediabox.height) / MM)) == (
        148, 210)
