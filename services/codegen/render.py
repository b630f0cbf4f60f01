"""Renders the artifacts into static HTML pages, a shared stylesheet and a site bundle."""

from __future__ import annotations

import datetime
import json
import re
import struct
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from xml.sax.saxutils import escape as xml_escape

import jinja2
import langcodes
from markupsafe import Markup, escape
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.codegen import offline, social_card, ui
from services.codegen.ui import FrameWords
from services.kit.languages import is_rtl, language_tag, primary_language
from services.kit.palette import REQUIRED_TOKENS, color_map, ensure_contrast
from services.kit.seo import name_title
from services.kit.slugs import safe_slug
from services.runtime.site_paths import check_site_path
from services.runtime.svg import UnsafeSvg, sanitised_svg
from services.runtime.urls import (
    AddressError,
    MailAddress,
    WebAddress,
    parse_link_url,
    parse_mail_address,
    parse_site_url,
)

__all__ = [
    "assemble_site",
    "page_path",
    "render_page",
    "safe_file_name",
    "safe_slug",
    "stylesheet",
]

TEMPLATES_DIR = Path(__file__).with_name("templates")

# Created once: templates are parsed on first use and cached for every later page.
_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
    autoescape=jinja2.select_autoescape(("html", "xml"), default_for_string=True, default=True),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    # The templates ship with the code: no stat() of every template on every render.
    auto_reload=False,
)

STYLESHEET_PATH = "assets/site.css"
SOCIAL_CARD_PATH = "assets/social-card.jpg"
FAVICON_PATH = "assets/favicon.svg"
MANIFEST_PATH = "site.webmanifest"
IMAGE_DIR = "images"
NOT_FOUND_PATH = "404.html"
ENTRY_PATH = "index.html"

IMAGE_EXTENSIONS = ("png", "jpg", "jpeg", "webp", "svg")
_MEDIA_TYPE_EXTENSIONS = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/jpg": "jpg",
    "image/webp": "webp",
    "image/svg+xml": "svg",
}
_EXTENSION_MEDIA_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
    "svg": "image/svg+xml",
}

_BACKGROUND_CLASSES = {
    artifacts_pb2.SECTION_BACKGROUND_UNSPECIFIED: "plain",
    artifacts_pb2.SECTION_BACKGROUND_PLAIN: "plain",
    artifacts_pb2.SECTION_BACKGROUND_MUTED: "muted",
    artifacts_pb2.SECTION_BACKGROUND_BRAND: "brand",
    artifacts_pb2.SECTION_BACKGROUND_INVERSE: "inverse",
}

_K = artifacts_pb2
_KIND_NAMES = {
    _K.SECTION_KIND_UNSPECIFIED: "text",
    _K.SECTION_KIND_HERO: "hero",
    _K.SECTION_KIND_FEATURES: "features",
    _K.SECTION_KIND_ABOUT: "about",
    _K.SECTION_KIND_SERVICES: "services",
    _K.SECTION_KIND_TESTIMONIALS: "testimonials",
    _K.SECTION_KIND_GALLERY: "gallery",
    _K.SECTION_KIND_PRICING: "pricing",
    _K.SECTION_KIND_FAQ: "faq",
    _K.SECTION_KIND_CTA: "cta",
    _K.SECTION_KIND_CONTACT: "contact",
    _K.SECTION_KIND_TEAM: "team",
    _K.SECTION_KIND_STATS: "stats",
    _K.SECTION_KIND_TEXT: "text",
}
# Which template draws each kind; several kinds share one arrangement of items.
_KIND_TEMPLATES = {
    "hero": "hero",
    "features": "items",
    "services": "items",
    "about": "prose",
    "text": "prose",
    "testimonials": "testimonials",
    "gallery": "gallery",
    "pricing": "pricing",
    "faq": "faq",
    "cta": "cta",
    "contact": "contact",
    "team": "team",
    "stats": "stats",
}
_VARIANT_NAMES = {
    _K.SECTION_VARIANT_CENTERED: "centered",
    _K.SECTION_VARIANT_SPLIT: "split",
    _K.SECTION_VARIANT_CARDS: "cards",
    _K.SECTION_VARIANT_LIST: "list",
    _K.SECTION_VARIANT_ALTERNATING: "alternating",
    _K.SECTION_VARIANT_BAND: "band",
}
_DEFAULT_VARIANTS = {
    "features": "cards",
    "services": "cards",
    "about": "split",
    "text": "centered",
    "testimonials": "cards",
    "gallery": "cards",
    "pricing": "cards",
    "faq": "list",
    "cta": "band",
    "contact": "split",
    "team": "cards",
    "stats": "cards",
}
_DEFAULT_COLUMNS = {"stats": 4, "team": 3, "gallery": 3, "pricing": 3, "testimonials": 3}
_HEADER_STYLES = {
    _K.HEADER_STYLE_UNSPECIFIED: "inline",
    _K.HEADER_STYLE_INLINE: "inline",
    _K.HEADER_STYLE_CENTERED: "centered",
    _K.HEADER_STYLE_WITH_CTA: "with-cta",
}

# Words in a page's slug, title or label that mark it as where visitors get in touch.
_CONTACT_WORDS = (
    "contact",
    "visit",
    "book",
    "enquir",
    "inquir",
    "get-in-touch",
    "find-us",
    "location",
    "reserv",
    "appointment",
    "quote",
)

# Past this many pages the header's navigation folds behind a menu button on small screens.
NAV_INLINE_MAX = 5

# Anchors the frame itself uses; a section called "main" must not steal the skip link target.
_RESERVED_ANCHORS = frozenset({"main", "top", "site-header", "site-footer"})


# --------------------------------------------------------------------------------------------
# Paths and names
# --------------------------------------------------------------------------------------------


def safe_file_name(name: str) -> str:
    """An image file name that is a slug plus one allowed extension (png when in doubt)."""
    stem, dot, extension = (name or "").rpartition(".")
    extension = extension.lower()
    if not dot or extension not in IMAGE_EXTENSIONS or not stem.strip():
        stem, extension = name or "", "png"
    # Keep the last path component only, so "../../x.png" and "a\\b.png" name one file.
    stem = re.split(r"[\\/]", stem)[-1] or stem
    return f"{safe_slug(stem, fallback='image')}.{extension}"


def page_path(slug: str) -> str:
    """The page's file inside the site: index.html for the home page, else <slug>.html."""
    if not (slug or "").strip():
        return ENTRY_PATH
    return f"{safe_slug(slug)}.html"


def image_file_name(image: artifacts_pb2.GeneratedImage) -> str:
    """The sanitised file name of a generated image, its extension matching its media type."""
    name = safe_file_name(image.file_name or image.id or "image")
    media_extension = _MEDIA_TYPE_EXTENSIONS.get(image.media_type.lower().strip())
    if media_extension and name.rsplit(".", 1)[1] not in (media_extension, "jpeg"):
        # A browser trusts the bytes, a static server trusts the extension: make them agree.
        name = f"{name.rsplit('.', 1)[0]}.{media_extension}"
    return name


