"""The embedded rule-based composer: page section backgrounds and the site shell's copy."""

from __future__ import annotations

from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

PLAIN = artifacts_pb2.SECTION_BACKGROUND_PLAIN
MUTED = artifacts_pb2.SECTION_BACKGROUND_MUTED
BRAND = artifacts_pb2.SECTION_BACKGROUND_BRAND
INVERSE = artifacts_pb2.SECTION_BACKGROUND_INVERSE
_STRONG = (BRAND, INVERSE)

# Tones whose hero can carry the brand colour; quieter tones open on the plain surface.
_BRAND_HERO_TONES = (brief_pb2.TONE_BOLD, brief_pb2.TONE_PLAYFUL)


def _strong_background(
    kind: artifacts_pb2.SectionKind.ValueType, tone: brief_pb2.Tone.ValueType, is_last: bool
) -> artifacts_pb2.SectionBackground.ValueType | None:
    """The bold background a section kind asks for, if any."""
    if kind == artifacts_pb2.SECTION_KIND_HERO:
        return BRAND if tone in _BRAND_HERO_TONES else None
    if kind == artifacts_pb2.SECTION_KIND_CTA:
        return BRAND
    if kind == artifacts_pb2.SECTION_KIND_STATS:
        # The footer is inverse: a last stats band takes the brand colour so the two don't merge.
        return BRAND if is_last else INVERSE
    return None


def page_composition(req: phases_pb2.GeneratePageRequest) -> artifacts_pb2.PageComposition:
    """The page's sections in plan order (hero first), backgrounds giving it rhythm:
    plain and muted alternate, hero/CTA/stats bands stand out, never two bold bands in a row."""
    kinds: dict[str, artifacts_pb2.SectionKind.ValueType] = {}
    for spec in req.section_plan.sections:
        kinds.setdefault(spec.id, spec.kind)
    section_ids = list(dict.fromkeys(sid for sid in req.page.section_ids if sid.strip()))
    heroes = [sid for sid in section_ids if kinds.get(sid) == artifacts_pb2.SECTION_KIND_HERO]
    if heroes:
        section_ids.remove(heroes[0])
        section_ids.insert(0, heroes[0])

    composition = artifacts_pb2.PageComposition()
    previous: artifacts_pb2.SectionBackground.ValueType | None = None
    for index, section_id in enumerate(section_ids):
        kind = kinds.get(section_id, artifacts_pb2.SECTION_KIND_TEXT)
        is_last = index == len(section_ids) - 1
        background = _strong_background(kind, req.brief.tone, is_last)
        if background is None or previous in _STRONG:
            # Calm sections alternate so neighbours stay distinct.
            background = MUTED if previous == PLAIN else PLAIN
        composition.sections.add(section_id=section_id, background=background)
        previous = background
    return composition


_FOOTER_NOTES = {
    brief_pb2.TONE_WARM: "Made with care{in_location}. We'd love to see you.",
    brief_pb2.TONE_PROFESSIONAL: "Straightforward advice and dependable service{in_location}.",
    brief_pb2.TONE_PLAYFUL: "Thanks for stopping by. Come back soon!",
    brief_pb2.TONE_BOLD: "{name}. No half measures.",
    brief_pb2.TONE_CALM: "Take your time. We're here when you need us.",
    brief_pb2.TONE_LUXURIOUS: "Crafted for those who notice the details.",
    brief_pb2.TONE_TECHNICAL: "Built in the open, measured in production.",
}
_NOT_FOUND_HEADINGS = {
    brief_pb2.TONE_WARM: "Sorry, we can't find that page",
    brief_pb2.TONE_PROFESSIONAL: "Page not found",
    brief_pb2.TONE_PLAYFUL: "Oops! This page wandered off",
    brief_pb2.TONE_BOLD: "Wrong turn.",
    brief_pb2.TONE_CALM: "This page isn't here",
    brief_pb2.TONE_LUXURIOUS: "This page is no longer available",
    brief_pb2.TONE_TECHNICAL: "404: no such page",
}
_NOT_FOUND_TEXTS = {
    brief_pb2.TONE_WARM: "The page you were after may have moved. Pop back to the home page "
    "and we'll help you find your way.",
    brief_pb2.TONE_PROFESSIONAL: "The page you requested does not exist or has moved. Please "
    "return to the home page or use the navigation above.",
    brief_pb2.TONE_PLAYFUL: "We looked everywhere, even under the sofa. Try the home page "
    "instead; it's much more fun.",
    brief_pb2.TONE_BOLD: "That page doesn't exist. Everything that does is one click away.",
    brief_pb2.TONE_CALM: "No need to worry. Head back to the home page and carry on from there.",
    brief_pb2.TONE_LUXURIOUS: "The page you sought has been retired. Please allow us to guide "
    "you back to the home page.",
    brief_pb2.TONE_TECHNICAL: "The requested path did not resolve to a page. Check the URL or "
    "start again from the home page.",
}
_DEFAULT_NOTE = "Thanks for visiting {name}."
_DEFAULT_HEADING = "Page not found"
_DEFAULT_TEXT = (
    "The page you were looking for has moved or never existed. The home page is a good place "
    "to start again."
)


def site_shell(req: phases_pb2.AssembleSiteRequest) -> artifacts_pb2.SiteShell:
    """The footer note and the not-found page's words, in the brief's tone."""
    brief = req.brief
    name = brief.business_name.strip() or req.seo.site_name.strip() or "us"
    location = brief.location.strip()
    fields = {
        "name": name,
        "in_location": f" in {location}" if location else "",
    }
    note = _FOOTER_NOTES.get(brief.tone, _DEFAULT_NOTE).format(**fields)
    return artifacts_pb2.SiteShell(
        footer_note=note[:1].upper() + note[1:],
        not_found_heading=_NOT_FOUND_HEADINGS.get(brief.tone, _DEFAULT_HEADING),
        not_found_text=_NOT_FOUND_TEXTS.get(brief.tone, _DEFAULT_TEXT),
    )
