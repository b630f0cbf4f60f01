"""One brief's words: its language's phrasebook, its sector and tone, the slots its facts fill,
and what it offers. Shared by every offline phase that writes something a visitor reads."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sitefarm.v1 import brief_pb2

from services.kit.articles import with_articles
from services.kit.brief_profile import stable_int
from services.kit.brief_text import extract_offerings, plain_text, upper_first
from services.kit.languages import DEFAULT_LANGUAGE, is_rtl, offline_language
from services.kit.phrasebook import (
    Interface,
    PageWords,
    Phrasebook,
    SectorWords,
    ToneWords,
    phrasebook,
    slots_of,
)
from services.kit.sectors import sector_of
from services.kit.tones import tone_key

# Words that end an offering taken from a description's list ("for", "in", articles), per
# language; the list itself is the brief's own words.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        "für von mit und oder in im am an auf aus bei zu zum zur der die das den dem des ein "
        "eine einen einem einer unsere unser unseren sowie jeden jede täglich frisch".split()
    ),
    "fr": frozenset(
        "pour de des du la le les l et ou en avec aux au à dans nos notre sur chez par "
        "chaque tous toute toutes tout auprès nous vous".split()
    ),
    "es": frozenset(
        "para de del la el los las y o e en con a al nuestros nuestras nuestro por cada "
        "todos".split()
    ),
}
_CONJUNCTIONS = {"de": ("und", "sowie"), "fr": ("et",), "es": ("y", "e")}
# A list item opening on one of these is a place or a circumstance ("de Chine", "mit
# Mehl"), not an offering: such a list is not taken.
_PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": frozenset("von mit in im am an auf aus bei zu zum zur für nach".split()),
    "fr": frozenset("de du des d à au aux en avec dans sur chez par pour auprès".split()),
    "es": frozenset("de del a al en con por para desde".split()),
}
# Prepositions of place: the phrase after one is where the business is, not what it offers.
_LOCATIVES: dict[str, frozenset[str]] = {
    "de": frozenset("in im am".split()),
    "fr": frozenset("en à au aux dans".split()),
    "es": frozenset("en a".split()),
}
_BENEFICIARIES: dict[str, frozenset[str]] = {"fr": frozenset({"pour"}), "es": frozenset({"para"})}
_GENITIVES = frozenset("aller des der eines einer".split())
_PRONOUNS = frozenset("wir ich sie nous vous je il elle on ils elles nosotros yo".split())
MAX_OFFERINGS = 6
# A business name longer than this is not repeated where a sentence can do without it.
LONG_NAME = 40
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
# Unicode first-strong isolates: a Latin name, phone number or address inside right-to-left
# text keeps its own direction ("+962 ..." keeps its plus sign in front), with no markup.
_ISOLATE = "\u2068{}\u2069"


def writing_language(brief: brief_pb2.ProjectConfig) -> str:
    """The offline language for the brief; English when the tag is not one (validation
    refuses those before any phase runs, so this only guards direct calls)."""
    return offline_language(brief.language) or DEFAULT_LANGUAGE


@dataclass
class Words:
    """One brief's words: its phrasebook, sector and tone, and the slots filled from it."""

    brief: brief_pb2.ProjectConfig
    book: Phrasebook
    sector_key: str
    placeholders: bool = False
    slots: dict[str, str] = field(default_factory=dict)

    @classmethod
    def for_brief(cls, brief: brief_pb2.ProjectConfig, placeholders: bool = False) -> Words:
        book = phrasebook(writing_language(brief))
        words = cls(brief, book, sector_of(brief), placeholders)
        audience = plain_text(brief.audience).rstrip(".")
        if audience and book.interface.lowercase_inserted and not audience[:2].isupper():
            audience = audience[:1].lower() + audience[1:]
        words.slots = {
            "name": plain_text(brief.business_name),
            "location": plain_text(brief.location),
            "audience": audience,
            "phone": plain_text(brief.phone),
            "email": plain_text(brief.contact_email),
            "year": plain_text(brief.founded),
        }
        if is_rtl(book.code):
            words.slots = {k: _ISOLATE.format(v) if v else v for k, v in words.slots.items()}
        return words

    @property
    def sector(self) -> SectorWords:
        return self.book.sectors.get(self.sector_key) or self.book.sectors["generic"]

    @property
    def tone(self) -> ToneWords:
        return self.book.tones[tone_key(self.brief.tone)]

    @property
    def ui(self) -> Interface:
        return self.book.interface

    def fill(self, template: str, **extra: str) -> str:
        """The template with its slots filled; "" when a slot it needs is empty."""
        values = {**self.slots, **extra}
        if any(not values.get(name) for name in slots_of(template)):
            return ""
        if "{name}" in template:  # "bei der Brauerei Hopf", "al Taller Fernández"
            template = with_articles(template, plain_text(self.brief.business_name), self.book.code)
        # "Crumb & Co." at a sentence's end must not end it twice; an ellipsis stays.
        return _DOUBLE_STOP.sub(".", template.format_map(values))

    def options(self, templates: Iterable[str], **extra: str) -> list[str]:
        """Every template that the brief can fill, filled; with a long business name, only
        those that do without it when there are some, so the name is not said over and
        over ("Welcome to Taller de Bicicletas y Reparaciones Rápidas Hermanos ...")."""
        fillable = [t for t in templates if self.fill(t, **extra)]
        if len(self.slots.get("name", "")) > LONG_NAME:
            fillable = [t for t in fillable if "{name}" not in t] or fillable
        return [self.fill(t, **extra) for t in fillable]

    def pick(self, salt: str, templates: Sequence[str], **extra: str) -> str:
        """A stable choice among the fillable templates; "" when none can be filled."""
        filled = self.options(templates, **extra)
        if not filled:
            return ""
        seed = stable_int(self.brief.business_name, self.brief.description, salt)
        return filled[seed % len(filled)]

    def join(self, items: Sequence[str]) -> str:
        """Items joined the language's way: "a, b and c" (Spanish "y" turns "e" before an
        /i/ sound: "pan e higos")."""
        if len(items) <= 1:
            return "".join(items)
        last = self.ui.list_last
        if self.book.code == "es" and last.strip() == "y" and _i_sound(items[-1]):
            last = " e "
        return self.ui.list_separator.join(items[:-1]) + last + items[-1]

    def page_words(self, purpose: str) -> PageWords | None:
        return self.book.pages.get(purpose)