def _image_src(image: artifacts_pb2.GeneratedImage) -> str:
    return f"{IMAGE_DIR}/{image_file_name(image)}"


# --------------------------------------------------------------------------------------------
# View models: everything resolved in Python so that templates only present
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImageView:
    src: str
    alt: str
    width: int
    height: int
    eager: bool = False


@dataclass(frozen=True)
class ItemView:
    title: str
    text: str
    meta: str
    image: ImageView | None = None
    placeholder: bool = False  # stands in for a fact the brief lacks: drawn marked


@dataclass(frozen=True)
class LinkView:
    href: str
    label: str
    current: bool = False
    # The frame label this link's text is (SiteShell field), when it is one: the site's
    # assembly swaps in the shell's wording.
    ui_key: str = ""


@dataclass(frozen=True)
class ContactView:
    name: str
    address: str
    email: str
    email_href: str
    phone: str
    phone_href: str
    hours: tuple[tuple[str, str], ...] = ()
    social: tuple[LinkView, ...] = ()

    @property
    def any(self) -> bool:
        return bool(self.address or self.email or self.phone)


@dataclass(frozen=True)
class SectionView:
    anchor: str
    heading_id: str
    kind: str
    template: str
    variant: str
    columns: int
    background: str
    heading_tag: str
    eyebrow: str
    heading: str
    paragraphs: tuple[str, ...]
    items: tuple[ItemView, ...]
    images: tuple[ImageView, ...]
    cta: LinkView | None
    secondary: LinkView | None
    placeholder: bool = False  # the whole section stands in for facts the brief lacks


@dataclass(frozen=True)
class FrameView:
    """The document head, header and footer shared by every page of the site."""

    lang: str
    dir: str
    title: str
    description: str
    canonical: str
    og_url: str
    og_image: str
    og_image_alt: str
    og_locale: str
    site_name: str
    business_name: str
    theme_color: str
    root: str
    home_href: str
    nav: tuple[LinkView, ...]
    nav_collapses: bool
    header_style: str
    header_cta: LinkView | None
    tagline: str
    contact: ContactView
    copyright: str
    words: FrameWords
    json_ld: Markup | None = None
    page_class: str = "page"
    robots: str = ""


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _language(brief: brief_pb2.ProjectConfig) -> str:
    """The brief's BCP 47 tag, normalised (`de-at` -> `de-AT`); `en` when unreadable."""
    tag = language_tag(brief.language)
    return tag if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}", tag) else "en"


def _direction(lang: str) -> str:
    return "rtl" if is_rtl(lang) else "ltr"


def _og_locale(lang: str) -> str:
    """Open Graph's language_TERRITORY: the tag's own region, else the language's likeliest
    (`de` -> `de_DE`, `ar` -> `ar_EG`)."""
    try:
        likely = langcodes.Language.get(lang).maximize()
    except (ValueError, LookupError):
        return ""
    language, territory = likely.language or "", likely.territory or ""
    if re.fullmatch(r"[a-z]{2,3}", language) and re.fullmatch(r"[A-Z]{2}", territory):
        return f"{language}_{territory}"
    return ""


def _site_address(brief: brief_pb2.ProjectConfig) -> WebAddress | None:
    """The site's public address rebuilt from its checked parts (services.runtime.urls), None
    when absent or not acceptable: no credentials, query or fragment is ever published."""
    try:
        return parse_site_url(brief.site_url) if brief.site_url.strip() else None
    except AddressError:
        return None


def _site_base(brief: brief_pb2.ProjectConfig) -> str:
    """The site's public base URL without a trailing slash, or "" when absent or not http(s)."""
    address = _site_address(brief)
    return address.base if address is not None else ""


def _public_url(base: str, path: str) -> str:
    """The absolute URL of a site path when the base is known, else the relative path."""
    if not base:
        return path
    return f"{base}/" if path == ENTRY_PATH else f"{base}/{path}"


def _humanise(identifier: str) -> str:
    words = re.sub(r"[-_]+", " ", identifier).strip()
    return words[:1].upper() + words[1:] if words else ""


def _same_page(a: str, b: str) -> bool:
    return page_path(a) == page_path(b)


def _home_slug(plan: artifacts_pb2.PagePlan) -> str:
    for page in plan.pages:
        if page_path(page.slug) == ENTRY_PATH:
            return page.slug
    return plan.pages[0].slug if plan.pages else "index"


def _nav(plan: artifacts_pb2.PagePlan, current_slug: str | None, root: str) -> tuple[LinkView, ...]:
    links: list[LinkView] = []
    seen: set[str] = set()
    for page in plan.pages:
        path = page_path(page.slug)
        if path in seen:
            continue
        seen.add(path)
        label = page.nav_label.strip() or page.title.strip() or _humanise(safe_slug(page.slug))
        current = current_slug is not None and _same_page(page.slug, current_slug)
        links.append(LinkView(href=root + path, label=label, current=current))
    return tuple(links)


def _contact_page(
    plan: artifacts_pb2.PagePlan, contact_sections: frozenset[str] = frozenset()
) -> artifacts_pb2.PlannedPage | None:
    """The page visitors should land on to act: a contact-like page, else one with contact."""
    home = _home_slug(plan)
    for page in plan.pages:
        words = " ".join((safe_slug(page.slug), safe_slug(page.title), safe_slug(page.nav_label)))
        if any(word in words for word in _CONTACT_WORDS) and not _same_page(page.slug, home):
            return page
    for page in plan.pages:
        if not _same_page(page.slug, home) and contact_sections & set(page.section_ids):
            return page
    return None


def _https_url(url: str) -> str:
    """The URL rebuilt when it is a plain https:// address, else "" (never a script, a
    relative or a user name and password)."""
    try:
        return parse_link_url(url).href if url.strip() else ""
    except AddressError:
        return ""


def _mail_address(brief: brief_pb2.ProjectConfig) -> MailAddress | None:
    try:
        return parse_mail_address(brief.contact_email) if brief.contact_email.strip() else None
    except AddressError:
        return None


def _social_links(brief: brief_pb2.ProjectConfig) -> tuple[LinkView, ...]:
    links: list[LinkView] = []
    for link in brief.social_links:
        url = _https_url(link.url)
        if url and url not in {existing.href for existing in links}:
            label = link.network.strip() or parse_link_url(url).host
            links.append(LinkView(href=url, label=label))
    return tuple(links)


