"""The legal basis of the forms is data (resources/forms/legal_basis.toml) and the corner notes
cite only what the law says."""

import shutil
from dataclasses import replace
from datetime import date

import pytest

from desktop.forms import texts as texts_module
from desktop.forms.certificate import render_certificate
from desktop.forms.layout import legal_basis_note
from desktop.forms.refusal_receipt import render_refusal_receipt
from desktop.forms.samples import sample_data
from desktop.forms.texts import legal_basis, load_texts
from desktop.locations import resources_dir
from support.pdf_inspect import all_text, page_texts


def test_the_certificate_basis_is_order_39_as_amended_by_order_312():
    basis = legal_basis("certificate")
    assert basis["order_number"] == "39"
    assert basis["order_date"] == date(2015, 1, 28)
    assert basis["amended_number"] == "312"
    assert basis["amended_date"] == date(2023, 10, 18)
    assert "appendix" in basis


@pytest.mark.parametrize(("lang", "cited", "amended"), [
    ("kk", "2015 жылғы 28 қаңтардағы № 39",
     "(Қазақстан Республикасы Оқу-ағарту министрінің 2023 жылғы 18 қазандағы № 312 бұйрығының "
     "редакциясында)"),
    ("ru", "от 28 января 2015 года № 39",
     "(в редакции приказа Министра просвещения Республики Казахстан от 18 октября 2023 года "
     "№ 312)"),
])
def test_the_certificate_cites_order_39_not_627(lang, cited, amended):
    text = " ".join(all_text(render_certificate(sample_data(lang)["certificate"], lang)).split())
    assert cited in text
    assert amended in text
    assert "627" not in text


def test_an_appendix_number_entered_in_the_data_is_printed(tmp_path, monkeypatch):
    folder = tmp_path / "forms"
    shutil.copytree(resources_dir() / "forms", folder)
    source = (resources_dir() / "forms" / "legal_basis.toml").read_text(encoding="utf-8")
    (folder / "legal_basis.toml").write_text(source.replace('appendix = ""', 'appendix = "35"'),
                                             encoding="utf-8")
    monkeypatch.setattr(texts_module, "resources_dir", lambda: tmp_path)
    texts_module.forget_texts()
    try:
        assert legal_basis("certificate")["appendix"] == "35"
        assert "35-қосымша" in legal_basis_note("certificate", load_texts("kk"))
        ru = legal_basis_note("certificate", load_texts("ru"))
        assert ru.startswith("Приложение 35 к приказу")
    finally:
        monkeypatch.undo()
        texts_module.forget_texts()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_refusal_receipt_of_the_certificate_service_has_no_invented_corner_note(lang):
    data = replace(sample_data(lang)["refusal_receipt"], service="certificate")
    first = page_texts(render_refusal_receipt(data, lang))[0]
    # The regulation of the certificate service approves no refusal receipt form: no note,
    # and none that ends mid-phrase ("...қызметке / Нысан").
    assert "қызметке\nНысан" not in first and "Нысан" not in first.split("\n")[:6]
    assert "Форма" not in first.split("\n")[:6]
    assert not first.lstrip().startswith(("«", "К государственной"))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_refusal_receipt_prints_no_standard_item_9_line_of_ours(lang):
    data = sample_data(lang)["refusal_receipt"]
    text = " ".join(all_text(render_refusal_receipt(data, lang)).split())
    assert "пункт 9" not in text and "9-тармағы" not in text
    assert "refusal_receipt.ground" not in set(load_texts(lang).keys())


def test_russian_official_wording_writes_priyeme_without_yo():
    ru = load_texts("ru")
    assert ru("receipt.title") == "Расписка о приеме документов"
    assert ru("refusal_receipt.title") == "Расписка об отказе в приеме документов"
    for key in sorted(ru.keys()):
        value = ru._lookup(key)
        for text in value if isinstance(value, list) else [value]:
            assert "ё" not in str(text), key