# --- offerings -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Offering:
    """One thing on offer as the site shows it; `price` only ever from the brief."""

    name: str
    text: str = ""
    price: str = ""


def _list_items(description: str, code: str) -> list[str]:
    """The items of the first "a, b and c" list in a description, in its own words."""
    if code == "en":
        return extract_offerings(description)
    if code == "ar":
        return _arabic_list(description)
    if code == "de" and (spanned := _german_span(description)):
        return spanned
    stops = _FUNCTION_WORDS.get(code)
    if stops is None:
        return []
    conjunctions = _CONJUNCTIONS.get(code, ())
    # A list after "para"/"pour" names who the business serves ("para perros, gatos y ..."):
    # a later list of what it does ("Vacunas, cirugía y urgencias") is preferred.
    for_whom: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", description):
        parts = [p.strip() for p in sentence.rstrip(".!? ").split(",")]
        # The list ends with the part that holds "and": what follows is another clause.
        end = next(
            (i for i, part in enumerate(parts) if i and _split_on(part, conjunctions)[1]), None
        )
        if end is None:
            continue
        first, anchored = _first_item(parts[0], stops)
        if not anchored and code == "de":
            continue  # a German list must follow "für", "von", a colon...: else it is a clause
        head = parts[0].split()
        before = head[-len(first.split()) - 1].lower() if len(head) > len(first.split()) else ""
        if before in _LOCATIVES.get(code, ()):
            continue  # "Photographe en Provence, reportages...": a place opens no list
        items = [first]
        for part in parts[1 : end + 1]:
            items += [piece for piece in _split_on(part, conjunctions) if piece]
        prepositions = _PREPOSITIONS.get(code, frozenset())
        if any(_first_word(item) in prepositions | _PRONOUNS for item in items[1:]):
            continue
        cleaned = [_trim(i, stops) for i in items]
        # Only a clean list of short noun phrases is worth showing as offerings; a fragment
        # ("Zahnersatz machen wir alles selbst") is worse than none.
        if len(cleaned) >= 2 and all(_noun_phrase(item, code) for item in cleaned):
            if before not in _BENEFICIARIES.get(code, ()):
                return cleaned
            for_whom = for_whom or cleaned
    return for_whom


# German names a range of what it does as "von der Vorsorge über Füllungen und
# Wurzelbehandlungen bis zum Zahnersatz": each end is the words up to its first noun (German
# nouns are capitalised), so the clause that follows ("machen wir alles selbst") is left out.
_GERMAN_SPAN = re.compile(
    r"\b[Vv]o[nm](?:\s+(?:der|dem|den))?\s+(?P<first>[^,.;:!?]+?)\s+über\s+"
    r"(?P<middle>[^.;:!?]+?)\s+bis\s+(?:zum|zur|zu\s+den|hin\s+zum|hin\s+zur)\s+"
    r"(?P<last>[^,.;:!?]+)"
)


def _up_to_noun(phrase: str) -> str:
    """The words of `phrase` up to and with its first capitalised one ("" if none in three)."""
    words: list[str] = []
    for word in phrase.split()[:3]:
        words.append(word)
        if word[:1].isupper():
            return " ".join(words)
    return ""


def _german_span(description: str) -> list[str]:
    match = _GERMAN_SPAN.search(description)
    if match is None:
        return []
    middle = [p.strip() for p in re.split(r",|\s+und\s+|\s+sowie\s+", match["middle"])]
    items = [_up_to_noun(match["first"]), *middle, _up_to_noun(match["last"])]
    if len(items) >= 3 and all(item and _noun_phrase(item, "de") for item in items):
        return items
    return []


