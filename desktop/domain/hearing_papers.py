"""Plain data of the hearing's papers: the notice of the preliminary decision and of the hearing,
the hearing's protocol, and what a motivated refusal says of them (see desktop.domain.hearing)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.printables import CollegeInfo, Person


@dataclass(frozen=True)
class CitedGround:
    text: str  # the ground, in the paper's language
    basis: str  # the act and article that give it


@dataclass(frozen=True)
class HearingFacts:
    """The proceeding as a paper fixes it."""

    grounds: tuple[CitedGround, ...]
    motivation: str
    decided_on: date
    notice_number: str
    hearing_at: datetime
    hearing_place: str
    rule_source: str
    hearing_within: int
    notice_way: str = ""
    notice_on: date | None = None
    held_at: datetime | None = None
    attendance: str = ""
    attendees: str = ""
    position: str = ""
    outcome: str = ""
    note: str = ""


@dataclass(frozen=True)
class HearingPaperData:
    """The notice (kind hearing_notice) or the protocol (kind hearing_protocol) of a case."""

    college: CollegeInfo
    reg_number: str
    application_date: date | None
    applicant: Person
    applicant_address: str
    service: str
    head_name: str
    executor_name: str
    facts: HearingFacts
