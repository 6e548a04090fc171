"""Every result renderer takes mark="" (none), "draft" (diagonal ЖОБА / ПРОЕКТ on every page) or
"copy" (КӨШІРМЕ / КОПИЯ stamp on every page), in the document's language."""

import inspect

import pytest

from desktop.forms.certificate import render_certificate
from desktop.forms.duplicate import render_duplicate, render_duplicate_on_blank
from desktop.forms.motivated_refusal import render_motivated_refusal
from desktop.forms.samples import sample_data
from support.pdf_inspect import page_texts

RENDERERS = {
    "certificate": (render_certificate, "certificate"),
    "duplicate": (render_duplicate, "duplicate"),
    "duplicate_blank": (render_duplicate_on_blank, "duplicate"),
    "motivated_refusal": (render_motivated_refusal, "motivated_refusal"),
}
WORDS = {("kk", "draft"): "ЖОБА", ("ru", "draft"): "ПРОЕКТ",
         ("kk", "copy"): "КӨШІРМЕ", ("ru", "copy"): "КОПИЯ"}


@pytest.mark.parametrize("form", RENDERERS)
def test_mark_is_a_keyword_only_option_off_by_default(form):
    parameter = inspect.signature(RENDERERS[form][0]).parameters["mark"]
    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
    assert parameter.default == ""


@pytest.mark.parametrize("form", RENDERERS)
@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("mark", ["draft", "copy"])
def test_the_mark_is_on_every_page_in_the_documents_language(form, lang, mark):
    render, key = RENDERERS[form]
    data = sample_data(lang)[key]
    pages = page_texts(render(data, lang, mark=mark))
    assert len(pages) >= 1
    for page in pages:
        assert WORDS[(lang, mark)] in page
        other = WORDS[("ru" if lang == "kk" else "kk", mark)]
        assert other not in page


@pytest.mark.parametrize("form", RENDERERS)
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_mark_by_default(form, lang):
    render, key = RENDERERS[form]
    text = " ".join(page_texts(render(sample_data(lang)[key], lang)))
    for word in WORDS.values():
        assert word not in text


def test_an_unknown_mark_is_refused():
    with pytest.raises(ValueError):
        render_certificate(sample_data("kk")["certificate"], "kk", mark="sample")
