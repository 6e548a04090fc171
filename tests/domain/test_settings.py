"""The one list of settings (resources/settings.toml): what it declares and how a value is read
and checked."""

import pytest

from desktop.domain.errors import InvalidInput
from desktop.domain.settings import all_settings, setting


def test_the_list_holds_what_a_pc_and_the_office_can_set():
    declared = {(s.scope, s.key) for s in all_settings()}
    # Counted from the code that keeps them: the sign-in window's language and the college's
    # names it shows (this PC's settings.ini), and the office's lock time, printer offsets,
    # remembered archive layouts and the office key's three entries.
    assert declared == {
        ("pc", "language"), ("pc", "sign-in/college_kk"), ("pc", "sign-in/college_ru"),
        ("office", "idle_lock_minutes"), ("office", "printer_offsets"),
        ("office", "archive_mapping:"), ("office", "office_id"), ("office", "office_key_check"),
        ("office", "office_key_sheet_pending"),
    }


@pytest.mark.parametrize("spec", all_settings(), ids=lambda s: s.key)
def test_every_setting_is_labelled_in_kazakh_and_russian(spec):
    assert spec.label("kk") and spec.label("ru") and spec.label("kk") != spec.label("ru")
    assert spec.about


def test_a_key_nobody_declared_is_refused():
    with pytest.raises(KeyError):
        setting("idle_minutes", "office")
    with pytest.raises(KeyError):  # declared, but for the office, not this PC
        setting("idle_lock_minutes", "pc")


def test_a_family_covers_each_name_after_its_prefix_but_not_the_bare_prefix():
    assert setting("archive_mapping:3f2a", "office").key == "archive_mapping:"
    with pytest.raises(KeyError):
        setting("archive_mapping:", "office")


def test_the_lock_time_reads_as_a_whole_number_within_its_bounds():
    idle = setting("idle_lock_minutes", "office")
    assert idle.parse(None) == 10  # never set: the declared default
    assert idle.parse("25") == 25
    assert idle.parse("0") == 1 and idle.parse("500") == 120  # edited by hand: held in bounds
    assert idle.parse("ten") == 10


@pytest.mark.parametrize("value", [0, 121, 2.5, float("nan"), "10", True, None])
def test_a_lock_time_outside_one_to_120_whole_minutes_is_refused(value):
    with pytest.raises(InvalidInput):
        setting("idle_lock_minutes", "office").to_text(value)


def test_a_choice_and_a_flag_take_only_their_values():
    language = setting("language", "pc")
    assert language.to_text("ru") == "ru"
    with pytest.raises(InvalidInput):
        language.to_text("en")
    assert language.parse("en") == "kk"  # the default
    pending = setting("office_key_sheet_pending", "office")
    assert pending.to_text(True) == "1" and pending.parse("1") is True
    assert pending.parse(None) is False
    with pytest.raises(InvalidInput):
        pending.to_text("yes")
