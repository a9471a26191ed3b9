"""The yearly overview of the incident register (the sector's yearly analysis): counts by
type, group, measure, channel, status and month, with the policy's words; no personal data."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from arabesk_desk.incidents import GROUP_LABELS, STATUSES
from arabesk_desk.policy import SchoolPolicy
from arabesk_desk.reports.document import BarChart, Block, Document, Heading, Paragraph, Table
from arabesk_desk.store.incident_register import YearOverview

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
CATEGORIES = (
    ("type", "Soort overtreding"),
    ("group", "Groep"),
    ("measure", "Maatregel"),
    ("channel", "Kanaal"),
    ("status", "Stand van zaken"),
)


def label(policy: SchoolPolicy, category: str, value: str) -> str:
    """The policy's own word for a value (a type's name, a measure's text)."""
    measures = policy.measures
    if category == "type" and value in measures.violations:
        return measures.violations[value].name
    if category == "measure":
        return measures.actions.get(value, value)
    if category == "group":
        return GROUP_LABELS.get(value, value)
    if category == "status":
        return STATUSES.get(value, value)
    return value


def counts(overview: YearOverview, category: str) -> Mapping[str, int]:
    return dict(getattr(overview, f"by_{category}"))


def overview_rows(overview: YearOverview, policy: SchoolPolicy) -> Iterator[list[str]]:
    """CSV rows: category, value, label, count; the total first, months last."""
    yield ["total", "", "totaal", str(overview.total)]
    for category, _title in CATEGORIES:
        for value, count in counts(overview, category).items():
            yield [category, value, label(policy, category, value), str(count)]
    for month, count in overview.by_month.items():
        yield ["month", month, MONTHS[int(month) - 1], str(count)]


def overview_document(overview: YearOverview, policy: SchoolPolicy) -> Document:
    """The overview as a document with a chart per type and a table per category."""
    blocks: list[Block] = [
        Paragraph(
            f"In {overview.year} zijn {overview.total} digitale incidenten vastgelegd. "
            "Dit overzicht telt ze. Er staan geen namen of persoonsgegevens in."
        )
    ]
    if overview.total:
        blocks.append(
            BarChart(
                "Incidenten per soort",
                tuple((label(policy, "type", v), n) for v, n in counts(overview, "type").items()),
            )
        )
        months = tuple((MONTHS[int(m) - 1], n) for m, n in overview.by_month.items())
        blocks.append(BarChart("Incidenten per maand", months))
    for category, title in CATEGORIES:
        rows = tuple(
            (label(policy, category, value), str(count))
            for value, count in counts(overview, category).items()
        )
        if rows:
            blocks += [Heading(title), Table((title, "Aantal"), rows)]
    return Document(
        title=f"Digitale incidenten {overview.year}: jaaroverzicht van {policy.school_name}",
        blocks=tuple(blocks),
        footer=f"{policy.school_name} · incidenten {overview.year} · zonder persoonsgegevens",
    )
