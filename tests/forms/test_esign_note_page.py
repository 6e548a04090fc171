"""The line a paper print of an electronically signed result carries never stands alone on a
last page: it stays with the signature (13 to 15 subjects once pushed it onto a page of its
own on the Russian certificate)."""

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.printables import ElectronicSignatureNote, TranscriptRow
from desktop.forms.certificate import render_certificate
from desktop.forms.samples import sample_certificate
from support.pdf_inspect import page_texts

NOTE = ElectronicSignatureNote("САРСЕНБАЕВ ҒАЛЫМ", "770101300123", "4f3a9c",
                               date(2026, 3, 5), "АН-2026-0017")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_esign_line_shares_its_page_with_the_signature(lang):
    base = sample_certificate(lang)
    for subjects in range(8, 31):
        rows = [TranscriptRow(f"Пән {i}", 72, 3.0, "4") for i in range(subjects)]
        pages = page_texts(render_certificate(replace(base, transcript=rows), lang, esign=NOTE))
        last = " ".join(pages[-1].split())
        assert "770101300123" in last, subjects  # the note is on the last page...
        assert base.verification_code in last, subjects  # ...with the signature and its code
