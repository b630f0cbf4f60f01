"""Judges what a generated site says against its brief: the language of every page, the
direction of right-to-left pages, the page titles in the navigation, and every price,
number, quote and person name, which must come from the brief or be a marked placeholder.

    .venv/bin/python tools/sitecheck/content_check.py [--brief BRIEF] SITE [SITE...]

The brief is SITE/_report/brief.json (the CLI writes it) unless --brief names a YAML or JSON
brief. Writes SITE/_report/content.md and SITE/_report/content.json; exit 0 when every page
passes, 1 when one fails, 2 when a site or its brief cannot be read. What is exempt and why
is listed in EXEMPTIONS and tools/sitecheck/README.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from google.protobuf import json_format
from lingua import Language, LanguageDetector, LanguageDetectorBuilder
from sitefarm.v1 import brief_pb2

from services.kit.languages import RTL_LANGUAGES, is_rtl, primary_language
from services.runtime.brief import BriefError, load_brief

REPORT_DIR = "_report"
BRIEF_FILE = "brief.json"
PLACEHOLDER_ATTRIBUTE = "data-placeholder"

# A page is judged for language only with this many words of its own (brief text removed):
# fewer, and a detector guesses.
MIN_PAGE_WORDS = 20
# One block of text (a paragraph, a list item) judged on its own, so that an English
# paragraph inside a German page is caught: long enough to be sure, and sure enough.
MIN_BLOCK_WORDS = 14
MIN_BLOCK_CONFIDENCE = 0.9
# Text in quotation marks counts as a quote from this many words; shorter is a term or a name.
MIN_QUOTE_WORDS = 3

EXEMPTIONS = (
    "the current year inside the footer or beside ©: the copyright line, not a business fact",
    "404 on the not-found page (404.html): the status it reports",
    "numbers inside URLs, e-mail addresses and file names, in attributes other than alt, "
    "title, aria-label, aria-description and placeholder, in CSS and in scripts other than "
    "JSON-LD",
    "JSON-LD values that describe the file, not the business: @context, @id, @type, url, "
    "sameAs, image, logo, contentUrl, thumbnailUrl, width, height, inLanguage, "
    "encodingFormat, position (a breadcrumb's order)",
    "digits glued after a letter (B2B, H2O, mp3, B52): part of a name or a code",
)

# Languages that lingua tells apart but that a site may fairly label with either tag.
_SAME_LANGUAGE = (frozenset({"no", "nb", "nn"}), frozenset({"sr", "hr", "bs"}))
_RETIRED_TAGS = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv"}

_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript"})
_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
# Elements that start a new run of text: a paragraph, a list item, a cell, a caption.
_BLOCK_TAGS = frozenset(
    """address article aside blockquote body caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html li main nav
    ol option p pre q section summary table tbody td tfoot th thead title tr ul""".split()
)
_TEXT_ATTRIBUTES = ("alt", "title", "aria-label", "aria-description", "placeholder")
_TEXT_META = frozenset(
    """description keywords og:title og:description og:site_name og:image:alt twitter:title
    twitter:description twitter:image:alt""".split()
)
_JSON_LD_NOT_FACTS = frozenset(
    """@context @id @type url sameAs image logo contentUrl thumbnailUrl width height
    inLanguage encodingFormat position""".split()
)
_JSON_LD_PRICE_KEYS = frozenset({"price", "lowPrice", "highPrice", "minPrice", "maxPrice"})
_JSON_LD_PEOPLE_KEYS = frozenset(
    {"author", "founder", "founders", "employee", "employees", "member", "members", "creator"}
)
_JSON_LD_QUOTE_KEYS = frozenset({"reviewBody"})
# Brief fields whose digits are no facts a page may repeat: a colour, a language tag.
_BRIEF_FIELDS_WITHOUT_FACTS = frozenset({"brand_colors", "language", "tone"})

_SPACE_CHARS = " \u00a0\u202f\u2009"
_APOSTROPHES = "\u2019\u2018\u02bc`\u00b4"  # curly single quotes, modifier, grave, acute
_DOUBLE_QUOTES = '\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a"'  # curly, low, guillemets
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015"  # the hyphens and dashes that are not -
_NUMBER_SEPARATORS = ".,'\u2019\u066b\u066c" + _SPACE_CHARS
# A run of digits, grouped by thousands/decimal separators or single spaces (a phone
# number), not glued after a letter.
_NUMBER = re.compile(rf"(?<!\w)\d+(?:[{_NUMBER_SEPARATORS}]\d+)*")
_CURRENCY_SYMBOLS = "$€£¥₹₩₪₫₴₸₺₼₽₾฿₦₱₲₵₡₭﷼"
_CURRENCY_CODES = (
    "EUR GBP USD CHF CAD AUD NZD JPY CNY INR SEK NOK DKK PLN CZK HUF TRY ZAR MXN BRL AED "
    "SAR QAR KWD BHD OMR JOD EGP MAD TND DZD LBP ILS RUB UAH"
).split()
_CURRENCY_WORDS = (
    "euro euros dollar dollars pound pounds francs fr. kr zł "
    "درهم دراهم ريال ريالات جنيه جنيهات دينار دنانير د.إ ر.س ج.م د.م"
).split()
_CURRENCY = "|".join(
    [re.escape(c) for c in _CURRENCY_SYMBOLS]
    + [re.escape(c) for c in _CURRENCY_CODES]
    + ["(?i:" + re.escape(w) + ")" for w in sorted(_CURRENCY_WORDS, key=len, reverse=True)]
)
_CURRENCY_BEFORE = re.compile(rf"(?:{_CURRENCY})[{_SPACE_CHARS}]?$")
_CURRENCY_AFTER = re.compile(rf"^[{_SPACE_CHARS}]?(?:{_CURRENCY})(?![^\W\d_])")
_DECIMAL_PRICE = re.compile(r"\d[.,]\d{2}$")
_NOT_PROSE = re.compile(
    r"(?:https?://|mailto:|tel:|www\.)\S*"  # a URL
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|\b(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?",  # a domain or a file name: site.example, hero.svg
    re.IGNORECASE,
)
_QUOTED = re.compile(
    r"“([^”“]+)”|„([^“”„]+)[“”]|«\s?([^»«]+?)\s?»|»([^«»]+)«|\"([^\"]+)\"|「([^」]+)」"
)
_WORD = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_FOOTER_YEAR_MARKS = ("©", "(c)", "copyright")


# ------------------------------------------------------------------------------------------
# The page as a tree
# ------------------------------------------------------------------------------------------


@dataclass(eq=False)
class Element:
    """One element of a page: just enough of a DOM to find text, ancestors and classes."""

    tag: str
    attrs: dict[str, str]
    parent: Element | None = None
    children: list[Element | str] = field(default_factory=list)

    def iter(self) -> Iterator[Element]:
        """This element and every element inside it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str) -> list[Element]:
        return [element for element in self.iter() if element.tag == tag]

    def ancestors(self) -> Iterator[Element]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def inside(self, tag: str) -> bool:
        return self.tag == tag or any(a.tag == tag for a in self.ancestors())

    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def class_contains(self, *fragments: str) -> bool:
        return any(fragment in name for name in self.classes() for fragment in fragments)

    def marked(self) -> bool:
        """True when this element or an ancestor is a marked placeholder."""
        return PLACEHOLDER_ATTRIBUTE in self.attrs or any(
            PLACEHOLDER_ATTRIBUTE in a.attrs for a in self.ancestors()
        )

    def hidden(self) -> bool:
        return self.tag in _SKIPPED_TAGS or "hidden" in self.attrs

    def text(self) -> str:
        """The visible text inside, whitespace collapsed."""
        parts: list[str] = []

        def collect(element: Element) -> None:
            for child in element.children:
                if isinstance(child, str):
                    parts.append(child)
                elif not child.hidden():
                    parts.append(" " if child.tag in _BLOCK_TAGS or child.tag == "br" else "")
                    collect(child)

        collect(self)
        return collapse("".join(parts))

    def where(self) -> str:
        """A short address for a report: the nearest ancestor with an id, then the tag."""
        for node in (self, *self.ancestors()):
            if node.attrs.get("id"):
                return (
                    f"#{node.attrs['id']} {self.tag}"
                    if node is not self
                    else f"#{node.attrs['id']}"
                )
        return self.tag


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack: list[Element] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(element)
        if tag not in _VOID_TAGS:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(element)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_page(html: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


# ------------------------------------------------------------------------------------------
# Text and normalisation
# ------------------------------------------------------------------------------------------


def collapse(text: str) -> str:
    return " ".join(text.split())


def normal(text: str) -> str:
    """For comparing a page's words with the brief's: same quotes, dashes, case, spacing."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(f"[{_APOSTROPHES}]", "'", text)
    text = re.sub(f"[{_DOUBLE_QUOTES}]", '"', text)
    text = re.sub(f"[{_DASHES}]", "-", text)
    return collapse(text).casefold()


def ascii_digits(text: str) -> str:
    """Every decimal digit in any script (Arabic-Indic too) as 0-9, other characters kept."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


def digit_string(token: str) -> str:
    """A number as its digits alone, leading zeros dropped: "+44 131" -> "44131"."""
    digits = "".join(ch for ch in ascii_digits(token) if ch.isdigit())
    return digits.lstrip("0") or ("0" if digits else "")


def number_groups(token: str) -> list[str]:
    """A number split where it is spaced: "+44 131 555 0142" -> ["44", "131", "555", "142"]."""
    groups = re.split(f"[{_SPACE_CHARS}]", token)
    return [g for g in (digit_string(group) for group in groups) if g]


def amount(token: str) -> Decimal | None:
    """A price's value, whichever separators it uses: "1.200,50" and "1,200.50" are equal."""
    text = re.sub(f"[{_SPACE_CHARS}'\u2019\u066c]", "", ascii_digits(token)).replace("\u066b", ".")
    if match := re.fullmatch(r"([\d.,]*?)[.,](\d{1,2})", text):
        whole, fraction = re.sub(r"\D", "", match.group(1)) or "0", match.group(2)
    else:
        whole, fraction = re.sub(r"\D", "", text), "0"
    try:
        return Decimal(f"{whole}.{fraction}").normalize()
    except InvalidOperation:
        return None


def word_count(text: str) -> int:
    return len(_WORD.findall(text)) + len(_CJK.findall(text)) // 2


def strip_not_prose(text: str) -> str:
    return _NOT_PROSE.sub(" ", text)


# ------------------------------------------------------------------------------------------
# The brief's facts
# ------------------------------------------------------------------------------------------


@dataclass
class BriefFacts:
    """What the brief states, in the shapes a page's facts are compared with."""

    language: str
    pages: list[str]
    strings: list[str]  # every text of the brief, longest first: removed before detection
    corpus: str  # every text of the brief, normalised, one per line
    numbers: set[str]  # every number's digits, whole and by spaced group
    prices: set[Decimal]  # every price the brief states, by value
    name: str = ""  # the business name, spaces collapsed

    @classmethod
    def of(cls, brief: brief_pb2.ProjectConfig) -> BriefFacts:
        document = json_format.MessageToDict(brief, preserving_proto_field_name=True)
        strings: list[str] = []
        numbers: set[str] = set()
        prices: set[Decimal] = set()
        for key, value in _strings_of(document):
            strings.append(value)
            if key in _BRIEF_FIELDS_WITHOUT_FACTS:
                continue
            for match in _NUMBER.finditer(value):
                numbers.add(digit_string(match.group()))
                numbers.update(number_groups(match.group()))
                if key == "price" or _currency_beside(value, match.start(), match.end()):
                    if (value_of := amount(match.group())) is not None:
                        prices.add(value_of)
        numbers.discard("")
        strings = sorted({collapse(s) for s in strings if len(collapse(s)) >= 3}, key=len)
        return cls(
            language=primary_language(brief.language),
            pages=[collapse(page) for page in brief.pages if page.strip()],
            strings=strings[::-1],
            corpus="\n".join(normal(s) for s in strings),
            numbers=numbers,
            prices=prices,
            name=collapse(brief.business_name),
        )

    def states(self, text: str) -> bool:
        """True when the brief contains this text (a quote, a name), case and spacing aside."""
        wanted = normal(text).strip(" \"'.,;:!?…-·•|/")
        return bool(wanted) and wanted in self.corpus

    def states_number(self, token: str) -> bool:
        whole, groups = digit_string(token), number_groups(token)
        return whole in self.numbers or (bool(groups) and all(g in self.numbers for g in groups))

    def states_price(self, token: str) -> bool:
        return amount(token) in self.prices


def _strings_of(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for child_key, child in value.items():
            yield from _strings_of(child, child_key)
    elif isinstance(value, list):
        for child in value:
            yield from _strings_of(child, key)


def _currency_beside(text: str, start: int, end: int) -> bool:
    return bool(_CURRENCY_BEFORE.search(text[max(0, start - 6) : start])) or bool(
        _CURRENCY_AFTER.search(text[end : end + 8])
    )


# ------------------------------------------------------------------------------------------
# What a page says
# ------------------------------------------------------------------------------------------


@dataclass
class Piece:
    """A run of text as a reader meets it: one paragraph, an alt text, a meta description."""

    text: str
    where: str
    kind: str  # text, attribute, meta or json-ld
    marked: bool = False
    in_footer: bool = False
    in_quote: bool = False
    owner: Element | None = None  # the element whose text it is


@dataclass
class Fact:
    """A price, number, quote or person name the page states."""

    kind: str
    value: str
    where: str
    context: str
    marked: bool
    in_footer: bool = False


def pieces_of(root: Element) -> list[Piece]:
    """Every run of visible text, and every attribute and meta text a user or machine reads."""
    pieces: list[Piece] = []
    buffer: list[str] = []
    owners: list[Element] = [root]

    def flush() -> None:
        text = collapse("".join(buffer))
        buffer.clear()
        if text:
            owner = owners[-1]
            pieces.append(_piece(text, owner, "text"))

    def walk(element: Element) -> None:
        if element.hidden():
            return
        if element.tag == "meta":
            name = (element.attrs.get("name") or element.attrs.get("property") or "").lower()
            if name in _TEXT_META and element.attrs.get("content", "").strip():
                pieces.append(Piece(collapse(element.attrs["content"]), f"meta {name}", "meta"))
            return
        for attribute in _TEXT_ATTRIBUTES:
            if value := collapse(element.attrs.get(attribute, "")):
                pieces.append(_piece(value, element, "attribute", f"{element.tag}[{attribute}]"))
        if element.tag == "input" and element.attrs.get("type") in ("submit", "button", "reset"):
            if value := collapse(element.attrs.get("value", "")):
                pieces.append(_piece(value, element, "attribute", "input[value]"))
        boundary = (
            element.tag in _BLOCK_TAGS
            or element.tag == "br"
            or PLACEHOLDER_ATTRIBUTE in element.attrs
        )
        if boundary:
            flush()
            owners.append(element)
        for child in element.children:
            if isinstance(child, str):
                buffer.append(child)
            else:
                walk(child)
        if boundary:
            flush()
            owners.pop()

    walk(root)
    flush()
    return pieces


def _piece(text: str, owner: Element, kind: str, where: str | None = None) -> Piece:
    return Piece(
        text=text,
        where=where or owner.where(),
        kind=kind,
        marked=owner.marked(),
        in_footer=owner.inside("footer"),
        in_quote=owner.inside("blockquote") or owner.inside("q"),
        owner=owner if kind == "text" else None,
    )


def _block_of(element: Element) -> Element:
    """The paragraph (or other block) an element sits in: a marked span is part of one."""
    return next((e for e in (element, *element.ancestors()) if e.tag in _BLOCK_TAGS), element)


def json_ld_of(root: Element) -> list[Any]:
    documents = []
    for script in root.find_all("script"):
        if script.attrs.get("type", "").lower() == "application/ld+json":
            raw = "".join(c for c in script.children if isinstance(c, str))
            try:
                documents.append(json.loads(raw))
            except json.JSONDecodeError:
                continue  # check-site.mjs reports JSON-LD that does not parse
    return documents


def _json_ld_values(
    value: Any, key: str = "", parent: Any = None
) -> Iterator[tuple[str, Any, Any]]:
    """(key, value, the object holding it) for every leaf, skipping keys that are no facts."""
    if key in _JSON_LD_NOT_FACTS:
        return
    if isinstance(value, dict):
        for child_key, child in value.items():
            yield from _json_ld_values(child, child_key, value)
    elif isinstance(value, list):
        for child in value:
            yield from _json_ld_values(child, key, parent)
    else:
        yield key, value, parent


def _types(node: Any) -> set[str]:
    if not isinstance(node, dict):
        return set()
    kind = node.get("@type", [])
    return {kind} if isinstance(kind, str) else {k for k in kind if isinstance(k, str)}


def _json_ld_facts(documents: list[Any]) -> Iterator[Fact]:
    for document in documents:
        for key, value, holder in _json_ld_values(document):
            where = f"JSON-LD {'/'.join(sorted(_types(holder))) or 'value'}.{key}"
            if isinstance(value, bool) or value is None:
                continue
            if isinstance(value, int | float):
                kind = "price" if key in _JSON_LD_PRICE_KEYS else "number"
                yield Fact(kind, str(value), where, f"{key}: {value}", marked=False)
                continue
            text = str(value)
            if key == "name" and "Person" in _types(holder):
                yield Fact("name", text, where, f"{key}: {text}", marked=False)
            elif key in _JSON_LD_QUOTE_KEYS:
                yield Fact("quote", text, where, f"{key}: {text[:80]}", marked=False)
            elif key in _JSON_LD_PEOPLE_KEYS:  # an author written as a plain string
                yield Fact("name", text, where, f"{key}: {text}", marked=False)
            if key in _JSON_LD_PRICE_KEYS:
                yield Fact("price", text, where, f"{key}: {text}", marked=False)
                continue
            yield from _numbers_in(Piece(text, where, "json-ld"))
        for node in _json_ld_nodes(document):
            if "Review" in _types(node) and isinstance(node.get("author"), dict):
                author = node["author"].get("name")
                if isinstance(author, str) and "Person" not in _types(node["author"]):
                    where = "JSON-LD Review.author"
                    yield Fact("name", author, where, f"author: {author}", marked=False)


def _json_ld_nodes(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from _json_ld_nodes(child)
    elif isinstance(value, list):
        for child in value:
            yield from _json_ld_nodes(child)


def _json_ld_prose(documents: list[Any]) -> list[str]:
    return [
        value
        for document in documents
        for _, value, _ in _json_ld_values(document)
        if isinstance(value, str) and word_count(strip_not_prose(value)) >= 2
    ]


def _numbers_in(piece: Piece) -> Iterator[Fact]:
    text = strip_not_prose(piece.text)
    for match in _NUMBER.finditer(text):
        token = match.group()
        if _currency_beside(text, match.start(), match.end()):
            kind = "price"
        else:
            kind = "price-shaped" if _DECIMAL_PRICE.search(ascii_digits(token)) else "number"
        around, at = text, match.start()
        block = _block_of(piece.owner).text() if piece.owner is not None else ""
        if (found := block.find(text)) >= 0:  # a piece cut short by a marked element
            around, at = block, found + at
        context = around[max(0, at - 40) : at + len(token) + 40]
        yield Fact(kind, token, piece.where, collapse(context), piece.marked, piece.in_footer)


def _quotes_in(piece: Piece) -> Iterator[Fact]:
    for match in _QUOTED.finditer(piece.text):
        quoted = next(group for group in match.groups() if group is not None)
        if word_count(quoted) >= MIN_QUOTE_WORDS:
            yield Fact("quote", collapse(quoted), piece.where, piece.text[:120], piece.marked)


def _names_in(root: Element) -> Iterator[Fact]:
    """Person names where a page puts them: who said a quote, who is on the team."""
    seen: set[int] = set()

    def name_fact(element: Element, context: Element) -> Fact | None:
        if id(element) in seen or element.hidden():
            return None
        seen.add(id(element))
        text = element.text().strip(f" ~·,-{_DASHES}")
        if not text:
            return None
        return Fact("name", text, element.where(), context.text()[:120], element.marked())

    for element in root.iter():
        found: list[Element] = []
        if element.tag == "cite" or element.class_contains("quote-name", "attribution", "author"):
            found.append(element)
        elif element.tag == "figure" and element.find_all("blockquote"):
            for caption in element.find_all("figcaption"):
                names = [e for e in caption.iter() if e.tag == "cite" or e.class_contains("name")]
                found.extend(names or [caption])
        elif "person" in element.attrs.get("itemtype", "").lower() or any(
            name in ("person", "team-member", "member", "staff") for name in element.classes()
        ):
            inner = [
                e
                for e in element.iter()
                if e is not element
                and (e.attrs.get("itemprop") == "name" or e.class_contains("name", "title"))
            ]
            headings = [e for e in element.iter() if e.tag in ("h2", "h3", "h4", "h5", "h6")]
            if inner or headings:
                found.append((inner or headings)[0])
        for named in found:
            if (fact := name_fact(named, element)) is not None:
                yield fact


def page_facts(root: Element, pieces: list[Piece], documents: list[Any]) -> list[Fact]:
    facts: list[Fact] = []
    for piece in pieces:
        facts.extend(_numbers_in(piece))
        if not piece.in_quote:
            facts.extend(_quotes_in(piece))
    for element in root.iter():
        if element.tag in ("blockquote", "q") and not element.hidden():
            text = element.text()
            if text and not (element.tag == "q" and element.inside("blockquote")):
                facts.append(Fact("quote", text, element.where(), text[:120], element.marked()))
    facts.extend(_names_in(root))
    facts.extend(_json_ld_facts(documents))
    return facts


# ------------------------------------------------------------------------------------------
# Judging one page
# ------------------------------------------------------------------------------------------


@dataclass
class Finding:
    check: str  # language, direction, navigation, facts
    page: str
    message: str


@dataclass
class PageResult:
    path: str
    lang: str
    dir: str
    words: int  # the page's own words, brief text removed
    detected: str | None  # the language lingua hears, ISO 639-1
    confidence: float | None
    lang_confidence: float | None  # lingua's confidence in the page's own lang
    facts: int
    unmarked: int
    placeholders: int  # elements carrying data-placeholder
    findings: list[Finding] = field(default_factory=list)


@cache
def detector() -> LanguageDetector:
    """Every language lingua knows, low-accuracy mode: built once, models loaded as needed
    (about 0.3 s in all for the five offline languages; high accuracy costs 6 s to load)."""
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def _iso(language: Language) -> str:
    return language.iso_code_639_1.name.lower()


@cache
def _known_languages() -> frozenset[str]:
    return frozenset(_iso(language) for language in Language.all())


def same_language(detected: str, expected: str) -> bool:
    expected = _RETIRED_TAGS.get(expected, expected)
    if detected == expected:
        return True
    return any(detected in group and expected in group for group in _SAME_LANGUAGE)


def without_brief_text(text: str, brief: BriefFacts) -> str:
    """The page's own words: what the brief says verbatim (names, addresses, quotes) and
    what is no prose (URLs, e-mail, numbers) removed, so it cannot sway the detector."""
    text = strip_not_prose(collapse(text))
    for phrase in brief.strings:
        if phrase in text:
            text = text.replace(phrase, " ")
    return collapse(re.sub(r"\d+", " ", text))


def _language_name(code: str) -> str:
    for language in Language.all():
        if _iso(language) == code:
            return language.name.title()
    return code


def judge_language(
    path: str, root: Element, pieces: list[Piece], documents: list[Any], brief: BriefFacts
) -> tuple[dict[str, Any], list[Finding]]:
    html = next((e for e in root.iter() if e.tag == "html"), root)
    lang = html.attrs.get("lang", "").strip()
    expected = primary_language(lang) if lang else ""
    findings: list[Finding] = []
    result: dict[str, Any] = {"detected": None, "confidence": None, "lang_confidence": None}
    if not lang:
        findings.append(Finding("language", path, "<html> has no lang attribute"))
    elif expected != brief.language:
        findings.append(
            Finding(
                "language", path, f'<html lang="{lang}"> but the brief asks for {brief.language}'
            )
        )
    sample = without_brief_text(
        " ".join([p.text for p in pieces] + _json_ld_prose(documents)), brief
    )
    result["words"] = word_count(sample)
    rtl_needed = bool(lang) and is_rtl(lang)
    if result["words"] >= MIN_PAGE_WORDS:
        values = detector().compute_language_confidence_values(sample)
        top = values[0]
        result["detected"], result["confidence"] = _iso(top.language), round(top.value, 3)
        own = next((v.value for v in values if same_language(_iso(v.language), expected)), None)
        result["lang_confidence"] = None if own is None else round(own, 3)
        rtl_needed = rtl_needed or result["detected"] in RTL_LANGUAGES
        if (
            expected
            and expected not in _known_languages()
            and not any(same_language(code, expected) for code in _known_languages())
        ):
            pass  # lingua cannot hear this language: the page is not judged, the report says so
        elif expected and not same_language(result["detected"], expected):
            findings.append(
                Finding(
                    "language",
                    path,
                    f"the text is {_language_name(result['detected'])} "
                    f"({result['detected']}, confidence {result['confidence']:.2f}) "
                    f'but <html lang="{lang}">',
                )
            )
        elif expected:
            findings.extend(_foreign_blocks(path, pieces, expected, brief))
    direction = html.attrs.get("dir", "").strip().lower()
    if rtl_needed and direction != "rtl":
        said = f'dir="{direction}"' if direction else "no dir"
        findings.append(
            Finding(
                "direction",
                path,
                f"right-to-left text ({lang or result['detected']}) but {said} on <html>",
            )
        )
    elif direction == "rtl" and not rtl_needed and lang:
        findings.append(
            Finding("direction", path, f'dir="rtl" on a left-to-right page (lang="{lang}")')
        )
    return result, findings


def _foreign_blocks(
    path: str, pieces: list[Piece], expected: str, brief: BriefFacts
) -> list[Finding]:
    """Paragraphs in another language on a page whose whole is in the right one."""
    findings = []
    for piece in pieces:
        if piece.kind != "text":
            continue
        sample = without_brief_text(piece.text, brief)
        if word_count(sample) < MIN_BLOCK_WORDS:
            continue
        top = detector().compute_language_confidence_values(sample)[0]
        code = _iso(top.language)
        if not same_language(code, expected) and top.value >= MIN_BLOCK_CONFIDENCE:
            findings.append(
                Finding(
                    "language",
                    path,
                    f"{piece.where}: a paragraph in {_language_name(code)} "
                    f'({code}, confidence {top.value:.2f}): "{piece.text[:90]}"',
                )
            )
    return findings


def judge_facts(
    path: str, facts: list[Fact], brief: BriefFacts, current_year: int
) -> list[Finding]:
    findings = []
    for fact in facts:
        if fact.marked or _exempt(path, fact, current_year, brief):
            continue
        if fact.kind == "price":
            grounded = brief.states_price(fact.value)
        elif fact.kind in ("number", "price-shaped"):
            grounded = brief.states_number(fact.value)
        else:
            grounded = brief.states(fact.value)
        if not grounded:
            label = "price" if fact.kind == "price-shaped" else fact.kind
            findings.append(
                Finding(
                    "facts",
                    path,
                    f'{label} "{fact.value}" is not in the brief and not marked '
                    f'{PLACEHOLDER_ATTRIBUTE} ({fact.where}: "{fact.context}")',
                )
            )
    return findings


def _exempt(path: str, fact: Fact, current_year: int, brief: BriefFacts) -> bool:
    if fact.kind != "number":
        return False
    digits = digit_string(fact.value)
    if path.endswith("404.html") and digits == "404":
        return True
    copyright_line = fact.in_footer or any(m in fact.context.lower() for m in _FOOTER_YEAR_MARKS)
    if digits == str(current_year):
        return copyright_line
    # "© 2026 3D Print Lab": the year runs into a name that starts with the brief's digits.
    year, *rest = number_groups(fact.value) or [""]
    return (
        copyright_line
        and year == str(current_year)
        and bool(rest)
        and all(group in brief.numbers for group in rest)
    )


def judge_navigation(pages: dict[str, Element], brief: BriefFacts) -> list[Finding]:
    """Every page title the brief asks for is a navigation label, whole, on every page."""
    problems: dict[str, list[str]] = {}
    for path, root in pages.items():
        shown = [link.text() for nav in _main_navs(root) for link in nav.find_all("a")]
        labels = [_label_key(label) for label in shown]
        for title in brief.pages:
            wanted = _label_key(title)
            if wanted in labels:
                continue
            short = [
                shown[i] for i, label in enumerate(labels) if label and wanted.startswith(label)
            ]
            if short:
                message = f'page title "{title}" is shortened in the navigation to "{short[0]}"'
            elif not labels:
                message = "no navigation links in <header> <nav>"
            else:
                message = f'page title "{title}" is missing from the navigation'
            problems.setdefault(message, []).append(path)
    findings = []
    for message, paths in problems.items():
        where = "every page" if len(paths) == len(pages) else ", ".join(paths[:5])
        findings.append(Finding("navigation", paths[0], f"{message} (on {where})"))
    return findings


def judge_titles(pages: dict[str, Element], brief: BriefFacts) -> list[Finding]:
    """A <title> that says part of the business name cuts it after a whole word: "Blog |
    Taller de Bicicletas…", never "Blog | Taller de Bicicletas y Reparaciones Rápi"."""
    name = brief.name
    words = name.split()
    findings = []
    for path, root in pages.items():
        title = next((collapse(e.text()) for e in root.iter() if e.tag == "title"), "")
        for part in (p.strip() for p in title.split("|")):
            said = part.rstrip("\u2026.").rstrip()
            if not said or part == name or not name.startswith(said) or len(said) < 3:
                continue
            kept = said.split()
            whole = kept == words[: len(kept)]
            if not whole or not (part.endswith("\u2026") or part in brief.pages):
                findings.append(
                    Finding("title", path, f'<title> cuts the name "{name}" to "{part}"')
                )
    return findings


def _label_key(label: str) -> str:
    """A label as compared: normalised, without the arrows, icons or ellipsis around it."""
    text = normal(label)
    edge = [i for i, ch in enumerate(text) if unicodedata.category(ch)[0] in "LN"]
    return text[edge[0] : edge[-1] + 1] if edge else ""


def _main_navs(root: Element) -> list[Element]:
    navs = [nav for nav in root.find_all("nav") if nav.inside("header")]
    return navs or [nav for nav in root.find_all("nav") if not nav.inside("footer")][:1]


# ------------------------------------------------------------------------------------------
# Judging a site, and the report
# ------------------------------------------------------------------------------------------


@dataclass
class SiteResult:
    site: str
    brief: str
    passed: bool
    pages: list[PageResult]
    findings: list[Finding]
    seconds: float
    exemptions: tuple[str, ...] = EXEMPTIONS

    def to_json(self) -> dict[str, Any]:
        document = asdict(self)
        document["failures"] = document.pop("findings")
        for page in document["pages"]:
            page.pop("findings")
        return document


def site_pages(site: Path) -> list[str]:
    """Every HTML page of a site, home first, the not-found page last; the report left out."""
    pages = [
        p.relative_to(site).as_posix()
        for p in site.rglob("*.html")
        if p.relative_to(site).parts[0] != REPORT_DIR
    ]
    rank = {"index.html": 0, "404.html": 2}
    return sorted(pages, key=lambda p: (rank.get(p, 1), p))


def check_site(
    site: Path, brief: brief_pb2.ProjectConfig, current_year: int | None = None
) -> SiteResult:
    """Every check on every page of one site."""
    started = time.perf_counter()
    year = current_year or date.today().year
    facts_of_brief = BriefFacts.of(brief)
    roots: dict[str, Element] = {}
    results: list[PageResult] = []
    for path in site_pages(site):
        root = parse_page((site / path).read_text(encoding="utf-8"))
        roots[path] = root
        pieces, documents = pieces_of(root), json_ld_of(root)
        language, findings = judge_language(path, root, pieces, documents, facts_of_brief)
        facts = page_facts(root, pieces, documents)
        fact_findings = judge_facts(path, facts, facts_of_brief, year)
        html = next((e for e in root.iter() if e.tag == "html"), root)
        results.append(
            PageResult(
                path=path,
                lang=html.attrs.get("lang", ""),
                dir=html.attrs.get("dir", ""),
                words=language["words"],
                detected=language["detected"],
                confidence=language["confidence"],
                lang_confidence=language["lang_confidence"],
                facts=len(facts),
                unmarked=len(fact_findings),
                placeholders=sum(PLACEHOLDER_ATTRIBUTE in e.attrs for e in root.iter()),
                findings=findings + fact_findings,
            )
        )
    findings = [f for page in results for f in page.findings]
    findings += judge_navigation(roots, facts_of_brief)
    findings += judge_titles(roots, facts_of_brief)
    return SiteResult(
        site=str(site),
        brief="",
        passed=not findings,
        pages=results,
        findings=findings,
        seconds=round(time.perf_counter() - started, 3),
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;").replace("\n", " ")


def render_markdown(result: SiteResult) -> str:
    lines = [
        f"# Content check: {_cell(Path(result.site).name)}",
        "",
        f"**{'PASS' if result.passed else 'FAIL'}**: {len(result.pages)} pages, "
        f"{len(result.findings)} findings, against {_cell(result.brief)}, in {result.seconds} s.",
        "",
        "Checks: the language lingua detects in each page's own words (brief text removed; "
        f"pages with at least {MIN_PAGE_WORDS} words, paragraphs of {MIN_BLOCK_WORDS} or more "
        f'on their own) against `<html lang>`; `dir="rtl"` for right-to-left text; every page '
        "title of the brief, whole, in the navigation; every price, number, quote and person "
        f"name in the brief or inside `{PLACEHOLDER_ATTRIBUTE}`.",
        "",
        "| page | lang | dir | own words | detected (confidence) | facts | not in the brief "
        "| placeholders |",
        "|---|---|---|---:|---|---:|---:|---:|",
    ]
    for page in result.pages:
        heard = f"{page.detected} ({page.confidence:.2f})" if page.detected else "not judged"
        lines.append(
            f"| {_cell(page.path)} | {page.lang or '-'} | {page.dir or '-'} | {page.words} | "
            f"{heard} | {page.facts} | {page.unmarked} | {page.placeholders} |"
        )
    lines += ["", "## Findings", ""]
    if not result.findings:
        lines.append("None: every page passes.")
    lines += [f"- **{f.check}** {_cell(f.page)}: {_cell(f.message)}" for f in result.findings]
    lines += ["", "## Not facts (exempt)", ""]
    lines += [f"- {exemption}" for exemption in result.exemptions]
    return "\n".join(lines) + "\n"


def write_report(result: SiteResult) -> Path:
    """SITE/_report/content.md and content.json; returns the markdown's path."""
    report = Path(result.site) / REPORT_DIR
    report.mkdir(exist_ok=True)
    (report / "content.json").write_text(
        json.dumps(result.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (report / "content.md").write_text(render_markdown(result), encoding="utf-8")
    return report / "content.md"


def site_text(site: Path) -> str:
    """Everything a visitor or a machine reads on the site's pages, normalised for `in`."""
    texts = []
    for path in site_pages(site):
        root = parse_page((site / path).read_text(encoding="utf-8"))
        texts += [piece.text for piece in pieces_of(root)]
    return "\n".join(normal(text) for text in texts)


def brief_for(site: Path, explicit: Path | None) -> tuple[brief_pb2.ProjectConfig, Path]:
    path = explicit or site / REPORT_DIR / BRIEF_FILE
    if not path.exists():
        raise BriefError(
            f"{path}: no brief; generate the site with `sitefarm generate` (it writes "
            f"{REPORT_DIR}/{BRIEF_FILE}) or pass --brief"
        )
    return load_brief(path), path


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sites", nargs="+", type=Path, metavar="SITE")
    parser.add_argument("--brief", type=Path, help="the brief (YAML or JSON), for one site")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.brief and len(args.sites) > 1:
        parser.error("--brief names the brief of one site")
    failed = False
    for site in args.sites:
        if not (site / "index.html").exists():
            print(f"content_check: {site}: no index.html, not a generated site", file=sys.stderr)
            return 2
        try:
            brief, brief_path = brief_for(site, args.brief)
        except BriefError as error:
            print(f"content_check: {error}", file=sys.stderr)
            return 2
        result = check_site(site, brief)
        result.brief = str(brief_path)
        report = write_report(result)
        verdict = "PASS" if result.passed else f"FAIL ({len(result.findings)})"
        print(f"{verdict}  {report} ({result.seconds} s)")
        for finding in result.findings[:20]:
            print(f"  {finding.check} {finding.page}: {finding.message}")
        if len(result.findings) > 20:
            print(f"  ... and {len(result.findings) - 20} more")
        failed = failed or not result.passed
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
