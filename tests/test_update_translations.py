"""build/update_translations.py keeps every translation, adds new strings unfinished to the file
of their neighbours, and drops strings gone from the source."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "build" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


BEFORE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="144"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="150"/>
        <source>Old button</source>
        <translation>Ескі батырма</translation>
    </message>
</context>
</TS>
"""

# Hand-written: Print… keeps its translation at its new line, "Old button" is gone, the new
# string waits unfinished, and a new context sits in alphabetical order.
AFTER = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="7"/>
        <source>The screen is locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="149"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="160"/>
        <source>Save the page&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def _found(tool, context, source, filename, line):
    key = (context, source, "")
    return key, tool.Found(key, False, [(f"../../desktop/ui/{filename}", str(line))])


def test_an_update_keeps_translations_adds_new_strings_and_drops_gone_ones(tool):
    found = dict([
        _found(tool, "PdfPreviewDialog", "Print…", "pdf_view.py", 149),
        _found(tool, "PdfPreviewDialog", "Save the page's copy", "pdf_view.py", 160),
        _found(tool, "LockDialog", "The screen is locked", "lock.py", 7),
    ])
    tree = ET.ElementTree(ET.fromstring(BEFORE.encode()))
    change = tool.merge(tree, found, [("PdfPreviewDialog", "Save the page's copy", ""),
                                      ("LockDialog", "The screen is locked", "")])
    assert tool.serialise(tree) == AFTER
    assert change.dropped == [("PdfPreviewDialog", "Old button", "")]
    assert sorted(change.unfinished) == [("LockDialog", "The screen is locked", ""),
                                         ("PdfPreviewDialog", "Save the page's copy", "")]


def test_a_new_string_goes_to_the_file_of_its_neighbours(tool):
    found = dict([
        _found(tool, "ClerkWorkspace", "Register", "workspaces/clerk.py", 10),
        _found(tool, "HeadWorkspace", "Sign", "workspaces/head.py", 12),
        _found(tool, "CaseSummary", "Printed", "workspaces/case_view.py", 40),
        _found(tool, "AuditPage", "Verify the log", "admin/audit_page.py", 30),
        # new: in the file of "Printed" (its folder is mostly cases); in the folder of
        # Register and Sign; an old context in a new folder; nothing known at all
        _found(tool, "CaseColumns", "Copy", "workspaces/case_view.py", 50),
        _found(tool, "TextDialog", "Comment", "workspaces/text_dialog.py", 5),
        _found(tool, "AuditPage", "Anchor", "records/anchor.py", 3),
        _found(tool, "Brand", "New", "brand_new.py", 1),
    ])
    held = {("ClerkWorkspace", "Register", ""): "cases", ("HeadWorkspace", "Sign", ""): "cases",
            ("CaseSummary", "Printed", ""): "records",
            ("AuditPage", "Verify the log", ""): "records"}
    assert tool.choose_parts(found, held) == {
        ("CaseColumns", "Copy", ""): "records",
        ("TextDialog", "Comment", ""): "cases",
        ("AuditPage", "Anchor", ""): "records",
        ("Brand", "New", ""): "shell",
    }


def test_check_mode_changes_nothing_and_passes_on_the_project(tool, capsys):
    before = {p: p.read_bytes() for p in (ROOT / "resources" / "i18n").glob("*.ts")}
    assert tool.main(["--check"]) == 0
    assert {p: p.read_bytes() for p in before} == before
