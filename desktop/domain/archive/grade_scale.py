"""Grades of the college's summary sheets: points 0–100, a letter, its numeric equivalent and
the traditional five-point grade, any of them possibly missing, numbers possibly written as text
("85", "4,0"), and words instead of marks ("сынақ", "зачтено", "босатылды").

The scale is data (resources/archive/grade_scale.toml); what a sheet leaves out is filled from
it, and cells that disagree with each other are refused rather than guessed between.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from desktop.domain.errors import DomainError

# Found like desktop.locations finds resources (the domain may not import it): the package sits
# next to resources/ both in the source tree and in the PyInstaller bundle.
SCALE_FILE = Path(__file__).resolve().parents[3] / "resources" / "archive" / "grade_scale.toml"
TRADITIONAL = ("5", "4", "3", "2", "pass", "exempt")
LANGUAGES = ("kk", "ru")
MAX_POINTS = 100
# "3,7" written for 3.67: a numeric within this distance of the scale's value is that value.
NUMERIC_TOLERANCE = 0.05
# Cyrillic letters typed for their Latin twins in letter grades.
_LATIN = str.maketrans({"А": "A", "В": "B", "С": "C", "Д": "D", "Ф": "F", "а": "A", "в": "B",
                        "с": "C", "д": "D", "ф": "F", "–": "-", "−": "-", "—": "-"})


@dataclass(frozen=True)
class Grade:
    points: int | None
    letter: str
    numeric: float | None
    traditional: str  # "5", "4", "3", "2", "pass", "exempt" or ""
    text: str  # the cells as written, joined by " / "


@dataclass(frozen=True)
class ScaleRow:
    low: int
    high: int
    letter: str
    numeric: float
    traditional: str


@dataclass(frozen=True)
class GradeScale:
    rows: tuple[ScaleRow, ...]
    words: dict[str, dict[str, str]]  # lang -> traditional code -> words
    cell_words: dict[str, str]  # a word written in a cell -> traditional code

    def by_points(self, points: int) -> ScaleRow:
        return next(r for r in self.rows if r.low <= points <= r.high)

    def by_letter(self, letter: str) -> ScaleRow | None:
        return next((r for r in self.rows if r.letter == letter), None)

    def by_numeric(self, numeric: float) -> ScaleRow | None:
        near = [r for r in self.rows if abs(r.numeric - numeric) <= NUMERIC_TOLERANCE]
        return near[0] if len(near) == 1 else None


class ArchiveGradeError(DomainError):
    """A grade whose cells cannot be read or contradict each other."""

    def __init__(self, value: str, message: str) -> None:
        super().__init__("archive_grade_unreadable", message, value=value)


def parse_grade_scale(data: dict) -> GradeScale:
    """The scale from the TOML's data; checks that the rows cover 0–100 once each."""
    rows = tuple(ScaleRow(int(r["low"]), int(r["high"]), str(r["letter"]), float(r["numeric"]),
                          str(r["traditional"])) for r in data["scale"])
    covered = sorted(p for r in rows for p in range(r.low, r.high + 1))
    if covered != list(range(MAX_POINTS + 1)):
        raise ValueError("grade scale rows must cover 0..100 exactly once")
    words = {lang: {code: str(data["words"][lang][code]) for code in TRADITIONAL}
             for lang in LANGUAGES}
    cell_words = {}
    for code, written in data["cells"].items():
        if code not in TRADITIONAL:
            raise ValueError(f"grade scale: unknown traditional grade {code!r} in [cells]")
        cell_words.update({_word(w): code for w in written})
    return GradeScale(rows, words, cell_words)


@cache
def load_grade_scale(path: Path = SCALE_FILE) -> GradeScale:
    return parse_grade_scale(tomllib.loads(path.read_text(encoding="utf-8")))


def traditional_words(code: str, lang: str, scale: GradeScale | None = None) -> str:
    """How a traditional grade is written in a transcript: "5" -> "5 (өте жақсы)"; "" -> ""."""
    if not code:
        return ""
    return (scale or load_grade_scale()).words[lang][code]


def written_grade(text: str, lang: str, scale: GradeScale | None = None) -> str:
    """A transcript's grade as the result's language writes it: a word for a pass or an
    exemption in either language ("сынақ", "зачтено", "освобожден") becomes the scale's word
    ("есептелді" in Kazakh, "зачтено" in Russian), and a mark with its words in the other
    language ("5 (отлично)") gets this language's words; anything else stays as written."""
    scale = scale or load_grade_scale()
    word = _word(text)
    code = scale.cell_words.get(word)
    if code in ("pass", "exempt"):
        return scale.words[lang][code]
    for code in ("5", "4", "3", "2"):
        if any(word == _word(words[code]) for words in scale.words.values()):
            return scale.words[lang][code]
    return text