def _opening_hours(brief: brief_pb2.ProjectConfig) -> tuple[tuple[str, str], ...]:
    """The brief's opening hours as written, one (days, hours) row each."""
    return tuple(
        (row.days.strip(), row.hours.strip()) for row in brief.opening_hours if row.days.strip()
    )


def _contact(brief: brief_pb2.ProjectConfig) -> ContactView:
    # Only a checked address becomes a mailto: link (escaped: it adds no header); else text.
    mail = _mail_address(brief)
    phone = brief.phone.strip()
    digits = re.sub(r"[^\d+]", "", phone)
    digits = digits[:1] + digits[1:].replace("+", "")
    return ContactView(
        name=brief.business_name.strip(),
        address=brief.address.strip() or brief.location.strip(),
        email=mail.text if mail is not None else brief.contact_email.strip(),
        email_href=mail.href if mail is not None else "",
        phone=phone,
        phone_href=f"tel:{digits}" if len(digits.lstrip("+")) >= 3 else "",
        hours=_opening_hours(brief),
        social=_social_links(brief),
    )


def _copyright(brief: brief_pb2.ProjectConfig) -> str:
    """The copyright line before the rights label (which the template prints, as a label)."""
    year = datetime.date.today().year
    name = brief.business_name.strip()
    stop = "" if not name or name.endswith((".", "!", "?", "。", "؟")) else "."
    return f"© {year} {name}{stop}".strip()


def script_safe_json(data: Mapping[str, object]) -> str:
    """JSON for a <script> block: <, > and & escaped so no value can close the element."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    for raw, escaped in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


# Currencies a price may name unambiguously; "$" or "¥" alone could be several, so a price
# written with them keeps its words but claims no currency.
_CURRENCY_SYMBOLS = {"€": "EUR", "£": "GBP", "₹": "INR", "₺": "TRY", "₪": "ILS"}
_CURRENCY_CODES = frozenset(
    "EUR GBP USD CHF JPY CNY CAD AUD NZD SEK NOK DKK PLN CZK HUF RON AED SAR EGP MAD JOD QAR "
    "KWD BHD OMR TND MXN ARS COP CLP PEN BRL INR TRY ILS ZAR SGD HKD".split()
)
_PRICE = re.compile(
    r"(?P<before>[€£$¥₹₺₪]|\b[A-Z]{3}\b)?\s*"
    r"(?P<number>\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
    r"\s*(?P<after>[€£$¥₹₺₪]|\b[A-Z]{3}\b)?"
)


@dataclass(frozen=True)
class _Price:
    written: str
    amount: float
    currency_token: str
    currency: str  # ISO 4217 code, or "" when the written price does not say which


def _parse_price(written: str) -> _Price | None:
    """A price as written ("EUR 4.50", "from £90", "4,50 €") read as an amount and currency;
    None when it names no amount ("free", "on request")."""
    match = _PRICE.search(written)
    if not match:
        return None
    number = re.sub(r"[\u00a0\u202f ]", "", match.group("number"))
    decimal = re.search(r"[.,](\d{1,2})$", number)
    whole = number[: decimal.start()] if decimal else number
    whole = re.sub(r"[.,]", "", whole)
    amount = float(f"{whole}.{decimal.group(1)}" if decimal else whole)
    token = match.group("before") or match.group("after") or ""
    currency = _CURRENCY_SYMBOLS.get(token, token if token in _CURRENCY_CODES else "")
    return _Price(written=written, amount=amount, currency_token=token, currency=currency)


def _price_range(prices: Sequence[str]) -> str:
    """schema.org priceRange from the brief's own prices: the lowest and highest as written
    when they share a currency, the one price when there is one, else nothing."""
    written = [p for p in dict.fromkeys(p.strip() for p in prices) if p]
    if len(written) == 1:
        return written[0]
    parsed = [_parse_price(p) for p in written]
    known = [p for p in parsed if p is not None]
    if not known or len(known) != len(parsed) or len({p.currency_token for p in known}) != 1:
        return ""
    low = min(known, key=lambda p: p.amount)
    high = max(known, key=lambda p: p.amount)
    return low.written if low.amount == high.amount else f"{low.written} \u2013 {high.written}"


def _offers(brief: brief_pb2.ProjectConfig) -> list[dict[str, object]]:
    """One schema.org Offer per offering of the brief; a price only when the brief gives one
    that names its amount and currency."""
    offers: list[dict[str, object]] = []
    for offering in brief.offerings:
        name = offering.name.strip()
        if not name:
            continue
        item: dict[str, object] = {"@type": "Thing", "name": name}
        if offering.description.strip():
            item["description"] = offering.description.strip()
        offer: dict[str, object] = {"@type": "Offer", "itemOffered": item}
        written = offering.price.strip()
        price = _parse_price(written) if written else None
        # Only a bare amount is a price; "from £90" or "£16 / month" stay words (priceRange).
        if price and price.currency and _PRICE.fullmatch(written):
            offer["price"] = f"{price.amount:.2f}".removesuffix(".00")
            offer["priceCurrency"] = price.currency
        offers.append(offer)
    return offers


def _business_json_ld(
    brief: brief_pb2.ProjectConfig, seo: artifacts_pb2.SeoStrategy, base: str, image_url: str
) -> Markup:
    """schema.org data of the business, every value a fact of the brief (or a page of it)."""
    schema_type = seo.schema_type.strip()
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,60}", schema_type):
        schema_type = "Organization"
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": schema_type,
        "name": brief.business_name.strip() or seo.site_name,
        "description": (brief.description.strip() or seo.site_description).strip(),
        "inLanguage": _language(brief),
    }
    if base:
        data["url"] = f"{base}/"
    if (mail := _mail_address(brief)) is not None:
        data["email"] = mail.text
    if brief.phone.strip():
        data["telephone"] = brief.phone.strip()
    if address := brief.address.strip() or brief.location.strip():
        data["address"] = address
    if hours := _opening_hours(brief):
        data["openingHours"] = [f"{days} {time}".strip() for days, time in hours]
    if brief.founded.strip():
        data["foundingDate"] = brief.founded.strip()
    if social := _social_links(brief):
        data["sameAs"] = [link.href for link in social]
    if offers := _offers(brief):
        data["makesOffer"] = offers
    if price_range := _price_range([o.price for o in brief.offerings]):
        data["priceRange"] = price_range
    if image_url and base:
        data["image"] = image_url
    # Markup only because script_safe_json has already escaped it for the script context.
    return Markup(script_safe_json(data))


# --------------------------------------------------------------------------------------------
# Colours and tokens
# --------------------------------------------------------------------------------------------


def resolved_colors(style: artifacts_pb2.StyleSystem) -> dict[str, str]:
    """The twelve colour tokens, each guaranteed pair re-checked by the style system's own
    guard, so a bad token from a model degrades to a readable one, never to grey on grey."""
    colors = color_map(ensure_contrast(style))
    return {name: colors[name] for name in REQUIRED_TOKENS}


_DEFAULT_HEADING_FONT = (
    '"Inter", "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif'
)
_DEFAULT_BODY_FONT = (
    '"Inter", "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif'
)
_GENERIC_FAMILIES = ("serif", "sans-serif", "monospace", "system-ui", "cursive", "ui-")
# A bare family name must be a CSS identifier (Charter, P052, -apple-system); a model's
# "9 Fonts." would break the whole declaration, so every other name is quoted.
_CSS_IDENT = re.compile(r"-?[A-Za-z_][A-Za-z0-9_-]*")
_CSS_WIDE_KEYWORDS = frozenset({"inherit", "initial", "unset", "revert", "revert-layer", "default"})


# System faces that carry each script, put before the generic family of the brand's stacks
# so a brand face without the script's glyphs falls back to a good one, not to tofu.
_ARABIC_FACES = ('"Noto Sans Arabic"', '"Geeza Pro"', '"Segoe UI"', "Tahoma", '"Arial Unicode MS"')
_HEBREW_FACES = ('"Noto Sans Hebrew"', '"Arial Hebrew"', '"Segoe UI"', "Arial")
_CJK_TAIL = ('"Noto Sans CJK JP"', '"PingFang SC"', '"Microsoft YaHei"')
_SCRIPT_FACES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("ar", "fa", "ur", "ps", "sd", "ug", "ckb"), _ARABIC_FACES),
    (("he", "yi"), _HEBREW_FACES),
    (("ja",), ('"Hiragino Sans"', '"Yu Gothic"', "Meiryo", *_CJK_TAIL)),
    (("zh",), ('"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Hiragino Sans"')),
    (("ko",), ('"Apple SD Gothic Neo"', '"Malgun Gothic"', '"Noto Sans CJK KR"', *_CJK_TAIL)),
)


def _with_script_faces(stack: str, faces: Sequence[str]) -> str:
    """The stack with the script's faces inserted before its first generic family."""
    families = [family.strip() for family in stack.split(",")]
    generic = next(
        (i for i, f in enumerate(families) if f.startswith(_GENERIC_FAMILIES)), len(families)
    )
    extra = [face for face in faces if face not in families]
    return ", ".join([*families[:generic], *extra, *families[generic:]])


