"""E-mail addresses: personal ones are errors, role mailboxes a hint, the school's own nothing."""

from __future__ import annotations

from checks import EngineSettings, Severity, load_engine


def test_personal_and_role_addresses_go_to_different_rules(engine):
    text = "Mail j.jansen@gmail.com of info@sportclub.nl."
    found = {(f.rule, text[f.start : f.end]) for f in engine.check(text, only=["confidential"])}
    assert ("confidential.email", "j.jansen@gmail.com") in found
    assert ("confidential.email_role", "info@sportclub.nl") in found
    assert engine.rule("confidential.email").severity is Severity.ERROR


def test_the_schools_published_address_is_no_finding_whatever_its_case():
    engine = load_engine(EngineSettings(public_contacts=("info@dearabesk.nl",)))
    text = "Vragen? Mail Info@DeArabesk.nl"
    assert engine.check(text, only=["confidential.email", "confidential.email_role"]) == []


def test_a_handle_is_not_an_email_address(engine):
    assert engine.check("Volg @dearabesk op Mastodon.", only=["confidential.email"]) == []