SCALE_SEPARATOR = " / "


def scale_grade(points: int, letter: str, numeric: float | None, traditional: str) -> str:
    """A grade on the whole scale, as a transcript line keeps it: "87 / B+ / 3,33 / 4 (жақсы)"
    (points, letter, numeric equivalent, traditional grade in words)."""
    number = "" if numeric is None else f"{numeric:g}".replace(".", ",")
    return SCALE_SEPARATOR.join((str(points), letter, number, traditional))


def split_scale_grade(text: str) -> tuple[str, str, str, str] | None:
    """The four parts of a grade written by scale_grade, or None for any other grade."""
    parts = [part.strip() for part in text.split(SCALE_SEPARATOR.strip())]
    if len(parts) != 4 or not parts[0].isdigit() or not 0 <= int(parts[0]) <= MAX_POINTS:
        return None
    letter, number = parts[1], parts[2]
    if not (letter[:1] in "ABCDF" and letter[1:] in ("", "+", "-")) or not letter:
        return None
    if number and not number.replace(",", "", 1).isdigit():
        return None
    return parts[0], letter, number, parts[3]


def _word(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(".")


def _written(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ".").replace(" ", ""))
    except ValueError:
        return None


def _points(text: str) -> int | None:
    number = _number(text)
    if number is None or not 0 <= number <= MAX_POINTS:
        raise ArchiveGradeError(text, f"points {text!r} are not a number 0..100")
    # Averaged points come with decimals; the scale counts whole points, rounding half up.
    return int(number + 0.5)


def _traditional(text: str, scale: GradeScale) -> str:
    word = scale.cell_words.get(_word(text))
    if word:
        return word
    number = _number(text.split("(")[0])
    if number is not None and number.is_integer() and str(int(number)) in TRADITIONAL:
        return str(int(number))
    raise ArchiveGradeError(text, f"traditional grade {text!r} is not 2..5 or a known word")


def grade_from_cells(points: object, letter: object, numeric: object, traditional: object,
                     scale: GradeScale | None = None) -> Grade:
    """One subject's grade from its sub-columns (any may be None or blank).

    A word meaning pass or exempt in any cell stands for the traditional grade. What is missing
    is filled from the scale; when the cells disagree (85 points with "A", "3" with "B+",
    "exempt" with points) nothing is guessed: ArchiveGradeError. All cells blank is an error too.
    """
    if scale is None:
        return _with_shipped_scale(points, letter, numeric, traditional)
    return _grade(points, letter, numeric, traditional, scale)


# A sheet repeats the same few dozen grades thousands of times; 85 and 85.0 share an entry,
# which is right since both are written "85".
@lru_cache(maxsize=4096)
def _with_shipped_scale(points: object, letter: object, numeric: object,
                        traditional: object) -> Grade:
    return _grade(points, letter, numeric, traditional, load_grade_scale())


def _grade(points: object, letter: object, numeric: object, traditional: object,
           scale: GradeScale) -> Grade:
    cells = [_written(v) for v in (points, letter, numeric, traditional)]
    text = " / ".join(c for c in cells if c)
    if not text:
        raise ArchiveGradeError("", "no grade in any cell")
    words = {scale.cell_words[_word(c)] for c in cells if _word(c) in scale.cell_words}
    p_text, l_text, n_text, t_text = (
        "" if _word(c) in scale.cell_words else c for c in cells)
    trad = _traditional(t_text, scale) if t_text else ""
    for word in words:
        if trad and trad != word:
            raise ArchiveGradeError(text, f"grade cells disagree: {text!r}")
        trad = word

    rows = []
    if p_text:
        rows.append(scale.by_points(_points(p_text)))
    if l_text:
        row = scale.by_letter(l_text.translate(_LATIN).upper().replace(" ", ""))
        if row is None:
            raise ArchiveGradeError(l_text, f"letter grade {l_text!r} is not on the scale")
        rows.append(row)
    if n_text:
        number = _number(n_text)
        row = scale.by_numeric(number) if number is not None else None
        if row is None:
            raise ArchiveGradeError(n_text, f"numeric grade {n_text!r} is not on the scale")
        rows.append(row)
    if not rows:
        return Grade(None, "", None, trad, text)
    row = rows[0]
    if any(r != row for r in rows):
        raise ArchiveGradeError(text, f"grade cells disagree: {text!r}")
    passed = row.traditional != "2"
    if trad and not (trad == row.traditional or (trad == "pass" and passed)):
        raise ArchiveGradeError(text, f"grade cells disagree: {text!r}")
    return Grade(_points(p_text) if p_text else None, row.letter, row.numeric,
                 trad or row.traditional, text)
