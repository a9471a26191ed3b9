"""CSV and JSON exports: every entry, the chain's head, and cells a spreadsheet won't run."""

from __future__ import annotations

import csv
import io
import json

from arabesk_desk.posts import Override
from arabesk_desk.store.export import CSV_COLUMNS, write_csv, write_json
from tests.arabesk_desk.store.factories import make_item


def test_json_export_has_every_field_and_the_head(store):
    item = make_item(1, overrides=(Override("tone.caps", 0, 3, "WIJ", "naam van de school"),))
    entry = store.append_published(item)
    out = io.StringIO()
    assert write_json(store.entries(), out, (store.count(), store.head_hash())) == 1
    document = json.loads(out.getvalue())
    assert document["head"] == {"count": 1, "hash": entry.hash}
    (record,) = document["entries"]
    assert record["hash"] == entry.hash and record["seq"] == 1
    assert record["overrides"][0]["reason"] == "naam van de school"
    assert record["text"] == item.text


def test_csv_export_defuses_formulas_and_keeps_newlines(store):
    store.append_published(make_item(1, text='=HYPERLINK("https://evil")\nregel twee'))
    store.append_published(
        make_item(2, review={"reviewer": "Directeur", "decision": "goedgekeurd"})
    )
    out = io.StringIO()
    assert write_csv(store.entries(newest_first=False), out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["text"] == '\'=HYPERLINK("https://evil")\nregel twee'
    assert rows[1]["reviewer"] == "Directeur" and rows[1]["decision"] == "goedgekeurd"
