"""The grounding check: finds, in a model's words, the person names, quotes, prices, numbers and
dates the brief does not state, and removes them (or marks them as placeholders), recording
each one. Deterministic code, no model call, run whichever provider answered.

What it removes keeps the rest readable: a whole item where the item is the fact (a
testimonial, a team member, a figure, a plan), a sentence of a paragraph, or a short field
(a price line, a heading). With placeholders on, items are kept and marked placeholder=true;
words outside items cannot be marked one by one and are removed as without placeholders.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeAlias

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.kit.languages import primary_language
from services.llm.untrusted import strip_markup
from services.runtime.redact import redact

log = logging.getLogger(__name__)

FactKind: TypeAlias = phases_pb2.FactKind.ValueType
NAME, QUOTE, PRICE, NUMBER, DATE = (
    phases_pb2.FACT_KIND_NAME,
    phases_pb2.FACT_KIND_QUOTE,
    phases_pb2.FACT_KIND_PRICE,
    phases_pb2.FACT_KIND_NUMBER,
    phases_pb2.FACT_KIND_DATE,
)

# Sections whose items are facts themselves: an item with an unstated fact goes whole.
FACT_SECTIONS = frozenset({"testimonials", "team", "stats", "pricing"})
# Sections about people, where capitalised words in a row are taken for a person's name.
PERSON_SECTIONS = frozenset({"testimonials", "team"})
# Languages that capitalise every noun: there capitals say nothing about names.
_NOUN_CAPITALISING = frozenset({"de", "lb"})

_KIND_NAMES = {
    artifacts_pb2.SECTION_KIND_TESTIMONIALS: "testimonials",
    artifacts_pb2.SECTION_KIND_TEAM: "team",
    artifacts_pb2.SECTION_KIND_STATS: "stats",
    artifacts_pb2.SECTION_KIND_PRICING: "pricing",
}
# When the section plan does not say, the id often does.
_KIND_BY_ID = (
    ("testimonials", re.compile(r"testimonial|review|quote|kundenstimme|avis|opinion")),
    ("team", re.compile(r"team|people|staff|founder|equipe|equipo")),
    ("pricing", re.compile(r"pric|plans|tarif|preise|precio")),
    ("stats", re.compile(r"stat|number|figure|impact|zahlen|chiffre|cifra")),
)

_MAX_REPORTED_CHARS = 80

# --- finding facts in text ----------------------------------------------------------------------

# One number: digit groups joined by thousands or decimal separators ("1,200", "4.50",
# "1 200", "+44 131 555 0142"); no letter right before it ("H2O", "B2B" are names).
_NUMBER = r"(?<![^\W\d_])\d+(?:[.,'\u2019\u00a0\u202f ]\d+)*"
# Numbers joined into one fact: "24/7", "08:00-18:00", "2024-03-12", "9 - 5".
_COMPOUND = re.compile(rf"{_NUMBER}(?:\s?[/:\-\u2013\u2014]\s?\d+(?:[.,]\d+)*)*")
_PART = re.compile(r"\d+(?:[.,'\u2019\u00a0\u202f ]\d+)*")
_DATE_SHAPE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|(?:1[89]|20|21)\d\d"
)
_CURRENCY = (
    r"[$\u00a3\u20ac\u00a5\u20b9\u20a9\u20bd\u20ba\u20aa\u0e3f\u5186\u5143]"
    r"|\b(?:EUR|USD|GBP|CHF|CAD|AUD|NZD|JPY|CNY|SEK|NOK|DKK|PLN|CZK|HUF|INR|AED|SAR|Fr\.?|kr|z\u0142)\b"
    r"|\b(?:euros?|dollars?|pounds?|francs?|Euro|Franken|Pfund|pence|cents?)\b"
)
_PRICE_BEFORE = re.compile(rf"(?:{_CURRENCY})\s?$", re.IGNORECASE)
_PRICE_AFTER = re.compile(rf"^(?:\s?(?:{_CURRENCY})|p\b)", re.IGNORECASE)

# Quoted words: typographic and guillemet pairs, straight double quotes, CJK corner brackets.
_QUOTED = re.compile(
    r"\u201c([^\u201d]+)\u201d|\u201e([^\u201c\u201d]+)[\u201c\u201d]|\u00ab\s?([^\u00bb]+?)\s?\u00bb"
    r"|\u2039([^\u203a]+)\u203a|\"([^\"]+)\"|\u300c([^\u300d]+)\u300d|\u300e([^\u300f]+)\u300f"
    r"|(?<!\w)\u2018([^\u2019]+)\u2019(?!\w)"
)
# Scare quotes around a term or a label are not a quote; four words (or ten unspaced letters,
# for scripts without spaces) are.
_QUOTE_WORDS = 4
_QUOTE_UNSPACED_CHARS = 10

_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*\.?")
_HONORIFIC = re.compile(
    r"(?<!\w)(?:Dr|Prof|Mr|Mrs|Ms|Mx|Herr|Frau|Mme|Mlle|Sr|Sra|Srta|Dott|Sig|Sig\.ra)\.?\s+"
    r"(?=[^\W\d_])"
)
_CUE = re.compile(
    r"(?<!\w)(?:co-?founder|founder|owner|head chef|chef|head baker|founded by|run by|led by|"
    r"owned by|gr\u00fcnder(?:in)?|inhaber(?:in)?|gesch\u00e4ftsf\u00fchrer(?:in)?|"
    r"gegr\u00fcndet von|gef\u00fchrt von|fondat(?:eur|rice)|propri\u00e9taire|"
    r"fond\u00e9e? par|dirig\u00e9e? par|fundador(?:a)?|propietari[oa]|fundad[oa] por|"
    r"dirigid[oa] por)[,:]?\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
# A dash after a closing quote, or opening the text: "“Lovely bread.” — Sarah K."
_ATTRIBUTION = re.compile(
    r"(?:[\u201d\"\u00bb\u300d\u2019]\s*,?\s*|^\s*)[\u2014\u2013-]\s*(?=[^\W\d_])"
)
_NAME_WORDS = 3
# Words that open a sentence before a name: "Meet Anna", "Ask Tom".
_OPENERS = frozenset(
    {"meet", "ask", "say", "hello", "hi", "welcome", "our", "with", "thanks", "dear", "and"}
)
_HONORIFICS = frozenset(
    {"dr", "prof", "mr", "mrs", "ms", "mx", "herr", "frau", "mme", "mlle", "sr", "sra", "srta"}
)

# A sentence ends at . ! ? or … and a space, unless the word before is an abbreviation or an
# initial ("Dr. Weber", "Sarah K. says"); CJK full stops end one without a space.
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)]*\s+|[\u3002\uff01\uff1f]+")
_ABBREVIATIONS = frozenset(
    {"dr", "prof", "mr", "mrs", "ms", "mx", "st", "nr", "no", "ca", "bzw", "etc", "z.b", "u.a",
     "vs", "mme", "mlle", "sr", "sra", "srta", "inc", "ltd", "co", "jr", "sen", "dott", "sig"}
)  # fmt: skip


@dataclass(frozen=True)
class Found:
    """One fact in a model's text that the brief does not state."""

    kind: FactKind
    text: str


