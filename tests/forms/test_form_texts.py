"""The official wording lives in resources/forms/*.toml: both languages say the same things, and
a broken file tells the person editing it which file and which key."""

from __future__ import annotations

import shutil

import pytest

from desktop.domain.catalogue import CHANNELS
from desktop.domain.workflow import STATUSES
from desktop.forms import texts as texts_module
from desktop.forms.receipt import render_receipt
from desktop.forms.samples import sample_data
from desktop.forms.texts import FormTextError, forget_texts, load_texts, status_name, texts
from desktop.locations import resources_dir


def test_both_languages_have_the_same_keys():
    assert load_texts("kk").keys() == load_texts("ru").keys()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_code_the_app_uses_has_wording(lang):
    t = texts(lang)
    for state in STATUSES:
        assert status_name(state, lang) != state
    for channel in CHANNELS:
        assert t.code("channels", channel) and t.code("channels_short", channel)
    for service in ("duplicate", "certificate"):
        assert t.code("services", service)
        t(f"refusal_receipt.appendix.{service}")  # may be empty: no approved form, no note
    assert len(t.lines("common.months")) == 12


def test_kazakh_wording_is_kazakh():
    t = texts("kk")
    assert t("refusal_receipt.title") == "Құжаттарды қабылдаудан бас тарту туралы қолхат"
    assert t("certificate.title") == "АНЫҚТАМА"
    assert t.lines("common.months")[2] == "наурыз"


@pytest.fixture
def wording_copy(tmp_path, monkeypatch):
    """A private copy of resources/ that a test may break; the forms read it instead."""
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir() / "forms", copy / "forms")
    shutil.copytree(resources_dir() / "fonts", copy / "fonts")
    monkeypatch.setattr(texts_module, "resources_dir", lambda: copy)
    forget_texts()
    yield copy / "forms"
    forget_texts()


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_missing_key_names_file_and_key(wording_copy):
    _edit(wording_copy / "ru.toml", 'title = "Расписка о приеме документов"\n', "")
    with pytest.raises(FormTextError) as caught:
        render_receipt(sample_data("ru")["receipt"], "ru")
    message = str(caught.value)
    assert "ru.toml" in message and "receipt.title" in message
    # The other language is not affected.
    assert render_receipt(sample_data("kk")["receipt"], "kk").startswith(b"%PDF")


def test_wrong_type_names_file_and_key(wording_copy):
    _edit(wording_copy / "kk.toml", 'due_date = "Нәтижені беру мерзімі"', "due_date = 15")
    with pytest.raises(FormTextError, match=r"kk\.toml.*receipt\.due_date.*expected text"):
        render_receipt(sample_data("kk")["receipt"], "kk")


def test_unknown_placeholder_names_file_and_key(wording_copy):
    _edit(wording_copy / "kk.toml", "«{service}» мемлекеттік көрсетілетін қызметті алу үшін",
          "«{servise}» мемлекеттік көрсетілетін қызметті алу үшін")
    with pytest.raises(FormTextError, match=r"kk\.toml.*receipt\.subtitle.*servise"):
        render_receipt(sample_data("kk")["receipt"], "kk")


def test_invalid_toml_names_the_file(wording_copy):
    _edit(wording_copy / "ru.toml", "[receipt]", "[receipt")
    with pytest.raises(FormTextError, match=r"ru\.toml.*not valid TOML"):
        render_receipt(sample_data("ru")["receipt"], "ru")


def test_missing_file_names_the_file(wording_copy):
    (wording_copy / "kk.toml").unlink()
    with pytest.raises(FormTextError, match=r"kk\.toml.*file not found"):
        render_receipt(sample_data("kk")["receipt"], "kk")


def test_unknown_channel_code_is_an_error_not_a_blank():
    from dataclasses import replace

    data = replace(sample_data("kk")["receipt"], channel="fax")
    with pytest.raises(FormTextError, match=r"channels\.fax"):
        render_receipt(data, "kk")


def test_the_journal_names_a_status_as_the_screen_does():
    # The wording of resources/services/statuses.toml, read here by hand.
    assert status_name("assigned", "kk") == "Орындаушыда"
    assert status_name("refusal_handed", "ru") == "Мотивированный отказ вручён"
