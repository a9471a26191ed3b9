"""Passwords and codes after their label; ordinary talk about passwords stays quiet."""

from __future__ import annotations

import pytest


def secrets(engine, text: str) -> list[str]:
    found = engine.check(text, only=["confidential.password"])
    return [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Wachtwoord: Zomer2024!", "Zomer2024!"),
        ("Het wifi-wachtwoord is arabesk123.", "arabesk123"),
        ("inlogcode = 8842", "8842"),
        ("Gebruikersnaam jdevries, ww: welkom01", "welkom01"),
        ('Het wachtwoord is "Tulp Boom Fiets".', '"Tulp Boom Fiets"'),
        ("De pincode is 1234, niet doorgeven!", "1234"),
        ("wachtwoord: welkom", "welkom"),
    ],
)
def test_a_secret_after_its_label_is_found(engine, text, secret):
    assert secrets(engine, text) == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "Vergeet je wachtwoord niet te veranderen.",
        "Wachtwoord vergeten? Vraag het de ICT-coördinator.",
        "Het wachtwoord is veranderd.",
        "Wachtwoord: geheim houden!",
        "Een sterk wachtwoord is lang.",
        "De pinautomaat is stuk.",
    ],
)
def test_talk_about_passwords_stays_quiet(engine, text):
    assert secrets(engine, text) == []