def _digits(text: str) -> str:
    """The digits of `text` as ASCII (Arabic-Indic and full-width digits included)."""
    return "".join(str(unicodedata.digit(c)) for c in text if c.isdigit())


def _canonical(number: str) -> str:
    """A number's value as written, whatever the separators: "1,200" and "1 200" -> "1200",
    "4.50" and "4,50" -> "4.5", "7.00" -> "7", "0142" -> "142"."""
    pieces = re.split(r"([.,'\u2019\u00a0\u202f ])", number.strip())
    groups, separators = [_digits(g) for g in pieces[0::2]], pieces[1::2]
    decimals = ""
    # A last group of one or two digits after . or , is a fraction; three digits are thousands.
    if separators and separators[-1] in ".," and len(groups[-1]) <= 2:
        decimals = groups.pop().rstrip("0")
    whole = "".join(groups).lstrip("0") or "0"
    return f"{whole}.{decimals}" if decimals else whole


def _runs(number: str) -> set[str]:
    """Each digit group alone, leading zeros dropped: the pieces of a phone number or time."""
    return {(_digits(g).lstrip("0") or "0") for g in re.findall(r"\d+", number)}


def _norm(text: str) -> str:
    """Text for comparing: NFKC, case-folded, punctuation to spaces, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c if c.isalnum() or c.isspace() else " " for c in text)
    return " ".join(text.split())


def _words(text: str) -> list[str]:
    return _norm(text).split()


def _cased(word: str) -> bool:
    """True for a word of a script with capital letters (Latin, Greek, Cyrillic, ...)."""
    return word.upper() != word.lower()


class BriefFacts:
    """What a brief states, indexed for the grounding check."""

    def __init__(self, brief: brief_pb2.ProjectConfig, also_stated: Iterable[str] = ()) -> None:
        """`also_stated`: words that are no claim where this text appears, e.g. "404" on the
        not-found page."""
        strings = [*_brief_strings(brief), *also_stated]
        self.text = " | ".join(_norm(s) for s in strings)
        self.words = frozenset(w for s in strings for w in _words(s))
        self.stated_numbers: set[str] = set()
        self.prices: set[str] = set()
        self.long_digits: list[str] = []
        for string in strings:
            for match in _COMPOUND.finditer(string):
                for part in _PART.findall(match.group()):
                    self.stated_numbers.add(_canonical(part))
                    self.stated_numbers |= _runs(part)
                    self.prices.add(_canonical(part))
                    if len(digits := _digits(part)) >= 6:
                        self.long_digits.append(digits.lstrip("0"))
        self.quotes = [_norm(t.quote) for t in brief.testimonials if _norm(t.quote)]
        self.capitals_mark_names = primary_language(brief.language) not in _NOUN_CAPITALISING

    # --- what is grounded ---

    def number_grounded(self, number: str, price: bool) -> bool:
        """A number the brief states, in any spacing: a price by its value, another number by
        its value, by each of its digit groups, or (a phone number written another way) by
        its digits inside a long number of the brief."""
        parts = _PART.findall(number)
        for part in parts:
            canonical = _canonical(part)
            if price:
                if canonical not in self.prices:
                    return False
                continue
            if canonical in self.stated_numbers or _runs(part) <= self.stated_numbers:
                continue
            digits = _digits(part).lstrip("0")
            if len(digits) >= 6 and any(digits in long for long in self.long_digits):
                continue
            return False
        return True

    def words_grounded(self, text: str) -> bool:
        """Every word of `text` occurs in the brief (honorifics aside), or the whole of it."""
        words = [w for w in _words(text) if w not in _HONORIFICS]
        return all(w in self.words for w in words) or _norm(text) in self.text

    def quote_grounded(self, text: str) -> bool:
        """Quoted words the brief itself contains."""
        return _norm(text) in self.text

    def testimonial_grounded(self, quote: str) -> bool:
        """One of the brief's testimonials, whole or at least half of it, word for word."""
        said = _norm(quote)
        return bool(said) and any(
            said == known or (said in known and len(said) * 2 >= len(known))
            for known in self.quotes
        )

    # --- what is found ---

    def ungrounded(self, text: str, person_context: bool = False) -> list[Found]:
        """Every number, price, date, quote and person name in `text` the brief does not state;
        `person_context`: the text is about people, so capitalised words in a row are names."""
        return [
            *self.numbers(text),
            *self._quotes(text),
            *self._names(text, person_context),
        ]

    def numbers(self, text: str) -> Iterator[Found]:
        """The numbers, prices and dates of `text` the brief does not state."""
        for match in _COMPOUND.finditer(text):
            number = match.group().strip()
            currency_before = _PRICE_BEFORE.search(text[: match.start()][-6:])
            currency_after = _PRICE_AFTER.search(text[match.end() :][:9])
            price = bool(currency_before or currency_after)
            if self.number_grounded(number, price):
                continue
            if price:
                shown = (currency_before.group() if currency_before else "") + number
                shown += currency_after.group() if currency_after else ""
                yield Found(PRICE, shown.strip())
            else:
                yield Found(DATE if _DATE_SHAPE.fullmatch(number) else NUMBER, number)

    def _quotes(self, text: str) -> Iterator[Found]:
        for match in _QUOTED.finditer(text):
            quoted = next(g for g in match.groups() if g is not None).strip()
            spaced = len(quoted.split()) >= _QUOTE_WORDS
            unspaced = " " not in quoted and len(quoted) >= _QUOTE_UNSPACED_CHARS
            if (spaced or unspaced) and not self.quote_grounded(quoted):
                yield Found(QUOTE, quoted)

    def _names(self, text: str, person_context: bool) -> Iterator[Found]:
        seen: list[str] = []
        for cue in (_HONORIFIC, _CUE, _ATTRIBUTION):
            for match in cue.finditer(text):
                name = _capitalised_run(text, match.end(), minimum=1)
                # "Frau Dr. Sommer" is one name, found once.
                if not name or any(name in s for s in seen):
                    continue
                seen.append(name)
                if not self.words_grounded(name):
                    yield Found(NAME, name)
        if not (person_context and self.capitals_mark_names):
            return
        for sentence in split_sentences(text):
            for run, at_start in _capitalised_runs(sentence):
                if any(run in s or s in run for s in seen):
                    continue
                seen.append(run)
                words = run.split()
                # A sentence's first word is capitalised anyway: "Meet Anna Keller".
                opener = at_start and (len(words) > 2 or words[0].casefold() in _OPENERS)
                if self.words_grounded(run) or (
                    opener and self.words_grounded(" ".join(words[1:]))
                ):
                    continue
                yield Found(NAME, run)

    def name_grounded(self, text: str) -> bool:
        """A field that holds a person's name (a team member, an attribution): grounded when
        its capitalised words (any word, in scripts without capitals) occur in the brief."""
        words = _WORD.findall(text)
        named = [w for w in words if not _cased(w) or w[0].isupper()]
        # "Regular customer": a capital that only opens a description names nobody.
        if len(words) > 1 and named[:1] == words[:1] and len(named) == 1 and _cased(words[0]):
            named = []
        return not named or self.words_grounded(" ".join(named))