def _font_family(name: str) -> str:
    """One family of a stack as valid CSS: a one-word identifier bare, anything else quoted."""
    if _CSS_IDENT.fullmatch(name) and name.lower() not in _CSS_WIDE_KEYWORDS:
        return name
    return f'"{name}"'


def _font_stack(value: str, default: str) -> str:
    value = " ".join(value.split())
    # A font stack is names, quotes and commas; anything else could smuggle CSS in.
    if not value or len(value) > 240 or not re.fullmatch(r"[A-Za-z0-9 ,'\"._-]+", value):
        return default
    families: list[str] = []
    for part in value.split(","):
        name = part.strip()
        if len(name) >= 2 and name[0] == name[-1] and name[0] in "'\"":
            name = name[1:-1].strip()
        if not name or "'" in name or '"' in name:
            continue  # an unbalanced quote: this family is dropped, not guessed at
        family = _font_family(name)
        if family not in families:
            families.append(family)
    if not families:
        return default
    stack = ", ".join(families)
    if not any(generic in stack for generic in _GENERIC_FAMILIES):
        stack += ", system-ui, sans-serif"
    return stack


@dataclass(frozen=True)
class _Step:
    size_rem: float
    line_height: float
    weight: int


def _type_scale(style: artifacts_pb2.StyleSystem) -> dict[str, _Step]:
    ratio = style.scale_ratio if 1.05 <= style.scale_ratio <= 1.8 else 1.25
    defaults = {
        "small": _Step(1 / ratio, 1.5, 400),
        "body": _Step(1.0, 1.6, 400),
        "lead": _Step(ratio**0.5 * 1.0, 1.55, 400),
        "h3": _Step(ratio, 1.3, 650),
        "h2": _Step(ratio**2, 1.2, 700),
        "h1": _Step(ratio**3, 1.1, 750),
        "display": _Step(ratio**4, 1.05, 800),
    }
    steps = dict(defaults)
    for step in style.type_scale:
        name = safe_slug(step.name, fallback="")
        if not name or not 0.5 <= step.size_rem <= 8:
            continue
        line_height = (
            step.line_height
            if 0.9 <= step.line_height <= 2.2
            else steps.get(name, defaults["body"]).line_height
        )
        weight = round(min(900, max(100, step.weight or 400)) / 50) * 50
        steps[name] = _Step(step.size_rem, line_height, weight)
    return steps


def _fluid(size_rem: float) -> str:
    """A clamp() that grows from a smaller size on a 360px phone to the full size at 1280px."""
    if size_rem <= 1.25:
        return f"{size_rem:.4g}rem"
    minimum = 1 + (size_rem - 1) * 0.62
    slope = (size_rem - minimum) / ((1280 - 360) / 16)
    intercept = minimum - slope * (360 / 16)
    return f"clamp({minimum:.4g}rem, {intercept:.4g}rem + {slope * 100:.4g}vw, {size_rem:.4g}rem)"


def _tokens_css(style: artifacts_pb2.StyleSystem, layout: artifacts_pb2.Layout) -> str:
    colors = resolved_colors(style)
    lines = [":root {"]
    lines += [f"  --color-{name}: {value};" for name, value in colors.items()]
    lines.append(f"  --font-heading: {_font_stack(style.heading_font, _DEFAULT_HEADING_FONT)};")
    lines.append(f"  --font-body: {_font_stack(style.body_font, _DEFAULT_BODY_FONT)};")
    base_px = style.base_size_px if 14 <= style.base_size_px <= 22 else 16
    lines.append(f"  --font-size-root: {base_px / 16 * 100:.4g}%;")
    for name, step in _type_scale(style).items():
        lines.append(f"  --step-{name}: {_fluid(step.size_rem)};")
        lines.append(f"  --lh-{name}: {step.line_height:.3g};")
        lines.append(f"  --weight-{name}: {step.weight};")
    unit = style.space_unit_px if 2 <= style.space_unit_px <= 16 else 8
    # --space-1 is half a unit, --space-8 twelve units: one rhythm for every gap and padding.
    for index, multiple in enumerate((0.5, 1, 2, 3, 4, 6, 8, 12), start=1):
        lines.append(f"  --space-{index}: {unit * multiple / 16:.4g}rem;")
    radius = min(max(style.radius_px, 0), 48) if style.radius_px >= 0 else 8
    lines.append(f"  --radius: {radius}px;")
    lines.append(f"  --radius-lg: {round(radius * 1.5)}px;")
    lines.append(f"  --radius-btn: {'999px' if radius >= 16 else f'{radius}px'};")
    width = layout.container_width_px if 960 <= layout.container_width_px <= 1400 else 1160
    lines.append(f"  --container: {width}px;")
    lines.append("}")
    heading = _font_stack(style.heading_font, _DEFAULT_HEADING_FONT)
    body = _font_stack(style.body_font, _DEFAULT_BODY_FONT)
    for languages, faces in _SCRIPT_FACES:
        selector = ", ".join(f":root:lang({code})" for code in languages)
        lines.append(f"{selector} {{")
        lines.append(f"  --font-heading: {_with_script_faces(heading, faces)};")
        lines.append(f"  --font-body: {_with_script_faces(body, faces)};")
        lines.append("}")
    return "\n".join(lines) + "\n"


