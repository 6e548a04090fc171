"""Refresh resources/i18n/*.ts from the source with lupdate, and say what is left to translate.

    python build/update_translations.py           # update the .ts files, list what is unfinished
    python build/update_translations.py --check   # change nothing; exit 1 if anything is missing,
                                                  # unfinished or no longer in the source

lupdate reads every tr(), translate() and QT_TRANSLATE_NOOP in desktop/. The .ts files are split
by part of the program (shell_*, cases_*, records_*): each keeps the strings it holds, with
their translations. A new string goes, unfinished, to the file holding most strings of the same
source file (else of the same folder, else of the same context, else shell), in every language.
A string no longer in the source is dropped (git keeps the old translation). Then translate the
unfinished strings (Qt Linguist, or by hand: fill in <translation> and remove its
type="unfinished") and run build/compile_translations.py.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The sibling script finds the Qt tools; this file also runs loaded by path (the tests).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from compile_translations import find_qt_tool  # noqa: E402

I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "desktop"
DEFAULT_PART = "shell"

Key = tuple[str, str, str]  # context, source, disambiguating comment


def find_lupdate() -> list[str]:
    return find_qt_tool("lupdate")


@dataclass
class Found:
    """A string lupdate found: where it is used, relative to resources/i18n/."""

    key: Key
    numerus: bool
    locations: list[tuple[str, str]] = field(default_factory=list)  # (filename, line)


def key_of(context: str, message: ET.Element) -> Key:
    return context, message.findtext("source", ""), message.findtext("comment", "")


def extract(sources: Path = SOURCES) -> dict[Key, Found]:
    """Every translatable string in the Python files under `sources`, in lupdate's order."""
    files = sorted(str(p) for p in sources.rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "all.ts"
        # lupdate does not look into .py files when given a folder: list them.
        result = subprocess.run([*find_lupdate(), "-silent", "-locations", "absolute", *files,
                                 "-ts", str(out)], capture_output=True, text=True)
        if result.returncode != 0 or not out.is_file():
            raise SystemExit(f"lupdate failed\n{result.stdout}{result.stderr}")
        found: dict[Key, Found] = {}
        for context in ET.parse(out).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                locations = []
                for loc in message.findall("location"):
                    where = (Path(tmp) / loc.get("filename", "")).resolve()
                    locations.append((Path(os.path.relpath(where, I18N)).as_posix(),
                                      loc.get("line", "")))
                key = key_of(name, message)
                found[key] = Found(key, message.get("numerus") == "yes", locations)
    return found


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform") or [translation]
    return any(not (form.text or "").strip() for form in forms)


def catalogues(language: str) -> dict[str, ET.ElementTree]:
    """part ("shell", "cases" ...) -> the parsed .ts file of `language`."""
    return {p.stem.rsplit("_", 1)[0]: ET.parse(p) for p in sorted(I18N.glob(f"*_{language}.ts"))}


def languages() -> list[str]:
    return sorted({p.stem.rsplit("_", 1)[1] for p in I18N.glob("*_*.ts")})


def choose_parts(found: dict[Key, Found], held: dict[Key, str]) -> dict[Key, str]:
    """The part each string not yet in any file goes to (the same in every language)."""
    by_file: dict[str, Counter] = {}
    by_folder: dict[str, Counter] = {}
    by_context: dict[str, Counter] = {}
    for key, part in held.items():
        by_context.setdefault(key[0], Counter())[part] += 1
        if key in found:
            for filename, _line in found[key].locations:
                by_file.setdefault(filename, Counter())[part] += 1
                by_folder.setdefault(filename.rsplit("/", 1)[0], Counter())[part] += 1
    chosen = {}
    for key, item in found.items():
        if key in held:
            continue
        files = [f for f, _line in item.locations]
        for votes in ([by_file.get(f) for f in files],
                      [by_folder.get(f.rsplit("/", 1)[0]) for f in files],
                      [by_context.get(key[0])]):
            total = sum((v for v in votes if v), Counter())
            if total:
                chosen[key] = total.most_common(1)[0][0]
                break
        else:
            chosen[key] = DEFAULT_PART
    return chosen


@dataclass
class Change:
    added: list[Key] = field(default_factory=list)
    dropped: list[Key] = field(default_factory=list)
    unfinished: list[Key] = field(default_factory=list)


def merge(tree: ET.ElementTree, found: dict[Key, Found], new: list[Key]) -> Change:
    """Bring one .ts file up to date: locations refreshed, strings gone from the source
    dropped, `new` strings added unfinished (in sorted contexts, as lupdate keeps them)."""
    change = Change()
    root = tree.getroot()
    contexts = {c.findtext("name", ""): c for c in root.findall("context")}
    for name, context in contexts.items():
        for message in context.findall("message"):
            key = key_of(name, message)
            if key not in found:
                context.remove(message)
                change.dropped.append(key)
                continue
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                # Back in the source (lupdate had set it aside): its old translation counts.
                del translation.attrib["type"]
            for loc in message.findall("location"):
                message.remove(loc)
            for index, (filename, line) in enumerate(found[key].locations):
                message.insert(index, ET.Element("location", filename=filename, line=line))
    for key in new:
        context = contexts.get(key[0])
        if context is None:
            context = ET.Element("context")
            ET.SubElement(context, "name").text = key[0]
            contexts[key[0]] = context
        message = ET.SubElement(context, "message")
        if found[key].numerus:
            message.set("numerus", "yes")
        for filename, line in found[key].locations:
            ET.SubElement(message, "location", filename=filename, line=line)
        ET.SubElement(message, "source").text = key[1]
        if key[2]:
            ET.SubElement(message, "comment").text = key[2]
        translation = ET.SubElement(message, "translation", type="unfinished")
        if found[key].numerus:
            ET.SubElement(translation, "numerusform")
        change.added.append(key)
    for context in root.findall("context"):
        root.remove(context)
    for name in sorted(contexts):
        if contexts[name].findall("message"):
            root.append(contexts[name])
    for context in root.findall("context"):
        name = context.findtext("name", "")
        change.unfinished += [key_of(name, m) for m in context.findall("message")
                              if is_unfinished(m)]
    return change


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _element(node: ET.Element, depth: int) -> list[str]:
    pad = "    " * depth
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in node.attrib.items())
    children = list(node)
    if node.tag == "location":
        return [f"{pad}<location{attrs}/>"]
    if not children:
        return [f"{pad}<{node.tag}{attrs}>{_escape(node.text or '')}</{node.tag}>"]
    lines = [f"{pad}<{node.tag}{attrs}>"]
    for child in children:
        lines += _element(child, depth + 1)
    return [*lines, f"{pad}</{node.tag}>"]


