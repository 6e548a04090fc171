"""A name key for finding people however their name was typed.

The same person is written "Сейітқали" in one list and "Сеиткали" in another: Russian keyboards
and older records replace the letters Kazakh adds with their nearest Russian letters. The search
key reads each such letter as that neighbour, so a prefix typed either way finds both spellings.
"""

from __future__ import annotations

_NEIGHBOURS = str.maketrans({
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
    "ё": "е", "й": "и", "-": " ", "'": "", "’": "", "ʼ": "", ".": "",
})


def search_key(text: str) -> str:
    """Case-folded, single-spaced, with the Kazakh letters read as their Russian neighbours
    and a doubled letter (not digit) read once: "Сейітқали", "Сейтқали" and "Сеиткали" all give
    "сеиткали" (й and і both read и, and the "ии" they make is one)."""
    folded = " ".join(text.casefold().translate(_NEIGHBOURS).split())
    return "".join(ch for i, ch in enumerate(folded)
                   if i == 0 or ch != folded[i - 1] or not ch.isalpha())