# Arabic: a list of definite nouns joined by "و" after "في", "مع" or "نقدم": "متخصص في
# القضايا التجارية والعقود والتحكيم". Only definite items ("وال...") are split, since a word
# may itself begin with و ("وجبات"), and only three or more, so an idafa pair ("رعاية
# الأسرة والفحوصات") is not cut in two.
_ARABIC_ANCHORS = frozenset("في مع من نقدم نقدّم يقدم يقدّم تقدم تقدّم نوفر يوفر توفر".split())
_ARABIC_STOPS = frozenset("في كل من على إلى مع عند بين حتى منذ".split())


def _arabic_list(description: str) -> list[str]:
    for sentence in re.split(r"(?<=[.!?؟،])\s+", description):
        words = sentence.strip(" .،؛!؟").split()
        joined = [i for i, w in enumerate(words) if w.startswith("وال") and i]
        if len(joined) < 2:
            continue
        start = next(
            (i + 1 for i in range(joined[0] - 1, -1, -1) if words[i] in _ARABIC_ANCHORS), None
        )
        if start is None or not words[start].startswith("ال") or joined[0] - start > 3:
            continue
        items = [" ".join(words[start : joined[0]])]
        bounds = [*joined, len(words)]
        for here, following in zip(joined, bounds[1:], strict=False):
            item = [words[here][1:]]
            for word in words[here + 1 : following]:
                if word in _ARABIC_STOPS or (word.startswith("ل") and not word.startswith("ال")):
                    break
                item.append(word)
            items.append(" ".join(item))
            if len(item) < following - here:
                break  # the list ended inside this item
        if len(items) >= 3 and all(len(item.split()) <= 3 for item in items):
            return items
    return []


def _split_on(part: str, conjunctions: tuple[str, ...]) -> list[str]:
    """ "a und b" -> ["a", "b"]; a part without a conjunction -> [part, ""]."""
    words = part.split()
    for i, word in enumerate(words):
        if i and word.lower() in conjunctions:
            return [" ".join(words[:i]), " ".join(words[i + 1 :])]
    return [part, ""]


def _first_word(text: str) -> str:
    words = re.split("[\\s'\u2019]+", text.strip().lower(), maxsplit=1)
    return words[0] if words else ""


def _noun_phrase(item: str, code: str) -> bool:
    words = item.split()
    if any(w.lower() in _PRONOUNS for w in words):
        return False
    if code == "de":  # German nouns are capitalised; an inflected adjective is not
        if 3 <= len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper():
            # "HU-Vorbereitung aller Marken": a noun with its genitive
            return all(w[:1].isupper() or w.lower() in _GENITIVES for w in words[1:-1])
        return 0 < len(words) <= 2 and all(w[:1].isupper() for w in words)
    return 0 < len(words) <= 3


def _first_item(head: str, stops: frozenset[str]) -> tuple[str, bool]:
    """The list's first item at the end of its clause, and whether a colon or a function word
    anchored it ("für Prophylaxe"); at a sentence start, its last word ("Hacemos revisiones"
    -> "revisiones", unanchored)."""
    if ":" in head:
        return head.rsplit(":", 1)[1], True
    words = head.split()
    taken: list[str] = []
    for word in reversed(words):
        if word.lower() in stops:
            return " ".join(taken), True
        taken.insert(0, word)
    return (words[-1] if words else ""), False


def _trim(item: str, stops: frozenset[str]) -> str:
    """An item without leading articles and without a trailing clause, at most five words."""
    kept: list[str] = []
    for word in item.split():
        if word.lower() in stops:
            if kept:
                # "cuisine du marché" keeps its inner "du"; a clause after it ends the item.
                if len(kept) >= 2:
                    break
                kept.append(word)
            continue
        kept.append(word)
    while kept and kept[-1].lower() in stops:
        kept.pop()
    text = " ".join(kept).strip(" .;:")
    return text if 0 < len(kept) <= 5 else ""


def offerings(words: Words) -> list[Offering]:
    """What the business offers: the brief's facts, else its description's list, else
    nothing: a list of what such businesses usually offer would state services this one may
    not offer. The section then says what the brief says, and invites questions."""
    brief = words.brief
    if brief.offerings:
        return [
            Offering(plain_text(o.name), plain_text(o.description), plain_text(o.price))
            for o in brief.offerings[:MAX_OFFERINGS]
            if plain_text(o.name)
        ]
    listed = _list_items(plain_text(brief.description), words.book.code)
    place = plain_text(brief.location).lower()
    if any(item.lower() in place for item in listed if place):
        listed = []  # "..., à Bordeaux" took the town for an offering
    if listed:
        return [Offering(upper_first(item)) for item in listed[:MAX_OFFERINGS]]
    return []


def _i_sound(word: str) -> bool:
    lower = word.lower()
    return lower.startswith(("i", "í", "hi", "hí")) and not lower.startswith(("hia", "hie", "hio"))


def description_lead(words: Words) -> list[str]:
    """The brief's own description, its first two sentences: the truest opening there is."""
    description = plain_text(words.brief.description)
    sentences = re.split(r"(?<=[.!?。؟])\s+", description)
    lead = " ".join(sentences[:2]).strip()
    if len(lead) > 320:
        lead = sentences[0][:320].rstrip()
    return [lead] if lead else []
