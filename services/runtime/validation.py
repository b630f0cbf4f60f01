"""Checks every request at the door, so bad input gets INVALID_ARGUMENT naming the field."""

from __future__ import annotations

import re
from collections.abc import Callable

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from sitefarm.v1 import brief_pb2

from services.kit.languages import language_name, offline_language, offline_languages_text
from services.runtime.brief import tone_choices
from services.runtime.errors import FieldViolation
from services.runtime.settings import Settings
from services.runtime.urls import AddressError, parse_link_url, parse_mail_address, parse_site_url

_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_PAGE_TITLE_CHARS = 60
_FACT_ITEMS = 24  # most entries of one repeated fact field (offerings, team, ...)


# C0 and C1 controls (newline and tab are text); DEL too. Right-to-left text is fine.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _control_chars(text: str) -> bool:
    return _CONTROL.search(text) is not None


def validate_brief(
    brief: brief_pb2.ProjectConfig, settings: Settings, at: str = "brief"
) -> list[FieldViolation]:
    """Every problem with a brief, each naming its field; empty when the brief is usable."""
    problems: list[FieldViolation] = []

    def bad(field: str, description: str) -> None:
        problems.append(FieldViolation(f"{at}.{field}" if at else field, description))

    # The whole brief is bounded too; the fields below still say which one is too long (their
    # checks look at lengths before contents, so a huge field costs no scan).
    if (size := brief.ByteSize()) > settings.max_brief_bytes:
        problems.append(
            FieldViolation(at or "brief", f"at most {settings.max_brief_bytes} bytes, got {size}")
        )
    if not brief.business_name.strip():
        bad("business_name", "required")
    elif len(brief.business_name) > settings.max_name_chars:
        bad("business_name", f"at most {settings.max_name_chars} characters")
    if not brief.description.strip():
        bad("description", "required")
    for field in ("business_name", "description", "audience", "industry", "location", "phone"):
        value = getattr(brief, field)
        if len(value) > settings.max_text_chars:
            bad(field, f"at most {settings.max_text_chars} characters, got {len(value)}")
        elif _control_chars(value):
            bad(field, "must not contain control characters")
    if brief.tone not in brief_pb2.Tone.values():
        bad("tone", f"unknown tone {brief.tone}; one of {tone_choices()}")
    if len(brief.brand_colors) > settings.max_brand_colors:
        bad("brand_colors", f"at most {settings.max_brand_colors} colours")
    for i, color in enumerate(brief.brand_colors[: settings.max_brand_colors]):
        if not _HEX.fullmatch(color):
            bad(f"brand_colors[{i}]", f"{color[:20]!r} is not a #rrggbb colour")
    if len(brief.pages) > settings.max_pages:
        bad("pages", f"at most {settings.max_pages} pages, got {len(brief.pages)}")
    else:
        for i, title in enumerate(brief.pages):
            if not title.strip():
                bad(f"pages[{i}]", "a page title must not be empty")
            elif len(title) > _PAGE_TITLE_CHARS or _control_chars(title):
                bad(f"pages[{i}]", f"at most {_PAGE_TITLE_CHARS} printable characters")
    _check_addresses(brief, bad)
    if brief.language and not (len(brief.language) <= 35 and _LANGUAGE.fullmatch(brief.language)):
        bad("language", "must be a BCP 47 tag such as en or en-GB")
    elif settings.provider == "offline" and offline_language(brief.language) is None:
        bad(
            "language",
            f"the offline provider writes {offline_languages_text()}, not "
            f"{language_name(brief.language)}; a model provider writes any language "
            "(SITEFARM_PROVIDER=openai)",
        )
    _check_facts(brief, settings, bad)
    return problems


def _check_facts(
    brief: brief_pb2.ProjectConfig, settings: Settings, bad: Callable[[str, str], None]
) -> None:
    """The brief's facts: bounded, printable, the required part of each entry present."""

    def text(field: str, value: str, limit: int = settings.max_text_chars) -> None:
        if len(value) > limit:
            bad(field, f"at most {limit} characters, got {len(value)}")
        elif _control_chars(value):
            bad(field, "must not contain control characters")

    for field in ("founded", "address"):
        text(field, getattr(brief, field), 40 if field == "founded" else 300)
    entries: dict[str, tuple[str, ...]] = {
        "offerings": ("name", "description", "price"),
        "team": ("name", "role", "bio"),
        "testimonials": ("quote", "attribution"),
        "opening_hours": ("days", "hours"),
        "figures": ("value", "label"),
        "social_links": ("network", "url"),
    }
    for field, parts in entries.items():
        values = getattr(brief, field)
        if len(values) > _FACT_ITEMS:
            bad(field, f"at most {_FACT_ITEMS} entries, got {len(values)}")
            continue
        for i, entry in enumerate(values):
            if not getattr(entry, parts[0]).strip():
                bad(f"{field}[{i}].{parts[0]}", "required")
            for part in parts:
                text(f"{field}[{i}].{part}", getattr(entry, part), 600)
    for i, figure in enumerate(brief.figures[:_FACT_ITEMS]):
        if not figure.label.strip():
            bad(f"figures[{i}].label", "required: what the figure counts")
    if len(brief.credentials) > _FACT_ITEMS:
        bad("credentials", f"at most {_FACT_ITEMS} entries, got {len(brief.credentials)}")
    else:
        for i, credential in enumerate(brief.credentials):
            text(f"credentials[{i}]", credential, 200)


def _check_addresses(brief: brief_pb2.ProjectConfig, bad: Callable[[str, str], None]) -> None:
    """The brief's addresses, each by the parser of its kind (services.runtime.urls): what
    passes here is what the site publishes, rebuilt from its checked parts."""
    checks: list[tuple[str, str, Callable[[str], object]]] = [
        ("contact_email", brief.contact_email, parse_mail_address),
        ("site_url", brief.site_url, parse_site_url),
    ]
    checks += [
        (f"social_links[{i}].url", link.url, parse_link_url)
        for i, link in enumerate(brief.social_links[:_FACT_ITEMS])
    ]
    for field, text, parse in checks:
        if not text:
            continue
        try:
            parse(text)
        except AddressError as problem:
            bad(field, str(problem))


def validate_phase_request(request: Message, settings: Settings) -> list[FieldViolation]:
    """The brief checked, and every input artifact (singular message field) present."""
    problems: list[FieldViolation] = []
    for field in request.DESCRIPTOR.fields:
        if field.type != FieldDescriptor.TYPE_MESSAGE or field.is_repeated:
            continue
        if not request.HasField(field.name):
            problems.append(FieldViolation(field.name, "required"))
        elif field.message_type is brief_pb2.ProjectConfig.DESCRIPTOR:
            problems += validate_brief(getattr(request, field.name), settings, at=field.name)
    return problems
