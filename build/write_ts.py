"""Write a Qt Linguist .ts pair (kk, ru) from a list of (context, source, kk, ru).

    python build/write_ts.py TABLE.py resources/i18n/NAME    # writes NAME_kk.ts and NAME_ru.ts

TABLE.py defines T = [(context, source, kk, ru), ...]. The .ts files are what translators and
Qt Linguist edit afterwards; this only starts a new catalogue.
"""

from __future__ import annotations

import runpy
import sys
from collections import defaultdict
from xml.sax.saxutils import escape


def write(table, stem: str) -> None:
    for index, lang, locale in ((2, "kk", "kk_KZ"), (3, "ru", "ru_RU")):
        contexts = defaultdict(list)
        for row in table:
            contexts[row[0]].append((row[1], row[index]))
        lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
                 f'<TS version="2.1" language="{locale}">']
        for name in sorted(contexts):
            lines += ["<context>", f"    <name>{name}</name>"]
            for source, text in contexts[name]:
                lines += ["    <message>", f"        <source>{escape(source)}</source>",
                          f"        <translation>{escape(text)}</translation>", "    </message>"]
            lines.append("</context>")
        lines.append("</TS>")
        with open(f"{stem}_{lang}.ts", "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    write(runpy.run_path(sys.argv[1])["T"], sys.argv[2])
