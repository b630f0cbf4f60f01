"""A brief's own English prose read into phrases (what the business is and does, what it
lists, who it is for), and the joins and template filling the offline designer writes with."""

from __future__ import annotations

import re

_TAGS = re.compile(r"</?[A-Za-z!?][^>]*>?")


def plain_text(text: str) -> str:
    """Brief text without anything that looks like markup, whitespace collapsed: every word
    the offline provider writes starts from this."""
    return " ".join(_TAGS.sub("", text).split())


# --- phrases from the brief --------------------------------------------------------------------

_STOPWORDS = frozenset(
    "a an the and or of on in at to for from with by across into over about within while "
    "who that which where when whose every each our your their its his her this these those "
    "so as via per than then".split()
)
# Words ending in -ing that are nouns in business descriptions, not the verb that starts
# the activity clause.
_ING_NOUNS = frozenset(
    "building clothing wedding catering bookkeeping landscaping roofing plumbing accounting "
    "engineering marketing branding training tutoring nursing housing boxing climbing "
    "running cleaning decorating consulting publishing printing trading booking ticketing "
    "hosting computing learning banking farming fishing painting spring thing morning "
    "evening ceiling dining".split()
)
_LIST_BOUNDARY = _STOPWORDS | {"is", "are", "we", "makes", "make", "sells", "sell", "offers"}
# Verbs that open a clause of their own after "and", ending the list before them.
_CLAUSE_VERBS = frozenset(
    """run runs host hosts hold holds teach teaches offer offers sell sells make makes do does
    organise organises organize organizes provide provides deliver delivers ship ships build
    builds design designs repair repairs fix fixes install installs help helps cater caters
    work works open opens""".split()
)
_CLAUSE_STARTS = frozenset({"that", "who", "which", "where", "with", "for", "from"})
_ARTICLE = re.compile(r"^(a|an|the)\s", re.IGNORECASE)
_DETERMINERS = ("the ", "our ", "their ", "your ", "its ", "a ", "an ")


def _is_activity_verb(word: str) -> bool:
    w = word.lower().strip(",.;:")
    return len(w) > 5 and w.endswith("ing") and w not in _ING_NOUNS


