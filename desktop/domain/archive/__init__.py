"""The college archive's conventions, in one place to import from: grades and their scale,
hours and credits, specialty and qualification codes, group headers and full names."""

from desktop.domain.archive.full_names import looks_like_a_number, split_full_name
from desktop.domain.archive.grade_scale import (
    TRADITIONAL,
    ArchiveGradeError,
    Grade,
    GradeScale,
    grade_from_cells,
    load_grade_scale,
    parse_grade_scale,
    traditional_words,
)
from desktop.domain.archive.sheet_codes import (
    EDITION_2011,
    EDITION_2018,
    ArchiveRuleError,
    CodeInfo,
    GroupHeader,
    classify_code,
    parse_group_header,
    parse_hours_credits,
    specialty_of,
)

__all__ = [
    "EDITION_2011", "EDITION_2018", "TRADITIONAL", "ArchiveGradeError", "ArchiveRuleError",
    "CodeInfo", "Grade", "GradeScale", "GroupHeader", "classify_code", "grade_from_cells",
    "load_grade_scale", "looks_like_a_number", "parse_grade_scale", "parse_group_header",
    "parse_hours_credits", "specialty_of", "split_full_name", "traditional_words",
]