def stylesheet(style: artifacts_pb2.StyleSystem, layout: artifacts_pb2.Layout) -> str:
    """The site's one stylesheet: the tokens as custom properties, then the shared rules."""
    header = "/* sitefarm: generated stylesheet. Tokens first; every rule below uses them. */\n"
    base = (TEMPLATES_DIR / "site.css").read_text(encoding="utf-8")
    return header + _tokens_css(style, layout) + "\n" + base


# --------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------


def _image_view(image: artifacts_pb2.GeneratedImage, *, eager: bool = False) -> ImageView:
    width = image.width if 0 < image.width <= 8192 else 1200
    height = image.height if 0 < image.height <= 8192 else round(width * 2 / 3)
    return ImageView(
        src=_image_src(image),
        # No alt text means decorative (the offline images are abstract art): alt="" keeps a
        # screen reader quiet instead of repeating the section's heading.
        alt=" ".join(image.alt.split()),
        width=width,
        height=height,
        eager=eager,
    )


def _image_section(image: artifacts_pb2.GeneratedImage, section_ids: Sequence[str]) -> str | None:
    """The section an image belongs to, if it is one of this page's."""
    return image.section_id if image.section_id in section_ids else None


def _page_images(
    req: phases_pb2.GeneratePageRequest,
) -> list[artifacts_pb2.GeneratedImage]:
    return [
        image
        for image in req.images
        if not image.page_slug or _same_page(image.page_slug, req.page.slug)
    ]


def _ordered_sections(
    req: phases_pb2.GeneratePageRequest, composition: artifacts_pb2.PageComposition
) -> list[tuple[str, str]]:
    """(section_id, background class) in page order: composition first, each id once,
    the page's forgotten sections appended, and the first hero moved to the top."""
    if not composition.sections:
        composition = offline.page_composition(req)
    allowed = set(req.page.section_ids)
    ordered: list[tuple[str, str]] = []
    seen: set[str] = set()
    for composed in composition.sections:
        section_id = composed.section_id.strip()
        if not section_id or section_id in seen or (allowed and section_id not in allowed):
            continue
        seen.add(section_id)
        ordered.append((section_id, _BACKGROUND_CLASSES.get(composed.background, "plain")))
    for section_id in req.page.section_ids:
        if section_id.strip() and section_id not in seen:
            seen.add(section_id)
            ordered.append((section_id, "plain"))
    kinds = _section_kinds(req.section_plan)
    hero_index = next((i for i, (sid, _) in enumerate(ordered) if kinds.get(sid) == "hero"), None)
    if hero_index:
        ordered.insert(0, ordered.pop(hero_index))
    return ordered


def _section_kinds(plan: artifacts_pb2.SectionPlan) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for spec in plan.sections:
        kinds.setdefault(spec.id, _KIND_NAMES.get(spec.kind, "text"))
    return kinds


def _anchor(section_id: str, used: set[str]) -> str:
    anchor = safe_slug(section_id, fallback="section")
    if anchor in _RESERVED_ANCHORS:
        anchor = f"section-{anchor}"
    base, n = anchor, 2
    # Each section owns two ids, its anchor and its heading's: neither may be taken.
    while anchor in used or f"{anchor}-title" in used:
        anchor, n = f"{base}-{n}", n + 1
    used.update((anchor, f"{anchor}-title"))
    return anchor


def _distribute(
    items: Sequence[artifacts_pb2.CopyItem], images: Sequence[ImageView], *, pair_always: bool
) -> tuple[tuple[ItemView, ...], tuple[ImageView, ...]]:
    """Pair images with items one to one when there are enough (or pair_always), and return
    the images left for the section itself."""
    if items and (len(images) >= len(items) or pair_always):
        paired = tuple(
            ItemView(
                item.title.strip(),
                item.text.strip(),
                item.meta.strip(),
                images[i] if i < len(images) else None,
                placeholder=item.placeholder,
            )
            for i, item in enumerate(items)
        )
        return paired, tuple(images[len(items) :])
    plain = tuple(
        ItemView(i.title.strip(), i.text.strip(), i.meta.strip(), placeholder=i.placeholder)
        for i in items
    )
    return plain, tuple(images)


@dataclass
class _PageContext:
    req: phases_pb2.GeneratePageRequest
    words: FrameWords
    contact: LinkView | None  # where a call to action leads, with its label
    secondary: LinkView | None


def _section_view(
    ctx: _PageContext,
    spec: artifacts_pb2.SectionSpec | None,
    section_id: str,
    background: str,
    copy: artifacts_pb2.SectionCopy | None,
    images: list[artifacts_pb2.GeneratedImage],
    *,
    is_h1: bool,
    anchor: str,
) -> SectionView:
    req = ctx.req
    kind = _KIND_NAMES.get(spec.kind, "text") if spec else "text"
    section_layout = next((s for s in req.layout.sections if s.section_id == section_id), None)
    variant = _VARIANT_NAMES.get(section_layout.variant, "") if section_layout else ""
    columns = section_layout.columns if section_layout and 1 <= section_layout.columns <= 4 else 0
    heading = (copy.heading.strip() if copy else "") or (
        req.page.title.strip() if kind == "hero" else ""
    )
    heading = (
        heading or _fallback_heading(section_id, kind, req, ctx.words) or req.brief.business_name
    )
    # No copy: the kind's heading in the page's language, never the planner's (English) note.
    paragraphs = tuple(p.strip() for p in copy.paragraphs if p.strip()) if copy else ()
    items = list(copy.items) if copy else []
    views = [
        _image_view(image, eager=(kind == "hero" and is_h1 and i == 0))
        for i, image in enumerate(images)
    ]
    if kind == "hero":
        # The hero's items are short points; its image belongs to the banner itself.
        item_views, section_images = _distribute(items, [], pair_always=False)[0], tuple(views)
    else:
        pair_always = kind in ("gallery", "team") or variant == "alternating"
        item_views, section_images = _distribute(items, views, pair_always=pair_always)
    if kind == "gallery":
        # Images without a caption still belong in the gallery grid.
        extra = tuple(ItemView("", "", "", image) for image in section_images)
        item_views, section_images = item_views + extra, ()

    if not variant:
        variant = _DEFAULT_VARIANTS.get(kind, "centered")
        if kind == "hero":
            variant = "split" if section_images else "centered"
    if variant == "alternating" and not any(item.image for item in item_views):
        variant = "list"
    if not columns:
        columns = _DEFAULT_COLUMNS.get(kind, 3)
    if item_views:
        columns = max(1, min(columns, len(item_views)))

    cta_label = copy.cta_label.strip() if copy else ""
    cta: LinkView | None = None
    secondary: LinkView | None = None
    contact = ctx.contact
    if kind in ("hero", "cta", "pricing") and contact:
        cta = LinkView(href=contact.href, label=cta_label) if cta_label else contact
        if kind == "hero" and is_h1:
            secondary = ctx.secondary
    elif cta_label and kind != "contact" and contact:
        cta = LinkView(href=contact.href, label=cta_label)

    return SectionView(
        anchor=anchor,
        heading_id=f"{anchor}-title",
        kind=kind,
        template=_KIND_TEMPLATES.get(kind, "prose"),
        variant=variant,
        columns=columns,
        background=background,
        heading_tag="h1" if is_h1 else "h2",
        eyebrow=copy.eyebrow.strip() if copy else "",
        heading=heading,
        paragraphs=paragraphs,
        items=item_views,
        images=section_images,
        cta=cta,
        secondary=secondary,
        placeholder=bool(copy and copy.placeholder),
    )


