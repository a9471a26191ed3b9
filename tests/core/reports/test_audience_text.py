"""The school's text for staff, pupils and parents: built from the measures, plain (B1)."""

from __future__ import annotations

from dataclasses import replace

import pytest
import tomli_w

from arabesk_desk.measures import default_measures
from arabesk_desk.reports.audience_text import (
    audience_document,
    building_blocks,
    joined,
    readability_findings,
)
from arabesk_desk.reports.document import Bullets, as_text
from checks import PackError, load_engine


@pytest.fixture(scope="module")
def engine():
    return load_engine()


@pytest.mark.parametrize("audience", ["staff", "pupils", "parents"])
def test_every_audience_text_passes_the_apps_own_readability_rules(engine, audience):
    document = audience_document(default_measures(), "De Arabesk", audience)
    assert readability_findings(document, engine) == []
    assert len(as_text(document).split()) > 300  # a real text, not an empty shell


def test_the_text_names_each_violation_with_the_measures_for_that_audience():
    measures = default_measures()
    pupils = as_text(audience_document(measures, "De Arabesk", "pupils"))
    parents = as_text(audience_document(measures, "De Arabesk", "parents"))
    assert "Bij bedreiging: een gesprek met de ouders erbij, een schorsing of aangifte" in pupils
    assert "een verbod om op school te komen" in parents
    assert "een verbod om op school te komen" not in pupils
    assert "we gaan altijd naar de politie" in pupils
    assert "Namen bewaren we niet langer dan 2 jaar." in pupils


def test_a_long_official_sentence_from_the_school_is_reported(engine):
    wordy = (
        "Teneinde de veiligheid van eenieder te waarborgen dient men zich te allen tijde "
        "te onthouden van gedragingen die middels digitale kanalen anderen in hun "
        "persoonlijke levenssfeer zouden kunnen aantasten of schaden."
    )
    measures = replace(default_measures(), press=wordy)
    findings = readability_findings(audience_document(measures, "De Arabesk", "staff"), engine)
    assert {f.rule for f in findings} & {"readability.long_sentence", "readability.officialese"}


def test_an_audience_without_measures_for_a_type_leaves_that_line_out():
    measures = default_measures()
    spammen = replace(
        measures.violations["schuttingtaal"],
        measures={"staff": ("gesprek",), "pupils": (), "parents": ()},
    )
    measures = replace(measures, violations={"schuttingtaal": spammen})
    document = audience_document(measures, "De Arabesk", "parents")
    lists = [b for b in document.blocks if isinstance(b, Bullets)]
    assert lists[1].items == ()


def test_dutch_lists_have_no_comma_before_the_last_item():
    assert joined([], "of") == "" and joined(["a"], "of") == "a"
    assert joined(["a", "b", "c"], "of") == "a, b of c"


def test_building_blocks_with_an_unknown_placeholder_are_refused(tmp_path):
    blocks = tmp_path / "communication.toml"
    good = {audience: dict(table) for audience, table in building_blocks().items()}
    good["parents"]["intro"] = good["parents"]["intro"].replace("{school}", "{schol}")
    blocks.write_text(tomli_w.dumps(good), encoding="utf-8")
    with pytest.raises(PackError, match=r"unknown placeholder \{schol\}"):
        building_blocks.__wrapped__(blocks)
