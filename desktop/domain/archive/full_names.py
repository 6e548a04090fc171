"""Full names as the summary sheets write them in one cell: surname, name, patronymic.

Kazakh patronymics are one word (Бауыржанқызы) or two (Бауыржан қызы), Azerbaijani and Uzbek
ones may end in a separate оглы / кызы / угли; some people have none. Letters are kept as
written (ә ғ қ ң ө ұ ү һ і included); only whitespace is normalised.
"""

from __future__ import annotations

import re

# The second word of a two-word patronymic.
PATRONYMIC_ENDINGS = frozenset({
    "қызы", "ұлы", "кызы", "улы", "уулу", "оглы", "оғлы", "огли", "угли", "гызы", "кизи",
})
_NOT_A_NAME = re.compile(r"[\d\s.,/\\-]+")


def looks_like_a_number(text: str) -> bool:
    """An IIN, a row number or a date written where a name belongs."""
    clean = " ".join(text.split())
    return bool(clean) and bool(_NOT_A_NAME.fullmatch(clean))


def split_full_name(text: str) -> tuple[str, str, str]:
    """"Сейітқали Әлия Бауыржанқызы" -> ("Сейітқали", "Әлия", "Бауыржанқызы"); a missing
    patronymic is ""; everything after the name is the patronymic ("Бауыржан қызы")."""
    words = text.split()
    if not words:
        return "", "", ""
    surname, rest = words[0], words[1:]
    name = rest[0] if rest else ""
    return surname, name, " ".join(rest[1:])