def _fallback_heading(
    section_id: str, kind: str, req: phases_pb2.GeneratePageRequest, words: FrameWords
) -> str:
    """A heading when the copy has none, in the site's language: the kind's own heading, the
    section's name in English (ids are English slugs), else the page's title."""
    slug = safe_slug(section_id, fallback="")
    english = primary_language(_language(req.brief)) == "en"
    if kind == "cta":
        call = req.design_strategy.call_to_action.strip()
        if call and (not english or slug in ("", "cta") or len(slug) <= 3):
            return call
    if kind in words.section_headings and (
        not english or slug in ("", kind, "cta", "faq", "hero", "text") or len(slug) <= 3
    ):
        return words.section_headings[kind]
    if english and slug not in ("", "cta", "faq", "hero", "text") and len(slug) > 3:
        return _humanise(slug)
    return req.page.title.strip() or (_humanise(slug) if english else "")


def _page_seo(seo: artifacts_pb2.SeoStrategy, slug: str) -> artifacts_pb2.PageSeo | None:
    return next((p for p in seo.pages if _same_page(p.slug, slug)), None)


def _social_card_url(base: str, root: str) -> str:
    """og:image: absolute when the site's public address is known, else a path from the page."""
    return _public_url(base, SOCIAL_CARD_PATH) if base else root + SOCIAL_CARD_PATH


def _frame(
    *,
    brief: brief_pb2.ProjectConfig,
    plan: artifacts_pb2.PagePlan,
    seo: artifacts_pb2.SeoStrategy,
    layout: artifacts_pb2.Layout,
    style: artifacts_pb2.StyleSystem,
    current_slug: str | None,
    path: str,
    title: str,
    description: str,
    tagline: str,
    root: str,
    header_cta: LinkView | None,
    words: FrameWords,
    json_ld: Markup | None = None,
    page_class: str = "page",
    robots: str = "",
) -> FrameView:
    lang = _language(brief)
    base = _site_base(brief)
    site_name = seo.site_name.strip() or brief.business_name.strip()
    # Canonical and Open Graph URLs must be absolute: without a public base URL, none.
    canonical = _public_url(base, path) if base else ""
    nav = _nav(plan, current_slug, root)
    return FrameView(
        lang=lang,
        dir=_direction(lang),
        title=title,
        description=description,
        canonical=canonical,
        og_url=canonical,
        og_image=_social_card_url(base, root),
        og_image_alt=site_name,
        og_locale=_og_locale(lang),
        site_name=site_name,
        business_name=brief.business_name.strip() or site_name,
        theme_color=resolved_colors(style)["primary"],
        root=root,
        home_href=root + page_path(_home_slug(plan)),
        nav=nav,
        nav_collapses=len(nav) > NAV_INLINE_MAX,
        header_style=_HEADER_STYLES.get(layout.header_style, "inline"),
        header_cta=header_cta,
        tagline=tagline,
        contact=_contact(brief),
        copyright=_copyright(brief),
        words=words,
        json_ld=json_ld,
        page_class=page_class,
        robots=robots,
    )