def first_sentence(text: str) -> str:
    """The first sentence of `text`, without its final full stop."""
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    sentence = match.group(1) if match else text
    return sentence.rstrip(".!? ")


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word looks like a name or acronym."""
    if _ARTICLE.match(text) or (len(text) > 1 and text[0].isupper() and text[1].islower()):
        return text[0].lower() + text[1:]
    return text


def upper_first(text: str) -> str:
    """Upper-case the first letter."""
    return text[:1].upper() + text[1:]


def _strip_name_prefix(sentence: str, name: str) -> str:
    if name and sentence.lower().startswith(name.lower()):
        rest = sentence[len(name) :].lstrip(" ,:-")
        return re.sub(r"^(is|are)\s+", "", rest, flags=re.IGNORECASE)
    return sentence


def split_description(description: str, name: str) -> tuple[str, str]:
    """(what the business is, what it does) from the description's first sentence, e.g.
    ("a family-run sourdough bakery", "baking naturally leavened loaves ...")."""
    sentence = _strip_name_prefix(first_sentence(description), name)
    words = sentence.split()
    cut = len(words)
    for i, word in enumerate(words):
        bare = word.lower().strip(",;:")
        if i > 0 and (bare in _CLAUSE_STARTS or _is_activity_verb(word)):
            cut = i
            break
        if word.endswith((",", ";", ":")):
            cut = i + 1
            break
    lead = " ".join(words[:cut]).rstrip(",;:")
    activity = " ".join(words[cut:])
    activity = re.sub(r"^(that|who|which)\s+", "", activity, flags=re.IGNORECASE)
    # Only "A/An/The <noun phrase>" is safe to reuse as "Name is <lead>"; anything else
    # ("We bake ...", "Bright Minds tutors ...") falls back to the industry.
    if not _ARTICLE.match(lead) or len(lead.split()) > 9:
        return "", activity
    return lower_first(lead), activity


def extract_offerings(description: str) -> list[str]:
    """The comma-and list in a description, e.g. "loaves, viennoiserie and cakes"; [] if none."""
    for sentence in re.split(r"(?<=[.!?])\s+", " ".join(description.split())):
        found = _list_in_sentence(sentence.rstrip(".!? "))
        if found:
            return found
    return []


def _clean_item(words: list[str]) -> str | None:
    text = " ".join(words).strip(" ,;:")
    for determiner in _DETERMINERS:
        if text.lower().startswith(determiner):
            text = text[len(determiner) :]
    parts = text.split()
    if not 1 <= len(parts) <= 4:
        return None
    if parts[0].lower() in _STOPWORDS or any(p.lower() in {"and", "or"} for p in parts):
        return None
    return text


def _list_in_sentence(sentence: str) -> list[str]:
    segments = [s.strip() for s in sentence.split(",")]
    if len(segments) < 2:
        return []
    # The list head is the tail of the first segment after its last boundary word.
    head_words = segments[0].split()
    start = 0
    for i, word in enumerate(head_words):
        # A trailing -ing word is the first item itself ("with bouldering, ropes and ...").
        verb = _is_activity_verb(word) and i < len(head_words) - 1
        if word.lower() in _LIST_BOUNDARY or verb:
            start = i + 1
    head = _clean_item(head_words[start:][-4:]) if start < len(head_words) else None
    items: list[str] = [head] if head else []
    if not items:
        return []
    for middle in segments[1:-1]:
        item = _clean_item(middle.split())
        if item is None:
            return []
        items.append(item)
    last = re.split(r"\s+(?:and|or|&)\s+", segments[-1], maxsplit=1)
    if last[0].lower().startswith(("and ", "or ")):
        last = [last[0].split(" ", 1)[1]]
    if len(last) == 2:
        before = _clean_item(last[0].split())
        if before is None:
            return []
        items.append(before)
        if last[1].split()[:1] and last[1].split()[0].lower() in _CLAUSE_VERBS:
            # "sell honey, candles and run hive days": a second verb starts a new clause.
            return items if len(items) >= 2 else []
        tail_words: list[str] = []
        for word in last[1].split():
            if word.lower() in _STOPWORDS and tail_words:
                break
            tail_words.append(word)
        after = _clean_item(tail_words)
        if after is None:
            return []
        items.append(after)
    else:
        # "a, b, and c": the last segment starts with the conjunction and was handled above.
        item = _clean_item(last[0].split())
        if item is None:
            return []
        items.append(item)
    return items if len(items) >= 2 else []


def audience_short(audience: str) -> str:
    """The audience up to its first relative clause, e.g. "families and early risers in Leith"."""
    sentence = first_sentence(audience)
    words = sentence.split()
    for i, word in enumerate(words):
        bare = word.lower().strip(",;:")
        # Any -ing word ends the noun phrase here ("engineers running ..."), nouns included.
        if i > 1 and (bare in {"who", "that", "which"} or (len(bare) > 5 and bare.endswith("ing"))):
            words = words[:i]
            break
    return lower_first(" ".join(words).rstrip(",;: "))


# --- templates ---------------------------------------------------------------------------------


def join_phrases(items: list[str] | tuple[str, ...], conjunction: str = "and") -> str:
    """ "a, b and c": the natural-language list of `items`."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def fill(template: str, slots: dict[str, str]) -> str:
    """Fill a template's {slots}; {Slot} gives the capitalised value of {slot}; unknown slots
    stay empty rather than raising, so a bank entry can never crash a generation."""

    def value(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in slots:
            return slots[key]
        return upper_first(slots.get(key[:1].lower() + key[1:], ""))

    text = re.sub(r"\{(\w+)\}", value, template)
    return re.sub(r"\s{2,}", " ", text).replace(" ,", ",").replace(" .", ".").strip()
