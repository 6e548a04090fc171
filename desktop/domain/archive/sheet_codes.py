"""What the summary sheets write by convention: hours and credits (`72с-3к`), specialty and
qualification codes of the two classifier editions, and the bilingual header cell naming them.

Classifier editions:
- "2018": the classifier of specialties and qualifications of TVE approved by the Minister of
  Education and Science's order No. 500 of 13.10.2018: 8-digit specialties (06130100) and
  qualifications of a level digit, a letter (W worker, S mid-level specialist, AB applied
  bachelor) and 8 digits (4S06130105, 3W06130101, 5AB06130101).
- "2011": the earlier classifier of TVE specialties (in force until the 2018 one replaced it):
  7-digit specialties ending in 000 (1304000) and 7-digit qualifications sharing the
  specialty's first four digits (1304043).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.errors import DomainError

EDITION_2018 = "2018"
EDITION_2011 = "2011"
MIN_CODE_DIGITS = 5  # fewer digits at the start of a name are a number in it, not a code

_HOURS = r"(?P<h>\d+)\s*(?:сағ(?:ат)?|час(?:ов|а)?|с|ч)?\.?"
_CREDITS = r"(?P<c>\d+(?:[.,]\d+)?)\s*(?:кредит(?:а|ов|тер)?|кред|кр|к)?\.?"
# A dash or slash between the two, or only a space when the hours carry their unit.
_HOURS_CREDITS = re.compile(rf"{_HOURS}(?:(?:\s*[-–—/]\s*|(?<=[сч.])\s+){_CREDITS})?")
_CREDITS_ONLY = re.compile(r"(?P<c>\d+(?:[.,]\d+)?)\s*(?:кредит(?:а|ов|тер)?|кред|кр|к)\.?")
# Latin letters typed for Cyrillic ones in `72c-3k`.
_CYRILLIC = str.maketrans({"c": "с", "k": "к", "h": "ч"})

_SPECIALTY_2018 = re.compile(r"\d{8}")
_QUALIFICATION_2018 = re.compile(r"(?:[34][SW]|5AB)\d{8}")
_CODE_2011 = re.compile(r"\d{7}")
# Cyrillic С, А, В typed for the Latin letters of a qualification code.
_LATIN = str.maketrans({"С": "S", "с": "S", "А": "A", "а": "A", "В": "B", "в": "B"})
_CODE_TOKEN = re.compile(r"(?<![\w])(?:[345][SWСAАBВswсaаbв]{1,2}\d{8}|\d{7,8})(?![\w])")


class ArchiveRuleError(DomainError):
    """A convention of the summary sheets not followed: `code` says which."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(code, message, **params)


def parse_hours_credits(text: object) -> tuple[int | None, float | None]:
    """`72с-3к` -> (72, 3.0); `72 с - 3 к`, `72c-3k`, `72ч-3кр`, `36с-1,5к`, `72с`, `72/3`,
    `3к` too; a blank cell -> (None, None)."""
    if text is None:
        return None, None
    if (isinstance(text, int | float) and not isinstance(text, bool)
            and float(text).is_integer()):
        return int(text), None
    clean = " ".join(str(text).split()).casefold().translate(_CYRILLIC)
    if not clean:
        return None, None
    match = _HOURS_CREDITS.fullmatch(clean)
    if match:
        credits = match["c"]
        return int(match["h"]), float(credits.replace(",", ".")) if credits else None
    match = _CREDITS_ONLY.fullmatch(clean)
    if match:
        return None, float(match["c"].replace(",", "."))
    raise ArchiveRuleError("archive_hours_unreadable",
                           f"hours and credits {text!r} not like 72с-3к", value=str(text))


@dataclass(frozen=True)
class CodeInfo:
    kind: str  # "specialty" or "qualification"
    edition: str  # EDITION_2018 or EDITION_2011
    code: str  # normalised: Latin letters, upper case, no spaces


def classify_code(code: str) -> CodeInfo:
    clean = "".join(str(code).split()).translate(_LATIN).upper()
    if _SPECIALTY_2018.fullmatch(clean):
        return CodeInfo("specialty", EDITION_2018, clean)
    if _QUALIFICATION_2018.fullmatch(clean):
        return CodeInfo("qualification", EDITION_2018, clean)
    if _CODE_2011.fullmatch(clean):
        kind = "specialty" if clean.endswith("000") else "qualification"
        return CodeInfo(kind, EDITION_2011, clean)
    raise ArchiveRuleError("archive_code_unknown",
                           f"{code!r} is no specialty or qualification code", value=str(code))