def render_page(
    req: phases_pb2.GeneratePageRequest, composition: artifacts_pb2.PageComposition
) -> artifacts_pb2.PageCode:
    """One complete, accessible HTML5 document for req.page, in the composition's order."""
    brief, page, plan = req.brief, req.page, req.page_plan
    if not plan.pages:
        # A lone page still needs a navigation that reaches it.
        plan = artifacts_pb2.PagePlan(pages=[page])
    path = page_path(page.slug)
    base = _site_base(brief)
    lang = _language(brief)
    # The shell (and a model's labels) arrive only at assembly, which swaps them in.
    words = ui.frame_words(lang)
    is_home = _same_page(page.slug, _home_slug(plan))
    specs = {spec.id: spec for spec in reversed(req.section_plan.sections)}
    kinds = _section_kinds(req.section_plan)
    ordered = _ordered_sections(req, composition)

    contact_sections = frozenset(sid for sid, kind in kinds.items() if kind == "contact")
    contact_page = _contact_page(plan, contact_sections)
    contact_anchor_id = next((sid for sid, _ in ordered if kinds.get(sid) == "contact"), None)
    used_anchors: set[str] = set()
    anchors = {sid: _anchor(sid, used_anchors) for sid, _ in ordered}
    if contact_anchor_id and (contact_page is None or _same_page(contact_page.slug, page.slug)):
        # Already on the page where visitors act: point at its contact section.
        contact_href = f"#{anchors[contact_anchor_id]}"
    elif contact_page is not None:
        contact_href = page_path(contact_page.slug)
    else:
        contact_href = _contact(brief).email_href or page_path(_home_slug(plan))
    call_to_action = req.design_strategy.call_to_action.strip()
    contact = (
        LinkView(
            href=contact_href,
            label=call_to_action or words.contact_label,
            ui_key="" if call_to_action else "contact_label",
        )
        if contact_href
        else None
    )
    secondary: LinkView | None = None
    if is_home:
        other = next(
            (
                p
                for p in plan.pages
                if not _same_page(p.slug, page.slug)
                and (contact_page is None or not _same_page(p.slug, contact_page.slug))
            ),
            None,
        )
        if other is not None:
            label = other.nav_label.strip() or other.title.strip() or _humanise(other.slug)
            secondary = LinkView(href=page_path(other.slug), label=label)
    ctx = _PageContext(req, words, contact, secondary)

    page_copy = next((c for c in req.copy.pages if _same_page(c.slug, page.slug)), None)
    section_copies: dict[str, artifacts_pb2.SectionCopy] = {}
    if page_copy is not None:
        for section_copy in page_copy.sections:
            section_copies.setdefault(section_copy.section_id, section_copy)
            section_copies.setdefault(safe_slug(section_copy.section_id), section_copy)

    images = _page_images(req)
    section_ids = [sid for sid, _ in ordered]
    by_section: dict[str, list[artifacts_pb2.GeneratedImage]] = {sid: [] for sid in section_ids}
    unplaced: list[artifacts_pb2.GeneratedImage] = []
    for image in images:
        owner = _image_section(image, section_ids)
        (by_section[owner] if owner else unplaced).append(image)
    # An image the plan meant for this page but that names no section: hero, else gallery.
    for image in unplaced:
        target = next(
            (sid for sid in section_ids if kinds.get(sid) == "hero" and not by_section[sid]),
            None,
        ) or next((sid for sid in section_ids if kinds.get(sid) == "gallery"), None)
        if target:
            by_section[target].append(image)

    sections: list[SectionView] = []
    h1_used = False
    for section_id, background in ordered:
        kind = kinds.get(section_id, "text")
        is_h1 = kind == "hero" and not h1_used
        h1_used = h1_used or is_h1
        copy = section_copies.get(section_id) or section_copies.get(safe_slug(section_id))
        sections.append(
            _section_view(
                ctx,
                specs.get(section_id),
                section_id,
                background,
                copy,
                by_section.get(section_id, []),
                is_h1=is_h1,
                anchor=anchors[section_id],
            )
        )

    page_seo = _page_seo(req.seo, page.slug)
    site_name = req.seo.site_name.strip() or brief.business_name.strip()
    title = (page_seo.title.strip() if page_seo else "") or (
        site_name if is_home else f"{page.title.strip() or _humanise(page.slug)} | {site_name}"
    )
    description = (
        (page_seo.meta_description.strip() if page_seo else "")
        or req.seo.site_description.strip()
        or brief.description.strip()
    )
    json_ld = (
        _business_json_ld(brief, req.seo, base, _social_card_url(base, "")) if is_home else None
    )
    header_cta = contact if req.layout.header_style == artifacts_pb2.HEADER_STYLE_WITH_CTA else None
    tagline = req.copy.tagline.strip() or req.design_strategy.value_proposition.strip()
    frame = _frame(
        brief=brief,
        plan=plan,
        seo=req.seo,
        layout=req.layout,
        style=req.style_system,
        current_slug=page.slug,
        path=path,
        title=title,
        description=description,
        tagline=tagline,
        root="",
        header_cta=header_cta,
        words=words,
        json_ld=json_ld,
        page_class=f"page page-{safe_slug(page.slug, fallback='index')}",
    )
    intro: SectionView | None = None
    if not h1_used:
        # Every page needs exactly one h1: without a hero, the page title opens the page.
        intro_anchor = _anchor("page-title", used_anchors)
        # The meta description is written for visitors; the purpose is a planner's note.
        intro_text = (page_seo.meta_description.strip() if page_seo else "") or page.purpose.strip()
        intro = SectionView(
            anchor=intro_anchor,
            heading_id=f"{intro_anchor}-title",
            kind="intro",
            template="intro",
            variant="centered",
            columns=1,
            background="plain",
            heading_tag="h1",
            eyebrow="",
            heading=page.title.strip() or _humanise(safe_slug(page.slug)) or site_name,
            paragraphs=(intro_text,) if intro_text else (),
            items=(),
            images=(),
            cta=None,
            secondary=None,
        )
    html = _ENV.get_template("page.html").render(frame=frame, sections=sections, intro=intro)
    return artifacts_pb2.PageCode(slug=page.slug, path=path, title=title, html=html)


# --------------------------------------------------------------------------------------------
# The site
# --------------------------------------------------------------------------------------------


def _not_found_page(
    req: phases_pb2.AssembleSiteRequest, shell: artifacts_pb2.SiteShell, words: FrameWords
) -> str:
    brief = req.brief
    address = _site_address(brief)
    # A 404 is served at any depth, so its links start at the site root, not beside it;
    # root-relative (the base URL's path only) so a local preview still finds the stylesheet.
    # The model's root path starts with exactly one slash: no path can name another host.
    root = address.root_path if address is not None else "/"
    plan = req.page_plan
    contact_page = _contact_page(plan)
    header_cta = (
        LinkView(href=root + page_path(contact_page.slug), label=words.contact_label)
        if req.layout.header_style == artifacts_pb2.HEADER_STYLE_WITH_CTA and contact_page
        else None
    )
    heading = ui.clean_label(shell.not_found_heading) or words.not_found_heading
    text = " ".join(shell.not_found_text.split()) or words.not_found_text
    site_name = req.seo.site_name.strip() or brief.business_name.strip()
    frame = _frame(
        brief=brief,
        plan=plan,
        seo=req.seo,
        layout=req.layout,
        style=req.style_system,
        current_slug=None,
        path=NOT_FOUND_PATH,
        title=name_title(heading, site_name),
        description=text,
        tagline=shell.footer_note.strip(),
        root=root,
        header_cta=header_cta,
        words=words,
        page_class="page page-not-found",
        robots="noindex",
    )
    home = LinkView(href=root + page_path(_home_slug(plan)), label=words.home_label)
    return _ENV.get_template("404.html").render(frame=frame, heading=heading, text=text, home=home)


def _sitemap(paths: Iterable[str], base: str) -> str:
    return _ENV.get_template("sitemap.xml").render(urls=[_public_url(base, path) for path in paths])


def _robots(base: str) -> str:
    lines = ["User-agent: *", "Allow: /"]
    if base:
        lines += ["", f"Sitemap: {base}/sitemap.xml"]
    return "\n".join(lines) + "\n"


def _manifest(req: phases_pb2.AssembleSiteRequest) -> str:
    colors = resolved_colors(req.style_system)
    name = req.seo.site_name.strip() or req.brief.business_name.strip() or "Website"
    manifest = {
        "name": name,
        "short_name": name[:12],
        "description": req.seo.site_description.strip() or req.brief.description.strip(),
        "lang": _language(req.brief),
        "dir": _direction(_language(req.brief)),
        "start_url": "./",
        "display": "browser",
        "background_color": colors["surface"],
        "theme_color": colors["primary"],
        "icons": [{"src": FAVICON_PATH, "sizes": "any", "type": "image/svg+xml"}],
    }
    # Escaped like the JSON-LD: harmless as JSON, and inert if ever sniffed as HTML.
    return script_safe_json(manifest) + "\n"


