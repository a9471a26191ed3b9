"""Safety rules (guideline 9): threats, hate against groups, sexual remarks, incitement and
belittling, with conjugations, disguises, offsets and the contexts in which they stay quiet."""

from __future__ import annotations

import pytest


def rules(engine, text):
    return {f.rule for f in engine.check(text, only=["safety"])}


@pytest.mark.parametrize(
    "text",
    [
        "Ik maak je af.",
        "We maken jullie af.",
        "Ik ga je vermoorden.",
        "Ik vermoord je.",
        "Ik weet waar je woont.",
        "Ik weet waar jouw kinderen op school zitten.",
        "Je gaat eraan.",
        "Dan ga je eraan.",
        "Pas maar op!",
        "Ik sla je in elkaar.",
        "Ik sla je!",
        "Ik ga je kapot maken.",
        "We gaan jullie doodmaken.",
        "Ik schiet hem neer.",
        "Ik steek je neer.",
        "Ik breek je nek.",
        "Er ligt een bom in de school.",
        "Ik blaas de school op.",
        "Ik steek de school in de fik.",
        "Dit ga je berouwen.",
        "Ik wil alle moslims doden.",
        "Homo's moeten allemaal worden gedood.",
        "Die leraar moet dood.",
        "Dood aan alle joden.",
        "Ik hoop dat je sterft.",
        "Mijn broer maakt je af.",
        "Ik ga hem eens flink in elkaar slaan.",
        "Jullie gaan er allemaal aan.",
    ],
)
def test_threats_and_death_wishes_are_flagged(engine, text):
    found = engine.check(text, only=["safety.threat", "safety.death_wish"])
    assert found, text
    assert all(f.guideline == 9 and str(f.severity) in ("warning", "error") for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ik maak je af.",
        "Ik ga je vermoorden.",
        "Morgen steek ik je neer.",
        "Ik weet zeker dat ik hem ga doodschieten.",
        "We gaan jullie doodmaken.",
    ],
)
def test_a_threat_to_kill_is_an_error(engine, text):
    """Severity discipline: error only where the engine is sure; a verb of killing is sure."""
    found = engine.check(text, only=["safety.threat"])
    assert found and all(str(f.severity) == "error" for f in found), text


@pytest.mark.parametrize("text", ["Ik sla je!", "Pas maar op!", "Ik weet waar je woont."])
def test_other_threats_are_warnings(engine, text):
    found = engine.check(text, only=["safety.threat"])
    assert found and all(str(f.severity) == "warning" for f in found), text


def test_a_quoted_threat_is_one_step_less_severe(engine):
    (plain,) = engine.check("Ik maak je af.", only=["safety.threat"])
    (quoted,) = engine.check('Hij riep: "Ik maak je af."', only=["safety.threat"])
    assert (str(plain.severity), str(quoted.severity)) == ("error", "warning")


