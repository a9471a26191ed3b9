"""The confidential family (guideline 3) as a whole: its declarations, the school's own
contact details, offsets, and odd input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import Category, EngineSettings, Severity, load_engine

# Severity discipline: an error only where the engine is sure. A bank account, phone number
# or street address may be an organisation's; they are warnings, errors when the post ties
# them to a person (tests below).
ERROR_RULES = {
    "confidential.bsn",
    "confidential.onderwijsnummer",
    "confidential.email",
    "confidential.pupil_name",
    "confidential.password",
    "confidential.photo_consent",  # the register says so: the engine is sure
}
SCHOOL = EngineSettings(
    public_contacts=(
        "info@dearabesk.nl",
        "020 123 45 67",
        "Schoolstraat 1, 1234 AB Amsterdam",
        "https://www.dearabesk.nl",
    )
)


def confidential_rules(engine):
    return [rule for rule in engine.rules if rule.id.startswith("confidential.")]


def test_every_rule_is_guideline_3_in_the_confidential_category(engine):
    rules = confidential_rules(engine)
    assert len(rules) >= 18
    for rule in rules:
        assert rule.guideline == 3 and rule.category is Category.CONFIDENTIAL, rule.id
        assert rule.message and rule.message_en, rule.id


def test_identifiers_passwords_and_named_care_data_are_errors_lone_terms_are_not(engine):
    for rule in confidential_rules(engine):
        expected_error = rule.id in ERROR_RULES
        assert (rule.severity is Severity.ERROR) == expected_error, rule.id


def test_the_schools_own_contact_details_are_no_findings():
    engine = load_engine(SCHOOL)
    text = (
        "Vragen? Bel 020-1234567, mail INFO@dearabesk.nl of kom langs op "
        "Schoolstraat 1, 1234 AB Amsterdam. Zie www.dearabesk.nl."
    )
    assert engine.check(text, only=["confidential"]) == []


def test_other_contact_details_next_to_the_schools_own_are_still_found():
    engine = load_engine(SCHOOL)
    text = "Bel 020 123 45 67 of juf Anna privé op 06-12345678 (anna@gmail.com)."
    found = [(f.rule, text[f.start : f.end]) for f in engine.check(text, only=["confidential"])]
    assert ("confidential.phone", "06-12345678") in found
    assert ("confidential.email", "anna@gmail.com") in found
    assert all(span != "020 123 45 67" for _, span in found)


def test_the_fix_rewrites_the_phrase_around_the_number(engine):
    text = "Bel mij op 06-12345678."
    (finding,) = engine.check(text, only=["confidential.phone"])
    assert finding.suggestions == ("Neem contact op via de school",)
    [fix] = finding.fixes
    assert fix.applied_to(text) == "Neem contact op via de school."
    assert (fix.start, fix.after) == (0, "Neem contact op via de school.")


def test_offsets_stay_right_after_emoji_and_zwj_sequences(engine):
    prefix = "👨‍👩‍👧 🎉 Feest! "
    text = prefix + "Bel 06-12345678 of mail a.b@gmail.com, BSN 111222333."
    spans = {f.rule: text[f.start : f.end] for f in engine.check(text, only=["confidential"])}
    assert spans["confidential.phone"] == "06-12345678"
    assert spans["confidential.email"] == "a.b@gmail.com"
    assert spans["confidential.bsn"] == "111222333"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00" * 50,
        "Bel\x0006-12345678\x00",
        "Привет, 06-12345678 مرحبا 你好 NL91 ABNA 0417 1643 00",
        "9" * 5000,
        "groep " * 2000,
        "Kerkstraat 1 " * 500,
    ],
)
def test_odd_input_never_breaks_the_family(engine, text):
    for finding in engine.check(text, only=["confidential"]):
        assert 0 <= finding.start < finding.end <= len(text)


def test_a_megabyte_of_text_is_checked(engine):
    text = ("Daan uit groep 6 heeft ADHD. Bel 06-12345678. " * 25_000)[:1_000_000]
    found = engine.check(text, only=["confidential.phone"])
    assert len(found) > 10_000


@settings(max_examples=60, deadline=None)
@given(
    before=st.text(max_size=40),
    after=st.text(max_size=40),
    secret=st.sampled_from(["111222333", "06-12345678", "NL91ABNA0417164300", "a@b.nl"]),
)
def test_a_secret_between_any_text_keeps_its_offsets(engine, before, after, secret):
    text = f"{before} {secret} {after}"
    for finding in engine.check(text, only=["confidential"]):
        assert 0 <= finding.start < finding.end <= len(text)
    start = len(before) + 1
    hits = [f for f in engine.check(text, only=["confidential"]) if f.start == start]
    assert any(text[f.start : f.end] == secret for f in hits) or not _stands_alone(before, after)


def _stands_alone(before: str, after: str) -> bool:
    """Whether the secret has plain separators around it (the property holds only then)."""
    return (not before or before[-1:].isspace() or before[-1:] in ".,;:!?") and (
        not after or after[:1].isspace() or after[:1] in ".,;!?"
    )


@pytest.mark.parametrize(
    ("rule", "text", "number"),
    [
        ("confidential.phone", "Zijn moeder is bereikbaar op 06-12345678.", "06-12345678"),
        ("confidential.phone", "Bel mijn 06: 06-12345678.", "06-12345678"),
        ("confidential.iban", "Mijn rekening is NL91 ABNA 0417 1643 00.", "NL91 ABNA 0417 1643 00"),
    ],
)
def test_a_number_tied_to_a_person_is_an_error(engine, rule, text, number):
    (finding,) = engine.check(text, only=[rule])
    assert (text[finding.start : finding.end], finding.severity) == (number, Severity.ERROR)


@pytest.mark.parametrize(
    "text",
    [
        "Ziekmelden kan via ons algemene nummer 0318-645210, tussen 7.45 en 8.30 uur.",
        "Bel de administratie op 0318 645 210 als uw kind ziek is.",
        "De ouderbijdrage is €45. U kunt overmaken naar NL91 ABNA 0417 1643 00.",
        "Doneren kan op NL91ABNA0417164300 t.n.v. Stichting Sponsorloop De Arabesk.",
    ],
)
def test_an_organisations_number_is_no_finding(engine, text):
    assert engine.check(text, only=["confidential.phone", "confidential.iban"]) == []


def test_an_address_is_a_reminder_and_a_home_address_a_warning(engine):
    (venue,) = engine.check("Het feest is op Dorpsstraat 3.", only=["confidential.address"])
    (home,) = engine.check("Ze woont op de Kerkstraat 12.", only=["confidential.address"])
    assert (venue.severity, home.severity) == (Severity.INFO, Severity.WARNING)


def test_a_number_without_context_is_a_warning(engine):
    (finding,) = engine.check("Vragen? 06-12345678", only=["confidential.phone"])
    assert finding.severity is Severity.WARNING


def test_a_work_address_is_a_warning_a_private_one_an_error(engine):
    (work,) = engine.check("Mail gerust naar p.jansen@arabesk.nl", only=["confidential.email"])
    (own,) = engine.check("Mail gerust naar p.jansen@hotmail.com", only=["confidential.email"])
    assert (work.severity, own.severity) == (Severity.WARNING, Severity.ERROR)


def test_a_class_mailbox_is_a_role_address(engine):
    found = engine.check("Vragen? mentor.3b@arabesk.nl", only=["confidential"])
    assert [f.rule for f in found] == ["confidential.email_role"]