def serialise(tree: ET.ElementTree) -> str:
    """The .ts text in lupdate's own layout, so that an update changes only what changed."""
    root = tree.getroot()
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in root.attrib.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for context in root.findall("context"):
        lines.append("<context>")
        for child in context:
            lines += _element(child, 1)
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a string is missing, unfinished or stale")
    args = parser.parse_args(argv)
    found = extract()
    langs = languages()
    trees = {lang: catalogues(lang) for lang in langs}
    held: dict[Key, str] = {}
    for lang in langs:
        for part, tree in trees[lang].items():
            for context in tree.getroot().iter("context"):
                name = context.findtext("name", "")
                for message in context.iter("message"):
                    held.setdefault(key_of(name, message), part)
    chosen = choose_parts(found, held)
    problems = 0
    for lang in langs:
        in_lang = {key_of(c.findtext("name", ""), m)
                   for tree in trees[lang].values() for c in tree.getroot().iter("context")
                   for m in c.iter("message")}
        # A string one language lacks goes where the other languages hold it.
        parts = {k: held.get(k) or chosen[k] for k in found if k not in in_lang}
        for part, tree in trees[lang].items():
            path = I18N / f"{part}_{lang}.ts"
            change = merge(tree, found, [k for k, p in parts.items() if p == part])
            text = serialise(tree)
            if not args.check and text != path.read_text(encoding="utf-8"):
                path.write_text(text, encoding="utf-8")
            print(f"{path.name}: {len(change.added)} new, {len(change.dropped)} dropped, "
                  f"{len(change.unfinished)} unfinished")
            for label, keys in (("gone from the source", change.dropped),
                                ("unfinished", change.unfinished)):
                for context, source, _comment in keys:
                    print(f"  {label}: [{context}] {source!r}")
            if change.unfinished or (args.check and change.dropped):
                problems += 1
    if args.check and problems:
        print("run build/update_translations.py, translate the unfinished strings, and "
              "build/compile_translations.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