def _favicon(brief: brief_pb2.ProjectConfig, style: artifacts_pb2.StyleSystem) -> str:
    colors = resolved_colors(style)
    name = brief.business_name.strip()
    initial = next((c for c in name if c.isalnum()), name[:1] or "•").upper()
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
        f'<rect width="64" height="64" rx="14" fill="{colors["primary"]}"/>'
        f'<text x="32" y="43" text-anchor="middle" font-family="system-ui, sans-serif" '
        f'font-size="34" font-weight="700" fill="{colors["on-primary"]}">'
        f"{xml_escape(initial)}</text></svg>\n"
    )


def _placeholder_svg(width: int, height: int, colors: dict[str, str]) -> bytes:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">'
        f'<rect width="100%" height="100%" fill="{colors["surface-alt"]}"/>'
        f'<rect x="8" y="8" width="{max(width - 16, 1)}" height="{max(height - 16, 1)}" '
        f'fill="none" stroke="{colors["border"]}" stroke-width="4"/></svg>\n'
    ).encode()


def _placeholder_png(hex_color: str) -> bytes:
    """A 1x1 PNG of one colour; the img's width and height stretch it into place."""
    rgb = bytes(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" + rgb))
        + chunk(b"IEND", b"")
    )


# An SVG opened directly runs in the site's origin: every one passes the allow-list
# sanitiser (services.runtime.svg), and one it cannot make safe is drawn as a placeholder.
_MAX_SVG_BYTES = 4 * 1024 * 1024


def _safe_svg(data: bytes) -> bytes | None:
    try:
        return sanitised_svg(data, _MAX_SVG_BYTES)
    except UnsafeSvg:
        return None


_IMG_SRC = re.compile(r'<img[^>]*\ssrc="images/([a-z0-9-]+\.(?:png|jpg|jpeg|webp|svg))"')


# A frame label in a page: the element's text (data-ui) or a nav's name (data-ui-label).
_UI_TEXT = re.compile(r'(\sdata-ui="(?P<key>[a-z_]+)">)[^<]*(<)')
_UI_ATTRIBUTE = re.compile(r'(\sdata-ui-label="(?P<key>[a-z_]+)" aria-label=")[^"]*(")')


def apply_frame_words(html: str, words: FrameWords) -> str:
    """The page with every frame label marked by the templates set to `words`: pages are
    rendered before the shell exists, so the site's assembly brings its wording in."""

    def label(match: re.Match[str]) -> str:
        key = match.group("key")
        value = getattr(words, key, None) if key in ui.SHELL_LABELS else None
        if not isinstance(value, str):
            return match.group(0)
        return f"{match.group(1)}{escape(value)}{match.group(3)}"

    return _UI_ATTRIBUTE.sub(label, _UI_TEXT.sub(label, html))


def _social_card_detail(req: phases_pb2.AssembleSiteRequest) -> str:
    """The card's smaller line: where the business is, else a short description."""
    brief = req.brief
    description = " ".join((req.seo.site_description or brief.description).split())
    return brief.location.strip() or (description if len(description) <= 90 else "")


def assemble_site(
    req: phases_pb2.AssembleSiteRequest, shell: artifacts_pb2.SiteShell
) -> artifacts_pb2.SiteBundle:
    """Every file of the finished static site, each at a checked path inside the site."""
    bundle = artifacts_pb2.SiteBundle(entry_path=ENTRY_PATH)
    files: dict[str, tuple[str, bytes]] = {}
    lang = _language(req.brief)
    words = ui.words_with_shell(lang, shell)

    def add(path: str, media_type: str, content: bytes) -> None:
        check_site_path(path)
        files.setdefault(path, (media_type, content))

    page_paths: list[str] = []
    for page in req.pages:
        # The path is derived again from the slug, never trusted from the message.
        path = page_path(page.slug) if page.slug or not page.path else _sanitised_path(page.path)
        if path in files:
            continue
        add(path, "text/html; charset=utf-8", apply_frame_words(page.html, words).encode("utf-8"))
        page_paths.append(path)
    if ENTRY_PATH not in files and page_paths:
        # The home page was planned under another slug: it is still the site's entry.
        home_path = page_path(_home_slug(req.page_plan)) if req.page_plan.pages else ""
        source = home_path if home_path in files else page_paths[0]
        add(ENTRY_PATH, "text/html; charset=utf-8", files[source][1])

    add(
        STYLESHEET_PATH,
        "text/css; charset=utf-8",
        stylesheet(req.style_system, req.layout).encode(),
    )
    add(FAVICON_PATH, "image/svg+xml", _favicon(req.brief, req.style_system).encode())
    colors = resolved_colors(req.style_system)
    card_name = req.brief.business_name.strip() or req.seo.site_name.strip()
    add(
        SOCIAL_CARD_PATH,
        social_card.MEDIA_TYPE,
        social_card.render_social_card(
            card_name, _social_card_detail(req), colors, rtl=is_rtl(lang)
        ),
    )

    for image in req.images:
        name = image_file_name(image)
        extension = name.rsplit(".", 1)[1]
        media_type = _EXTENSION_MEDIA_TYPES[extension]
        content = _safe_svg(image.data) if extension == "svg" else bytes(image.data)
        if content:
            add(f"{IMAGE_DIR}/{name}", media_type, content)
    # Every <img> a page points at exists, even when its image failed or lost its bytes.
    for path in list(files):
        if not path.endswith(".html"):
            continue
        for match in _IMG_SRC.finditer(files[path][1].decode("utf-8", "replace")):
            name = match.group(1)
            image_path = f"{IMAGE_DIR}/{name}"
            if image_path in files:
                continue
            extension = name.rsplit(".", 1)[1]
            if extension == "svg":
                add(image_path, "image/svg+xml", _placeholder_svg(1200, 800, colors))
            else:
                add(image_path, "image/png", _placeholder_png(colors["surface-alt"]))

    not_found = _not_found_page(req, shell, words)
    add(NOT_FOUND_PATH, "text/html; charset=utf-8", not_found.encode("utf-8"))
    base = _site_base(req.brief)
    if base:  # sitemap URLs must be absolute: no public address, no sitemap
        add("sitemap.xml", "application/xml", _sitemap(page_paths, base).encode("utf-8"))
    add("robots.txt", "text/plain; charset=utf-8", _robots(base).encode("utf-8"))
    add(MANIFEST_PATH, "application/manifest+json", _manifest(req).encode("utf-8"))

    for path, (media_type, content) in files.items():
        bundle.files.add(path=check_site_path(path), media_type=media_type, content=content)
    return bundle


def _sanitised_path(path: str) -> str:
    stem = PurePosixPath(path.replace("\\", "/")).name.removesuffix(".html")
    return page_path(stem)
