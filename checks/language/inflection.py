"""Dutch word forms generated from a dictionary form: plurals, diminutives, verb tenses.

A term list names words once ("sukkel", "slaan", "dom"); the rules must still see
"sukkeltjes", "sloeg", "geslagen" and "domme". Forms are generated, not looked up, so a
school's own words get them too. Strong and irregular verbs and nouns come from tables in
``resources/language/`` (:class:`IrregularForms`); everything else follows Dutch spelling
rules (open and closed syllables, f/v and s/z, 't kofschip). Generating a few forms too many
is cheap (a form nobody writes never matches), but a generated form must not be another
word: "neger" takes "-s", so "negeren" (to ignore) is never a form of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from checks.pack_error import PackError

VOWELS = frozenset("aeiouyáéíóúàèëïöüâêîôû")
_LONG_DOUBLE = ("aa", "ee", "oo", "uu")
_DIPHTHONGS = ("ie", "oe", "eu", "ui", "ei", "ij", "ou", "au", "ai", "oi")
_SCHWA_ENDINGS = ("el", "em", "en", "er", "erd", "je")
_UNSTRESSED_SUFFIXES = ("ig", "lijk", "isch", "ing", "ik", "es", "ief")
_KOFSCHIP = frozenset("tkfspcx")
INSEPARABLE_PREFIXES = ("be", "ge", "her", "ont", "ver", "er", "mis")
SEPARABLE_PARTICLES = (
    "aan",
    "achter",
    "af",
    "bij",
    "binnen",
    "buiten",
    "dicht",
    "dood",
    "door",
    "heen",
    "in",
    "kapot",
    "klaar",
    "los",
    "mee",
    "na",
    "neer",
    "om",
    "omver",
    "overhoop",
    "onder",
    "op",
    "over",
    "samen",
    "stuk",
    "tegen",
    "terug",
    "toe",
    "uit",
    "vast",
    "voor",
    "weg",
    "zwart",
    "kaal",
    "lek",
    "plat",
    "fijn",
    "open",
    "ineen",
    "omver",
    "overhoop",
)


@dataclass(frozen=True, slots=True)
class VerbForms:
    """The forms of one verb: written as one word, and finite forms whose particle stands
    apart later in the clause ("maak ... af" for "afmaken"), with that particle."""

    joined: frozenset[str]
    split: frozenset[str] = frozenset()
    particle: str = ""
    phrases: frozenset[str] = frozenset()  # "af te maken"
    finite: frozenset[str] = frozenset()  # of a verb without particle: "sla", "sloeg"
    participles: frozenset[str] = frozenset()  # "geslagen", "afgemaakt"


@dataclass(frozen=True, slots=True)
class IrregularVerb:
    present: tuple[str, ...]
    past: tuple[str, ...]
    participles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IrregularForms:
    """Strong and irregular verbs (infinitive → forms) and nouns (singular → plurals)."""

    verbs: dict[str, IrregularVerb] = field(default_factory=dict)
    nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The dictionary, when known: it tells "executeer" (stressed -eren) from "verbeter".
    is_word: Callable[[str], bool] | None = field(default=None, compare=False)

    @classmethod
    def parse(
        cls, verb_lines: Iterable[str], noun_lines: Iterable[str], origins: tuple[str, str]
    ) -> IrregularForms:
        return cls(_parse_verbs(verb_lines, origins[0]), _parse_nouns(noun_lines, origins[1]))


def _content(line: str) -> str:
    return "" if line.lstrip().startswith("#") else line.split("#", 1)[0].strip().lower()


def _parse_verbs(lines: Iterable[str], origin: str) -> dict[str, IrregularVerb]:
    """``slaan: sla slaat | sloeg sloegen | geslagen`` (the present part may be empty)."""
    verbs: dict[str, IrregularVerb] = {}
    for number, line in enumerate(lines, start=1):
        body = _content(line)
        if not body:
            continue
        infinitive, colon, rest = body.partition(":")
        parts = rest.split("|")
        if not colon or len(parts) != 3 or not infinitive.strip() or not parts[1].split():
            raise PackError(origin, number, "expected 'infinitive: present | past | participle'")
        present, past, participles = (tuple(part.split()) for part in parts)
        verbs[infinitive.strip()] = IrregularVerb(present, past, participles)
    return verbs


def _parse_nouns(lines: Iterable[str], origin: str) -> dict[str, tuple[str, ...]]:
    """``kind: kinderen`` (several plurals allowed)."""
    nouns: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(lines, start=1):
        body = _content(line)
        if not body:
            continue
        singular, colon, plurals = body.partition(":")
        if not colon or not singular.strip() or not plurals.split():
            raise PackError(origin, number, "expected 'singular: plural [plural ...]'")
        nouns[singular.strip()] = tuple(plurals.split())
    return nouns


# Syllables and spelling -------------------------------------------------------------------


def _is_vowel(ch: str) -> bool:
    return ch in VOWELS


def _vowel_at(word: str, index: int) -> bool:
    """A vowel, or the j of the diphthong "ij" ("wijf", "rij", "grijs")."""
    ch = word[index]
    return ch in VOWELS or (ch == "j" and index > 0 and word[index - 1] == "i")


def _final_parts(word: str) -> tuple[str, str, str]:
    """``(head, vowels, consonants)``: the last vowel group and the consonants after it."""
    end = len(word)
    cons_start = end
    while cons_start > 0 and not _vowel_at(word, cons_start - 1):
        cons_start -= 1
    vowel_start = cons_start
    while vowel_start > 0 and _vowel_at(word, vowel_start - 1):
        vowel_start -= 1
    if cons_start - vowel_start > 2:  # "idioot": "i" + "oo"; "ideaal": "e" + "aa"
        last_two = word[cons_start - 2 : cons_start]
        known = last_two in _LONG_DOUBLE or last_two in _DIPHTHONGS
        vowel_start = cons_start - (2 if known else 1)
    return word[:vowel_start], word[vowel_start:cons_start], word[cons_start:]


def _syllables(word: str) -> int:
    count, previous = 0, False
    for ch in word:
        vowel = _is_vowel(ch)
        if vowel and not previous:
            count += 1
        previous = vowel
    return count


def _schwa_final(word: str) -> bool:
    """Ends in an unstressed -el/-em/-en/-er/-erd/-je ("sukkel", "kanker", "neger")."""
    if not word.endswith(_SCHWA_ENDINGS) or _syllables(word) < 2:
        return False
    head, vowels, _ = _final_parts(word)
    return (vowels == "e" and not head.endswith(("i", "e", "o"))) or word.endswith("je")


def _unstressed_final(word: str) -> bool:
    return word.endswith(_UNSTRESSED_SUFFIXES) and _syllables(word) >= 2


def _voiced(consonant: str) -> str:
    return {"f": "v", "s": "z"}.get(consonant, consonant)


def _with_ending(word: str, ending: str) -> set[str]:
    """``word`` + an ending starting with a vowel (-en, -e, -er), spelled the Dutch way:
    "rat" → "ratten", "aap" → "apen", "huis" → "huizen"/"huisen", "dom" → "domme"."""
    head, vowels, consonants = _final_parts(word)
    if not vowels:
        return {word + ending}
    if not consonants:
        return {word + ending}
    if len(consonants) == 1:
        if vowels in _LONG_DOUBLE:
            stem = head + vowels[0] + consonants
            return {stem + ending, head + vowels[0] + _voiced(consonants) + ending}
        if len(vowels) == 1:
            if _unstressed_final(word) or (_syllables(word) >= 2 and vowels == "e"):
                return {word + ending, word + consonants + ending}
            doubled = word + consonants + ending
            return {doubled} if _syllables(word) == 1 else {doubled, word + ending}
        return {word + ending, head + vowels + _voiced(consonants) + ending}
    if consonants[-1] in "fs" and consonants[-2] in "lrn":
        return {word + ending, word[:-1] + _voiced(consonants[-1]) + ending}
    return {word + ending}


# Nouns and adjectives ----------------------------------------------------------------------


def noun_forms(lemma: str, irregular: IrregularForms) -> set[str]:
    """Plurals, diminutives and their plurals of a noun (and the noun itself)."""
    forms = {lemma}
    forms.update(irregular.nouns.get(lemma, ()) or _plurals(lemma))
    diminutives = _diminutives(lemma)
    forms.update(diminutives)
    forms.update(d + "s" for d in diminutives)
    if lemma.endswith("man"):
        forms.update((lemma + "nen", lemma[:-3] + "lui", lemma[:-3] + "lieden"))
    return forms


def _plurals(word: str) -> set[str]:
    last = word[-1]
    if word.endswith("heid"):
        return {word[:-4] + "heden"}
    if word.endswith("ee"):
        return {word + "ën", word + "s"}
    if word.endswith("ie"):
        return {word + "s", word + "ën"}
    if word.endswith("e"):
        return {word + "s", word + "n"}
    if last in "aouiy" and word[-2:] not in _DIPHTHONGS:
        return {word + "'s", word + "s"}
    if word.endswith(("é", "è")):
        return {word + "s"}
    if _schwa_final(word):
        return {word + "s"}
    if word.endswith(("aar", "aard")):
        return {word + "s", *_with_ending(word, "en")}
    if word.endswith("um"):
        return {word[:-2] + "a", word + "s"}
    if word.endswith(("ch", "sh", "x")) and not word.endswith("sch"):
        return {word + "es", *_with_ending(word, "en")}
    forms = _with_ending(word, "en")
    if not _is_vowel(last):
        forms.add(word + "s")
    return forms


def _diminutives(word: str) -> set[str]:
    _head, vowels, consonants = _final_parts(word)
    if not consonants:
        if vowels in ("a", "o", "u", "i", "y") and word[-2:] not in _DIPHTHONGS:
            return {word + vowels + "tje", word + "'tje"}
        return {word + "tje"}
    short = len(vowels) == 1 and not _schwa_final(word) and not _unstressed_final(word)
    if word.endswith("ing") and _syllables(word) >= 2:
        return {word[:-1] + "kje", word + "etje"}
    if consonants == "m":
        return {word + "metje"} if short else {word + "pje"}
    if consonants in ("l", "n", "r", "ng"):
        return (
            {word + consonants[-1] + "etje"}
            if short and consonants != "ng"
            else {word + "tje" if consonants != "ng" else word + "etje"}
        )
    if word.endswith("w"):
        return {word + "tje"}
    return {word + "je"}


def adjective_forms(lemma: str) -> set[str]:
    """Inflected (-e), comparative, superlative and partitive (-s) forms of an adjective."""
    forms = {lemma}
    if lemma.endswith("en") and _syllables(lemma) >= 2:  # "dronken", "houten"
        return forms | {lemma + "er", lemma + "st", lemma + "ste"}
    if lemma.endswith("e"):
        return forms | {lemma + "r", lemma + "re", lemma + "st", lemma + "ste"}
    inflected = _with_ending(lemma, "e")
    forms.update(inflected)
    base_er = {form[:-1] + "er" for form in inflected}
    if lemma.endswith("r"):
        base_er = {form[:-1] + "der" for form in inflected} | {lemma + "der"}
    forms.update(base_er)
    forms.update(f + "e" for f in base_er)
    superlative = lemma + ("t" if lemma.endswith("s") else "st")
    forms.update((superlative, superlative + "e"))
    if not lemma.endswith("s") and not _is_vowel(lemma[-1]):
        forms.add(lemma + "s")  # "iets doms"
    return forms


# Verbs --------------------------------------------------------------------------------------


def verb_forms(infinitive: str, irregular: IrregularForms) -> VerbForms:
    """Every form of a verb, with the split forms of a separable verb ("afmaken")."""
    particle, base = _separable(infinitive, irregular)
    if particle:
        return _separable_forms(particle, base, irregular)
    finite = _finite_forms(infinitive, irregular) | {infinitive}
    return VerbForms(
        frozenset(_simple_forms(infinitive, irregular, ge=True)),
        finite=frozenset(finite),
        participles=frozenset(_participles(infinitive, irregular, ge=True)),
    )


def _separable(infinitive: str, irregular: IrregularForms) -> tuple[str, str]:
    """``(particle, base verb)`` of a separable verb, or ``("", infinitive)``."""
    for particle in sorted(SEPARABLE_PARTICLES, key=len, reverse=True):
        rest = infinitive[len(particle) :]
        if infinitive.startswith(particle) and len(rest) >= 4 and _looks_like_verb(rest, irregular):
            return particle, rest
    return "", infinitive


def _looks_like_verb(word: str, irregular: IrregularForms) -> bool:
    return word in irregular.verbs or (word.endswith("en") and len(word) >= 5)


def _separable_forms(particle: str, base: str, irregular: IrregularForms) -> VerbForms:
    base_forms = _simple_forms(base, irregular, ge=True)
    finite = _finite_forms(base, irregular)
    joined = {particle + form for form in base_forms}
    participles = _participles(base, irregular, ge=True)
    # Written apart, as people often do: "kapot maken", "dood geslagen", "dat je dood gaat",
    # and split by an auxiliary in a subordinate clause: "dat ik hem iets aan ga doen".
    apart = {f"{particle} {form}" for form in {base, *participles, *finite}}
    apart |= {f"{particle} {aux} {base}" for aux in _CLUSTER_AUXILIARIES}
    return VerbForms(
        joined=frozenset(joined),
        participles=frozenset(particle + p for p in participles),
        split=frozenset(finite | {base}),  # "we maken jullie af": plural = infinitive
        particle=particle,
        phrases=frozenset({f"{particle} te {base}", *apart}),
    )


_CLUSTER_AUXILIARIES = (
    "ga",
    "gaat",
    "gaan",
    "zal",
    "zult",
    "zullen",
    "wil",
    "wilt",
    "willen",
    "kan",
    "kun",
    "kunt",
    "kunnen",
    "moet",
    "moeten",
    "zou",
    "zouden",
    "mag",
    "mogen",
)


def phrase_forms(phrase: str, irregular: IrregularForms) -> set[str]:
    """A phrase ending in a verb, with that verb in every form the end of a clause holds:
    "onder een trein komen" → "onder een trein komt", "... kwam", "... gekomen"."""
    *head, last = phrase.split()
    if not head or not (last.endswith("en") or last in irregular.verbs):
        return {phrase}
    verb = verb_forms(last, irregular)
    forms = verb.joined | verb.finite | verb.participles | verb.split
    return {" ".join((*head, form)) for form in forms} | {phrase}


def _simple_forms(infinitive: str, irregular: IrregularForms, *, ge: bool) -> set[str]:
    forms = {infinitive}
    forms.update(_finite_forms(infinitive, irregular))
    forms.update(_participles(infinitive, irregular, ge=ge))
    forms.update((infinitive + "d", infinitive + "de"))  # "slaand(e)", "makend(e)"
    stem = regular_stem(infinitive, irregular.is_word)
    forms.update(f + "e" for f in _participles(infinitive, irregular, ge=ge) if f != stem)
    return forms


def _finite_forms(infinitive: str, irregular: IrregularForms) -> set[str]:
    """Present and past tense forms (what stands second in a main clause)."""
    known = _irregular(infinitive, irregular)
    if known is not None:
        prefix, verb = known
        stem = regular_stem(infinitive, irregular.is_word)
        present = {prefix + p for p in verb.present} or {stem, _with_t(stem)}
        return {*present, *_spoken(present), *(prefix + p for p in verb.past)}
    stem = regular_stem(infinitive, irregular.is_word)
    suffix = "t" if _last_consonant(infinitive) in _KOFSCHIP else "d"
    return {stem, *_spoken({stem}), _with_t(stem), stem + suffix + "e", stem + suffix + "en"}


def _spoken(forms: Iterable[str]) -> set[str]:
    """The first person as people write what they say: "ik rij", "ik snij" (for rijd, snijd)."""
    return {form[:-1] for form in forms if form.endswith(("ijd", "uid"))}


def _participles(infinitive: str, irregular: IrregularForms, *, ge: bool) -> set[str]:
    known = _irregular(infinitive, irregular)
    if known is not None:
        prefix, verb = known
        if prefix:
            return {prefix + (p[2:] if p.startswith("ge") else p) for p in verb.participles}
        return set(verb.participles)
    stem = regular_stem(infinitive, irregular.is_word)
    suffix = "t" if _last_consonant(infinitive) in _KOFSCHIP else "d"
    participle = stem if stem.endswith(("t", "d")) else stem + suffix
    if not ge or _inseparable(infinitive):
        return {participle}
    if participle[0] in "eiu":  # "geëxecuteerd", "geïnformeerd" (and as people type it)
        return {
            "ge" + participle,
            "ge" + {"e": "ë", "i": "ï", "u": "ü"}[participle[0]] + participle[1:],
        }
    return {"ge" + participle}


def _inseparable(infinitive: str) -> bool:
    """Built on an inseparable prefix ("vertellen", "betalen"), not merely starting with its
    letters ("bellen", "verven", "missen": the rest is no verb of its own)."""
    return any(
        infinitive.startswith(prefix) and _syllables(infinitive[len(prefix) :]) >= 2
        for prefix in INSEPARABLE_PREFIXES
    )


def _irregular(infinitive: str, irregular: IrregularForms) -> tuple[str, IrregularVerb] | None:
    """The irregular verb a verb is built on, with the inseparable prefix before it."""
    if infinitive in irregular.verbs:
        return "", irregular.verbs[infinitive]
    for prefix in INSEPARABLE_PREFIXES:
        rest = infinitive[len(prefix) :]
        if infinitive.startswith(prefix) and rest in irregular.verbs:
            return prefix, irregular.verbs[rest]
    return None


def regular_stem(infinitive: str, is_word: Callable[[str], bool] | None = None) -> str:
    """The stem of a regular verb: "maken" → "maak", "zetten" → "zet", "leven" → "leef".

    An -eren/-elen verb of two or more syllables keeps a short vowel ("verbeteren" →
    "verbeter") unless the dictionary (``is_word``) knows only the long one ("executeren"
    → "executeer", "informeren" → "informeer")."""
    if not infinitive.endswith("en") or len(infinitive) < 4:
        return infinitive[:-1] if infinitive.endswith("n") else infinitive
    stem = infinitive[:-2]
    if len(stem) >= 2 and stem[-1] == stem[-2] and not _is_vowel(stem[-1]):
        return stem[:-1]
    stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])
    head, vowels, consonants = _final_parts(stem)
    unstressed = stem.endswith(("el", "er", "en", "em", "ig")) and _syllables(stem) >= 2
    if len(consonants) == 1 and len(vowels) == 1 and vowels in "aeou":
        long = head + vowels * 2 + consonants
        if not unstressed:
            return long
        if is_word is not None and is_word(long) and not is_word(stem):
            return long
    return stem


def _with_t(stem: str) -> str:
    return stem if stem.endswith("t") else stem + "t"


def _last_consonant(infinitive: str) -> str:
    """The consonant before -en of the infinitive, for 't kofschip ("leven" → "v": -de)."""
    body = infinitive[:-2] if infinitive.endswith("en") else infinitive
    if body.endswith("ch"):
        return "c"
    return body[-1] if body and not _is_vowel(body[-1]) else ""