def _capitalised_run(text: str, start: int, minimum: int) -> str:
    """The capitalised words (at most three, initials included) from `start`, as one name."""
    words: list[str] = []
    end = start
    for match in _WORD.finditer(text, start):
        if text[end : match.start()].strip(" ") or not match.group()[0].isupper():
            break
        words.append(match.group())
        end = match.end()
        if len(words) == _NAME_WORDS:
            break
    return " ".join(words).rstrip(".,") if len(words) >= minimum else ""


def _capitalised_runs(sentence: str) -> Iterator[tuple[str, bool]]:
    """Runs of two or more capitalised words in a sentence, and whether one opens it."""
    run: list[str] = []
    run_start = 0
    last_end = 0
    first_word_start = None

    def flush() -> Iterator[tuple[str, bool]]:
        if len(run) >= 2:
            yield " ".join(run).rstrip(".,"), run_start == first_word_start

    for match in _WORD.finditer(sentence):
        if first_word_start is None:
            first_word_start = match.start()
        word = match.group()
        joined = not run or not sentence[last_end : match.start()].strip(" ")
        if _cased(word) and word[0].isupper() and joined:
            if not run:
                run_start = match.start()
            run.append(word)
        else:
            yield from flush()
            run = [word] if _cased(word) and word[0].isupper() else []
            run_start = match.start()
        last_end = match.end()
    yield from flush()


