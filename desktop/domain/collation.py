"""Alphabetical order of names as a clerk expects it: the Kazakh Cyrillic alphabet.

Databases order text by code point (SQLite) or by the server's locale (PostgreSQL), and both put
Ә Ғ Қ Ң Ө Ұ Ү Һ І after Я. `sort_key` turns a name into a string of two-digit letter ranks;
strings of digits of equal width compare the same under every collation, so one indexed column
orders names alike on both backends. The Kazakh alphabet contains the Russian one in the same
order, so the key serves Russian names too.
"""

from __future__ import annotations

import unicodedata

# The 42 letters of the Kazakh Cyrillic alphabet (1940 order, as in dictionaries and school).
KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"

_SEPARATOR = "00"  # a space or hyphen: "Ким Анна" before "Кимов"
_OTHER = "99"  # anything unforeseen goes after every known letter

_RANKS: dict[str, str] = {letter: f"{i:02d}" for i, letter in enumerate(KAZAKH_ALPHABET, 1)}
_RANKS.update({digit: f"{43 + i:02d}" for i, digit in enumerate("0123456789")})
_RANKS.update({letter: f"{53 + i:02d}" for i, letter in enumerate("abcdefghijklmnopqrstuvwxyz")})
_RANKS.update({" ": _SEPARATOR, "-": _SEPARATOR})
_DROPPED = frozenset("'’ʼ.")

MAX_KEY_LENGTH = 400  # two digits per character of a 200-character full name


def _rank(ch: str) -> str:
    rank = _RANKS.get(ch)
    if rank is None:
        # A Latin letter with a mark (é, ü, ç) ranks with its base letter.
        rank = _RANKS.get(unicodedata.normalize("NFKD", ch)[:1], _OTHER)
    return rank


def sort_key(text: str) -> str:
    """The collation key of a name: two digits per character, in Kazakh alphabetical order."""
    folded = " ".join(text.split()).casefold()
    return "".join(_rank(ch) for ch in folded if ch not in _DROPPED)[:MAX_KEY_LENGTH]