@pytest.mark.parametrize(
    "text",
    ["Ik v3rmoord je.", "Ik m44k je af.", "Ik weet w a a r je woont.", "Ik ga je vermoooorden."],
)
def test_disguised_threats(engine, text):
    assert "safety.threat" in rules(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kapotte fiets gevonden bij de ingang.",
        "Groep 8 leerde over het bombardement op Rotterdam.",
        "In de Tweede Wereldoorlog werden joden vervolgd en vermoord.",
        "Pas op voor gladheid bij het hek!",
        "Ik ga je tekening ophangen in de gang.",
        "We steken jullie een hart onder de riem.",
        "Ik ga je niet slaan, beloofd.",
        "We lezen 'Ik weet waar je woont' als klassenboek.",
        "Na de les blazen we de ballonnen op.",
        "Ik kom je zo halen bij de poort.",
        "De kleuters schopten de bal over het hek.",
        "We maken een einde aan het schooljaar met een feest.",
        "Bommelding op het station: de trein vertrok later.",
        "De Romeinen vermoordden Julius Caesar.",
        "Jullie gaan er hard aan werken.",
        "Hij maakt de som af.",
        "Ik neem morgen een mes mee voor de taart.",
    ],
)
def test_no_threat_in_harmless_contexts(engine, text):
    assert "safety.threat" not in rules(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik haat moslims.",
        "Ik walg enorm van transgenders.",
        "Homo's zijn ongedierte.",
        "Zwarte personen zijn ratten.",
        "Waarom zijn vrouwen altijd zo dom?",
        "Ik vind joden walgelijk.",
        "Vluchtelingen zijn geen mensen.",
        "Vluchtelingen horen hier niet.",
        "Vrouwen horen in de keuken.",
        "Die vuile buitenlanders ook.",
        "Gehandicapten verdienen geen respect.",
        "Moslims zoals jij maken me ziek.",
        "Er is niets erger dan een moslim.",
        "Ik h44t m0sl1ms.",
    ],
)
def test_hate_against_a_protected_group(engine, text):
    assert "safety.group_hate" in rules(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben moslim en werk graag op De Arabesk.",
        "Homo's zijn welkom op onze school.",
        "Moslims zijn geen ongedierte.",
        'Als je zegt "ik haat moslims", dan discrimineer je!',
        "Zeggen dat vrouwen dom zijn is seksistisch.",
        "Ik haat pizza.",
        "Ratten zijn slimme dieren, ontdekte groep 5.",
        "Onze Marokkaanse leerlingen vierden het Suikerfeest.",
        "Veel ouderen zijn ziek deze winter.",
        "De meiden van groep 8 zijn echt gek op paarden.",
        "Ik heb geen enkele minachting voor vrouwen.",
    ],
)
def test_no_group_hate_in_neutral_positive_negated_or_quoted_text(engine, text):
    assert "safety.group_hate" not in rules(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Wat een lekker ding, die stagiaire.",
        "De geile moeders van groep 8.",
        "Die leerling heeft mooie borsten.",
        "Sexy juf vandaag!",
        "Stuur me je nudes.",
        "Die moeder ziet er sexy uit.",
        "Wat een strak lijf heeft die leerling.",
    ],
)
def test_sexual_remarks_are_warnings(engine, text):
    found = engine.check(text, only=["safety.sexual"])
    assert found and all(str(f.severity) == "warning" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Vandaag voorlichting over seksualiteit in groep 8.",
        "Lekker bezig, groep 6!",
        "De kinderen zijn lekker aan het spelen.",
        "Naaktfoto's delen is strafbaar: praat erover met je kind.",
        "Het menselijk lichaam: groep 7 leert over spieren.",
        "De leerlingen zien er prachtig uit op het gala.",
    ],
)
def test_no_sexual_remark_in_school_vocabulary(engine, text):
    assert "safety.sexual" not in rules(engine, text)


def test_incitement(engine):
    assert "safety.incitement" in rules(engine, "Laten we hem eens in elkaar slaan.")
    assert "safety.incitement" in rules(engine, "Deel zijn adres maar online.")
    assert "safety.incitement" not in rules(engine, "Laten we de ballonnen opblazen.")


@pytest.mark.parametrize(
    "text",
    [
        "Die ouders zijn dom.",
        "Wat een domme leerling.",
        "Die mensen zijn tuig.",
        "Ik snap niet dat die collega's zo lui zijn.",
        "De ouders van groep 7 snappen er niks van.",
        "Je bent echt achterlijk.",
    ],
)
def test_belittling_is_a_warning(engine, text):
    found = engine.check(text, only=["safety.belittling"])
    assert found and all(str(f.severity) == "warning" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Pesten is niet ok: wie pest, wordt aangesproken.",
        "De leerlingen zijn niet dom, ze hebben uitleg nodig.",
        "Wat een domme fout van mij!",
        "Onze leerlingen zijn gek op lezen.",
        "De kinderen zijn vies na de modderrun.",
    ],
)
def test_no_belittling_in_anti_bullying_or_harmless_text(engine, text):
    assert "safety.belittling" not in rules(engine, text)


@pytest.mark.parametrize("prefix", ["", "😀", "👨‍👩‍👧‍👦 ", "🇳🇱 ", "e\u0301 ", "日本 ", "tekst\n\n"])
def test_offsets_stay_right_after_emoji(engine, prefix):
    text = prefix + "Ik  maak   je af."
    (finding,) = engine.check(text, only=["safety.threat"])
    assert text[finding.start : finding.end] == "Ik  maak   je af"


def test_offsets_of_a_disguised_threat_cover_what_was_typed(engine):
    text = "😀 Ik v3rm00rd je."
    (finding,) = engine.check(text, only=["safety.threat"])
    assert text[finding.start : finding.end] == "Ik v3rm00rd je"