def split_sentences(text: str) -> list[str]:
    """`text` cut into sentences, abbreviations and initials kept inside theirs."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        last_word = before[-1].casefold() if before else ""
        stop = match.group().strip()
        if stop.startswith(".") and (
            last_word.rstrip(".") in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha())
        ):
            continue
        sentences.append(text[start : match.end()])
        start = match.end()
    if text[start:].strip():
        sentences.append(text[start:])
    return sentences


def _brief_strings(message: Message) -> Iterator[str]:
    """Every text of the brief a fact may come from (colours and the language tag aside)."""
    for field, value in message.ListFields():
        if field.name in ("brand_colors", "language"):
            continue
        if field.type == FieldDescriptor.TYPE_STRING:
            yield from (value if field.is_repeated else [value])
        elif field.type == FieldDescriptor.TYPE_MESSAGE:
            for item in value if field.is_repeated else [value]:
                yield from _brief_strings(item)


# --- the check over an answer ---------------------------------------------------------------------


def _reported(text: str) -> str:
    """What a removal record may carry of model text: plain, one line, short, secrets masked."""
    line = " ".join(strip_markup(text).split())
    line = "".join(c for c in line if unicodedata.category(c)[0] != "C")
    line = redact(line)
    return line if len(line) <= _MAX_REPORTED_CHARS else line[: _MAX_REPORTED_CHARS - 1] + "…"


class Grounding:
    """One grounding pass over one answer: the brief's facts, the option, the record."""

    def __init__(
        self, brief: brief_pb2.ProjectConfig, placeholders: bool, also_stated: Iterable[str] = ()
    ) -> None:
        self.facts = BriefFacts(brief, also_stated)
        self.placeholders = placeholders
        self.removals: list[phases_pb2.GroundingRemoval] = []

    def _record(self, section: str, field: str, found: Iterable[Found], marked: bool) -> None:
        for fact in found:
            self.removals.append(
                phases_pb2.GroundingRemoval(
                    section=_reported(section),
                    field=field,
                    kind=fact.kind,
                    text=_reported(fact.text),
                    marked=marked,
                )
            )

    def text(self, text: str, section: str, field: str, person_context: bool = False) -> str:
        """`text` without the sentences that state what the brief does not ("" if none stays)."""
        kept: list[str] = []
        for sentence in split_sentences(text):
            found = self.facts.ungrounded(sentence, person_context)
            if found:
                self._record(section, field, found, marked=False)
            else:
                kept.append(sentence)
        return "".join(kept).strip()

    def short(self, text: str, section: str, field: str) -> str:
        """A short field (a heading, a label): kept whole or emptied."""
        found = self.facts.ungrounded(text)
        if found:
            self._record(section, field, found, marked=False)
            return ""
        return text

    def section(self, copy: artifacts_pb2.SectionCopy, kind: str, where: str) -> None:
        """One section's words, in place."""
        if not self.placeholders:
            copy.placeholder = False  # no placeholders unless the job asked for them
        elif copy.placeholder:
            return  # the whole section is drawn marked already
        person = kind in PERSON_SECTIONS
        copy.eyebrow = self.short(copy.eyebrow, where, "eyebrow")
        copy.heading = self.short(copy.heading, where, "heading")
        copy.cta_label = self.short(copy.cta_label, where, "cta_label")
        paragraphs = [
            self.text(p, where, f"paragraphs[{i}]", person) for i, p in enumerate(copy.paragraphs)
        ]
        copy.paragraphs[:] = [p for p in paragraphs if p]
        kept: list[artifacts_pb2.CopyItem] = []
        for i, item in enumerate(copy.items):
            if not self.placeholders:
                item.placeholder = False
            elif item.placeholder:
                kept.append(item)
                continue
            if self._item(item, kind, where, f"items[{i}]"):
                kept.append(item)
        del copy.items[:]
        copy.items.extend(kept)

    def _item(self, item: artifacts_pb2.CopyItem, kind: str, where: str, field: str) -> bool:
        """Ground one item in place; False when it must go."""
        facts = self.facts
        person = kind in PERSON_SECTIONS
        found: list[Found] = []
        if kind == "testimonials":
            quote = item.text or item.title
            if not facts.testimonial_grounded(quote):
                found.append(Found(QUOTE, quote))
            # The attribution sits in the title beside a quote in the text, else in meta.
            attributions = (item.title, item.meta) if item.text else (item.meta,)
            for name in attributions:
                if name and not facts.name_grounded(name) and not facts.quote_grounded(name):
                    found.append(Found(NAME, name))
            found += facts.numbers(item.meta)
        elif kind == "team":
            if not facts.name_grounded(item.title) and not facts.quote_grounded(item.title):
                found.append(Found(NAME, item.title))
            found += [*facts.ungrounded(item.meta), *facts.ungrounded(item.text, person)]
        else:
            found += facts.ungrounded(item.title)
            found += facts.ungrounded(item.meta)
            found += facts.ungrounded(item.text, person)
        if not found:
            return True
        if self.placeholders:
            item.placeholder = True
            self._record(where, field, found, marked=True)
            return True
        title_found = facts.ungrounded(item.title) if kind not in FACT_SECTIONS else []
        if kind in FACT_SECTIONS or title_found:
            self._record(where, field, found, marked=False)
            return False
        # A service, a feature, a question: it stays, without the unstated price or sentence.
        item.meta = self.short(item.meta, where, f"{field}.meta")
        item.text = self.text(item.text, where, f"{field}.text", person)
        return bool(item.title or item.text)