def specialty_of(qualification: CodeInfo) -> str:
    """The specialty a qualification belongs to: 4S06130105 -> 06130100, 1304043 -> 1304000."""
    if qualification.edition == EDITION_2018:
        digits = qualification.code[-8:]
        return digits[:6] + "00"
    return qualification.code[:4] + "000"


@dataclass(frozen=True)
class GroupHeader:
    specialty_code: str
    specialty_kk: str
    specialty_ru: str
    qualification_code: str
    qualification_kk: str
    qualification_ru: str
    edition: str


# The labels of the header's lines: (kind, language) by the label's start.
_LABELS = re.compile(
    r"(?P<label>мамандығы|мамандық|специальность|біліктілігі|біліктілік|квалификация)"
    r"\s*[:：]?", re.IGNORECASE)
_LABEL_OF = {"мамандығы": ("specialty", "kk"), "мамандық": ("specialty", "kk"),
             "специальность": ("specialty", "ru"), "біліктілігі": ("qualification", "kk"),
             "біліктілік": ("qualification", "kk"), "квалификация": ("qualification", "ru")}
_TRIM = " \t\n-–—:;,.«»\"'"


def parse_group_header(text: str) -> GroupHeader | None:
    """The specialty and qualification a summary sheet's header cell names, in kk and/or ru;
    None when the text has no such label. Raises `archive_code_unknown` for a code of neither
    edition and `archive_code_mismatch` when the lines name different codes or editions, or a
    qualification of another specialty."""
    labels = list(_LABELS.finditer(text or ""))
    if not labels:
        return None
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for this, following in zip(labels, [*labels[1:], None], strict=True):
        end = following.start() if following else len(text)
        segment = " ".join(text[this.end():end].split())
        kind, lang = _LABEL_OF[this["label"].casefold()]
        code_match = _CODE_TOKEN.search(segment)
        code = classify_code(code_match.group()).code if code_match else ""
        name = segment[code_match.end():] if code_match else segment
        found[kind, lang] = (code, name.strip(_TRIM))
    return _header(found, text)


def _header(found: dict[tuple[str, str], tuple[str, str]], text: str) -> GroupHeader:
    codes = {}
    for kind in ("specialty", "qualification"):
        written = {found[kind, lang][0] for lang in ("kk", "ru") if found.get((kind, lang))}
        written.discard("")
        if len(written) > 1:
            raise ArchiveRuleError("archive_code_mismatch",
                                   f"the header names two {kind} codes", value=text)
        codes[kind] = written.pop() if written else ""
    infos = [classify_code(c) for c in codes.values() if c]
    editions = {i.edition for i in infos}
    kinds_ok = all(classify_code(codes[k]).kind == k for k in codes if codes[k])
    belongs = not (codes["specialty"] and codes["qualification"]) or specialty_of(
        classify_code(codes["qualification"])) == codes["specialty"]
    if len(editions) > 1 or not kinds_ok or not belongs:
        raise ArchiveRuleError("archive_code_mismatch",
                               "the header's codes do not fit together", value=text)

    def name(kind: str, lang: str) -> str:
        return found.get((kind, lang), ("", ""))[1]

    return GroupHeader(codes["specialty"], name("specialty", "kk"), name("specialty", "ru"),
                       codes["qualification"], name("qualification", "kk"),
                       name("qualification", "ru"), editions.pop() if editions else "")


_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def split_code_and_name(text: str) -> tuple[str, str]:
    """"06130100 - Бағдарламалық қамтамасыз ету" -> ("06130100", "Бағдарламалық …"); a cell of
    a table naming a specialty or qualification. No code: ("", text). A code of neither
    edition raises `archive_code_unknown`."""
    clean = " ".join(str(text or "").split())
    match = _CODE_TOKEN.search(clean)
    if not match:
        first = clean.split()[0].strip(_TRIM) if clean else ""
        if sum(ch.isdigit() for ch in first) >= MIN_CODE_DIGITS:
            classify_code(first)  # a code-like first word of neither edition: say so
        return "", clean.strip(_TRIM)
    code = classify_code(match.group()).code
    return code, (clean[:match.start()] + clean[match.end():]).strip(_TRIM)


def is_kazakh(text: str) -> bool:
    """Written in Kazakh rather than Russian: it has a letter Russian lacks."""
    return any(ch in _KAZAKH_LETTERS for ch in text)
