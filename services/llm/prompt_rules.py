"""The rules every phase prompt states: the language a visitor reads, and which facts a site
may show (only the brief's), with the brief's facts as a readable block for the model."""

from __future__ import annotations

from sitefarm.v1 import brief_pb2

from services.kit.languages import DEFAULT_LANGUAGE, is_rtl, language_name


def language_rule(brief: brief_pb2.ProjectConfig) -> str:
    """`Write every word a visitor reads in German (de).`: the language named in words."""
    name = language_name(brief.language or DEFAULT_LANGUAGE)
    direction = " It is written right to left." if is_rtl(brief.language) else ""
    return f"Write every word a visitor reads in {name}.{direction}"


def site_language(brief: brief_pb2.ProjectConfig) -> str:
    """`German (de)`: for prompts that write no words but must suit the language."""
    return language_name(brief.language or DEFAULT_LANGUAGE)


VERBATIM_RULE = (
    "Names (of the business, people, products and places), addresses, phone numbers, prices, "
    "opening hours, quotes and the brief's own wording of its offerings stay exactly as the "
    "brief gives them: never translated, reworded or reformatted."
)

_FACTS_RULE = (
    "Facts come only from the brief. A person's name, a quote or testimonial, a price, a "
    "figure or statistic, a number of years, customers or anything else, a date or year, an "
    "award or a certification may appear only when the brief's facts state it; never invent "
    "one, not even as an example. Descriptive words about what the business does need no "
    "facts."
)

_LEAVE_OUT = (
    " Where a section needs facts the brief does not give (testimonials, team, prices, "
    "figures, opening hours), leave its items empty rather than inventing them."
)

_PLACEHOLDERS = (
    " Where a section needs facts the brief does not give (testimonials, team, prices, "
    "figures, opening hours), write clearly marked placeholders instead: set placeholder to "
    "true on each such item, or on the whole section, and word it so the owner sees what to "
    "fill in (e.g. title 'Customer name', text 'A customer's words, with their permission')."
)


def facts_rule(placeholders: bool = False) -> str:
    """The facts rule; `placeholders` (JobOptions.placeholders) asks for marked placeholders
    where facts are missing, else such items are left empty."""
    return _FACTS_RULE + (_PLACEHOLDERS if placeholders else _LEAVE_OUT)


# What the site must not show when the brief leaves a fact out, by the fact's label.
_WHEN_MISSING = {
    "Location": "place",
    "Address": "address",
    "Phone": "phone number",
    "E-mail": "e-mail address",
    "Founded": "founding year",
    "Offerings": "named offerings or prices (describe only what the description says)",
    "Team": "team members",
    "Testimonials": "testimonials or quotes",
    "Opening hours": "opening hours",
    "Figures": "figures or statistics",
    "Credentials": "awards or certifications",
    "Social links": "social profiles",
}


def facts_block(brief: brief_pb2.ProjectConfig) -> str:
    """The brief's facts as a readable list, and what it does not state: sent to the model as
    reference text of its own, beside (never inside) the instructions."""
    lines = ["Facts the brief states (the only facts the site may show, written as given):"]
    stated: list[tuple[str, list[str]]] = [
        ("Business name", [brief.business_name]),
        ("Location", [brief.location]),
        ("Address", [brief.address]),
        ("Phone", [brief.phone]),
        ("E-mail", [brief.contact_email]),
        ("Founded", [brief.founded]),
        (
            "Offerings",
            [
                _joined(o.name, f"price {o.price}" if o.price else "", o.description)
                for o in brief.offerings
            ],
        ),
        ("Team", [_joined(m.name, m.role, m.bio) for m in brief.team]),
        (
            "Testimonials",
            [_joined(f"\u201c{t.quote}\u201d", t.attribution) for t in brief.testimonials],
        ),
        ("Opening hours", [_joined(h.days, h.hours) for h in brief.opening_hours]),
        ("Figures", [_joined(f.value, f.label) for f in brief.figures]),
        ("Credentials", list(brief.credentials)),
        ("Social links", [_joined(s.network, s.url) for s in brief.social_links]),
    ]
    missing = []
    for label, values in stated:
        values = [v for v in values if v.strip()]
        if not values:
            missing.append(_WHEN_MISSING.get(label, label.lower()))
        elif len(values) == 1:
            lines.append(f"- {label}: {values[0]}")
        else:
            lines.append(f"- {label}:")
            lines += [f"  - {value}" for value in values]
    if missing:
        lines.append(f"Not stated, so the site shows none of these: {'; '.join(missing)}.")
    lines.append("No price, figure, year or name beyond those above.")
    return "\n".join(lines)


def _joined(*parts: str) -> str:
    return " \u2014 ".join(p.strip() for p in parts if p.strip())
