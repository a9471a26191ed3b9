"""Realistic Dutch school posts of a given length, for the benchmarks (our own sentences)."""

from __future__ import annotations

SENTENCES = (
    "Vandaag vierden we met groep 6 het einde van het project over de Gouden Eeuw! 🎉",
    "Dank aan alle ouders die hielpen bij de sportdag; zonder jullie was het niet gelukt.",
    "Morgen om 8.30 uur start de Kinderboekenweek met een voorstelling in de aula.",
    "Lees meer op https://www.dearabesk.nl/nieuws/kinderboekenweek #onderwijs @dearabesk",
    "Wat een kutweer vandaag, maar de kinderen speelden toch buiten.",
    "Teneinde de veiligheid te waarborgen wordt u verzocht de auto niet voor de poort te parkeren.",
    "Ik vind dat het onderwijs in Nederland veel meer geld verdient.",
    "Heeft u vragen? Bel 020 123 45 67 of mail naar info@dearabesk.nl.",
    "Suuuuper trots op onze leerlingen!!! 😀😀😀😀",
    "Wij als school vinden het belangrijk dat iedereen zich veilig voelt.",
)


# A plain newsletter-style post: what most long posts are (no slips in every sentence).
PLAIN = (
    "Beste ouders, volgende week start de projectweek over water en klimaat.",
    "De kinderen van groep 3 en 4 bezoeken het gemaal aan de rivier.",
    "Groep 7 en 8 onderzoeken hoe dijken werken en bouwen zelf een maquette.",
    "Op vrijdagmiddag laten we de resultaten zien in de aula; u bent van harte welkom.",
    "Wilt u uw kind een regenjas en laarzen meegeven op dinsdag en donderdag?",
    "De bibliotheek heeft een mooie collectie boeken over het thema klaargezet.",
    "Meer informatie vindt u in Social Schools en op https://www.dearabesk.nl/projectweek",
)


def post(length: int, sentences: tuple[str, ...] = SENTENCES) -> str:
    """A post of exactly ``length`` code points, cycling through the sentences."""
    parts: list[str] = []
    size = 0
    index = 0
    while size < length:
        sentence = sentences[index % len(sentences)]
        parts.append(sentence)
        size += len(sentence) + 1
        index += 1
    return " ".join(parts)[:length]