def _section_kinds(plan: artifacts_pb2.SectionPlan) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for spec in plan.sections:
        kinds.setdefault(spec.id, _KIND_NAMES.get(spec.kind, "other"))
    return kinds


def section_kind(section_id: str, kinds: dict[str, str]) -> str:
    """The section's kind as the grounding check sees it: a fact kind, or "other"."""
    if section_id in kinds:
        return kinds[section_id]
    lowered = section_id.casefold()
    return next((kind for kind, pattern in _KIND_BY_ID if pattern.search(lowered)), "other")


def ground_site_copy(
    copy: artifacts_pb2.SiteCopy,
    brief: brief_pb2.ProjectConfig,
    section_plan: artifacts_pb2.SectionPlan,
    placeholders: bool,
) -> list[phases_pb2.GroundingRemoval]:
    """Ground the copy phase's answer in place; what was removed or marked."""
    grounding = Grounding(brief, placeholders)
    copy.tagline = grounding.text(copy.tagline, "tagline", "tagline")
    kinds = _section_kinds(section_plan)
    for page in copy.pages:
        for section in page.sections:
            kind = section_kind(section.section_id, kinds)
            grounding.section(section, kind, f"{page.slug}/{section.section_id}")
    _log("copy", grounding.removals)
    return grounding.removals


