"""What a service's TOML says about refusing: the grounds on which the desk refuses to accept
an application, the grounds on which the law lets the service itself be refused, and the rule of
the hearing that must come before a motivated refusal (its notice and its own limits).

Read by the catalogue; kept apart so the figures and their legal source stay data, not code.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.bilingual import Text


@dataclass(frozen=True)
class RefusalGround:
    code: str
    name: Text
    # The act and article that give this ground (a service ground); None for a desk ground.
    basis: Text | None = None


@dataclass(frozen=True)
class HearingRule:
    """Before a motivated refusal the applicant is heard (Administrative Procedural and
    Process Code, art. 73): the notice of the preliminary decision goes out no later than
    `notice_before_end` working days before the end of the service's term, and the hearing is
    held no later than `hearing_within` working days after the notice."""

    notice_before_end: int
    hearing_within: int
    # Where the figures come from, as the notice and the protocol cite it.
    source: Text


def read_grounds(reader, data: dict, key: str, *, with_basis: bool) -> tuple[RefusalGround, ...]:
    grounds = []
    for i, raw in enumerate(reader.get(data, key, "", list, [], required=False)):
        prefix = f"{key}[{i}]"
        basis = None
        if with_basis:
            basis = Text(kk=reader.get(raw, "basis_kk", prefix, str),
                         ru=reader.get(raw, "basis_ru", prefix, str))
            if not basis.kk.strip() or not basis.ru.strip():
                raise reader.fail(f"{prefix}.basis", "is empty")
        grounds.append(RefusalGround(code=reader.get(raw, "code", prefix, str),
                                     name=reader.text(raw, prefix), basis=basis))
    codes = [g.code for g in grounds]
    if len(set(codes)) != len(codes):
        raise reader.fail(key, "a code is given twice")
    return tuple(grounds)


def read_hearing(reader, data: dict) -> HearingRule | None:
    raw = reader.get(data, "hearing", "", dict, None, required=False)
    if raw is None:
        return None
    before = reader.get(raw, "notice_before_term_end_working_days", "hearing", int)
    within = reader.get(raw, "hearing_within_working_days", "hearing", int)
    if before < 1 or within < 1:
        raise reader.fail("hearing", "the limits must be at least one working day")
    source = Text(kk=reader.get(raw, "source_kk", "hearing", str),
                  ru=reader.get(raw, "source_ru", "hearing", str))
    return HearingRule(before, within, source)