def ground_page_request(
    request: phases_pb2.GeneratePageRequest,
) -> list[phases_pb2.GroundingRemoval]:
    """Ground, in place, the model-written words a page shows: its copy, the tagline, its
    search title and description and the call to action; what was removed or marked."""
    grounding = Grounding(request.brief, request.placeholders)
    slug = request.page.slug
    site = request.copy
    site.tagline = grounding.text(site.tagline, "tagline", "tagline")
    kinds = _section_kinds(request.section_plan)
    for page in site.pages:
        if page.slug != slug:
            continue
        for section in page.sections:
            kind = section_kind(section.section_id, kinds)
            grounding.section(section, kind, f"{page.slug}/{section.section_id}")
    seo = request.seo
    seo.site_description = grounding.text(seo.site_description, "seo", "site_description")
    for page_seo in seo.pages:
        if page_seo.slug == slug:
            where = f"seo/{slug}"
            page_seo.title = grounding.short(page_seo.title, where, "title")
            page_seo.meta_description = grounding.text(
                page_seo.meta_description, where, "meta_description"
            )
    strategy = request.design_strategy
    strategy.call_to_action = grounding.short(strategy.call_to_action, "strategy", "call_to_action")
    strategy.value_proposition = grounding.text(
        strategy.value_proposition, "strategy", "value_proposition"
    )
    _log("page", grounding.removals)
    return grounding.removals


def ground_site_shell(
    shell: artifacts_pb2.SiteShell, brief: brief_pb2.ProjectConfig
) -> list[phases_pb2.GroundingRemoval]:
    """Ground the footer note and the not-found page in place; what was removed."""
    # The not-found page may name its status code: an HTTP fact, not the business's.
    grounding = Grounding(brief, placeholders=False, also_stated=["404"])
    shell.footer_note = grounding.text(shell.footer_note, "shell", "footer_note")
    shell.not_found_heading = grounding.short(shell.not_found_heading, "shell", "not_found_heading")
    shell.not_found_text = grounding.text(shell.not_found_text, "shell", "not_found_text")
    _log("site", grounding.removals)
    return grounding.removals


def empty_fact_sections(
    copy: artifacts_pb2.PageCopy | None, section_plan: artifacts_pb2.SectionPlan
) -> set[str]:
    """Sections of the page whose items are facts (testimonials, team, figures, plans) and
    that have none left and are no placeholder: the page leaves them out."""
    if copy is None:
        return set()
    kinds = _section_kinds(section_plan)
    return {
        s.section_id
        for s in copy.sections
        if section_kind(s.section_id, kinds) in FACT_SECTIONS and not s.items and not s.placeholder
    }


def summary(removals: Iterable[phases_pb2.GroundingRemoval]) -> str:
    """`3 names, 1 price (2 marked)`: counts by kind, for log lines and event messages."""
    removals = list(removals)
    counts = Counter(
        phases_pb2.FactKind.Name(r.kind).removeprefix("FACT_KIND_").lower() for r in removals
    )
    text = ", ".join(f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in sorted(counts.items()))
    marked = sum(r.marked for r in removals)
    return text + (f" ({marked} marked)" if marked else "")


def _log(phase: str, removals: list[phases_pb2.GroundingRemoval]) -> None:
    # Counts only: the facts themselves travel in the response, sanitised, never in logs.
    if removals:
        log.info("phase %s: grounding check found %s", phase, summary(removals))
