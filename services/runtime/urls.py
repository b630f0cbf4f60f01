"""The addresses a brief gives (the site's public URL, social profiles, the contact e-mail) as
values parsed by maintained parsers (rfc3986, email-validator), refused with a reason fit for
the field's error, and written back only from their checked parts.

A path never becomes a host (`//evil.example` or `/\\evil.example` is refused, and a root path
always starts with exactly one slash), credentials are never kept, and a site address carries
no query and no fragment, so what a page, the sitemap or robots.txt publishes is the site.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

import email_validator
import rfc3986
from rfc3986 import exceptions as rfc3986_errors
from rfc3986 import validators

MAX_URL_CHARS = 200
MAX_EMAIL_CHARS = 254
_DEFAULT_PORTS = {"http": 80, "https": 443}

# Refused anywhere in a URL's text: whitespace and controls (browsers drop tabs and newlines,
# so `/\t/host` would become `//host`), backslashes (read as `/`), quotes and angle brackets.
_UNSAFE_URL_CHARS = re.compile(
    r"[\s\x00-\x1f\x7f-\x9f\\<>\"'`{}|^\u200b-\u200f\u202a-\u202e\u2066-\u2069]"
)
_DNS_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST_NAME = re.compile(rf"{_DNS_LABEL}(?:\.{_DNS_LABEL})*")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")
_IPV6 = re.compile(r"\[[0-9a-f:.]+\]")
# What RFC 3986 allows in a query or fragment (percent escapes included).
_QUERY_CHARS = re.compile(r"[A-Za-z0-9\-._~!$&()*+,;=:@/?%]*")
# A path segment's characters written back: RFC 3986 pchar less the quote (sub-delims, : @).
_SEGMENT_SAFE = "!$&()*+,;=:@"
# RFC 6068: what a mailto: address may keep unescaped; ?, &, #, %, = and the rest are escaped,
# so an address can never add headers (`?bcc=`) or a body to the message.
_MAILTO_SAFE = "!$()*+,;:"


class AddressError(ValueError):
    """Why a text is not an acceptable address: a sentence for the field's error."""


@dataclass(frozen=True)
class WebAddress:
    """An http(s) URL rebuilt from checked parts: host in ASCII, path segments percent-encoded,
    none empty and none a dot segment, no user name or password."""

    scheme: str
    host: str
    port: int | None  # None: the scheme's default
    segments: tuple[str, ...]
    trailing_slash: bool = False
    query: str = ""
    fragment: str = ""

    @property
    def origin(self) -> str:
        """scheme://host[:port], the part no path can change."""
        port = f":{self.port}" if self.port is not None else ""
        return f"{self.scheme}://{self.host}{port}"

    @property
    def root_path(self) -> str:
        """The folder the site lives in, from the host's root: `/` or `/a/b/`, never `//`."""
        return "/" + "".join(f"{segment}/" for segment in self.segments)

    @property
    def base(self) -> str:
        """The site's public base URL without a trailing slash (origin and folder)."""
        return self.origin + self.root_path.rstrip("/")

    def page_url(self, site_path: str) -> str:
        """The absolute URL of a file of the site (`index.html` is the folder itself)."""
        if site_path == "index.html":
            return self.origin + self.root_path
        return self.origin + self.root_path + "/".join(_segment(p) for p in site_path.split("/"))

    @property
    def href(self) -> str:
        """The whole URL as written back."""
        path = "/".join(self.segments)
        text = f"{self.origin}/{path}" + ("/" if self.trailing_slash and path else "")
        text += f"?{self.query}" if self.query else ""
        return text + (f"#{self.fragment}" if self.fragment else "")


@dataclass(frozen=True)
class MailAddress:
    """A checked e-mail address: shown as `text`, linked as `href` (mailto: with no headers)."""

    local_part: str
    domain: str  # as written (may be Unicode)
    ascii_domain: str

    @property
    def text(self) -> str:
        return f"{self.local_part}@{self.domain}"

    @property
    def href(self) -> str:
        return f"mailto:{quote(self.local_part, safe=_MAILTO_SAFE)}@{self.ascii_domain}"


def parse_site_url(text: str) -> WebAddress:
    """The site's public address: http(s), a host, a plain folder path; no user name or
    password, query or fragment (they would be published in every canonical link)."""
    return _parse_web_address(text, schemes=("https", "http"), query_allowed=False)


def parse_link_url(text: str) -> WebAddress:
    """An https:// link to another site (a social profile): query and fragment kept."""
    return _parse_web_address(text, schemes=("https",), query_allowed=True)


# Cached: every phase request carries the brief, and the same addresses are checked at each
# door; a parse is a pure function of the text (failures raise, and are not cached).
@functools.lru_cache(maxsize=1024)
def parse_mail_address(text: str) -> MailAddress:
    """A plain e-mail address (no display name, quoted part or IP literal), by email-validator."""
    text = text.strip()
    if len(text) > MAX_EMAIL_CHARS:
        raise AddressError(f"at most {MAX_EMAIL_CHARS} characters")
    try:
        checked = email_validator.validate_email(
            text,
            check_deliverability=False,  # no DNS at the door: the brief is checked offline
            allow_quoted_local=False,
            allow_display_name=False,
            allow_domain_literal=False,
        )
    except email_validator.EmailNotValidError as error:
        raise AddressError(f"not an e-mail address: {str(error)[:120]}") from None
    return MailAddress(checked.local_part, checked.domain, checked.ascii_domain)


@functools.lru_cache(maxsize=1024)
def _parse_web_address(text: str, schemes: tuple[str, ...], query_allowed: bool) -> WebAddress:
    text = text.strip()
    if len(text) > MAX_URL_CHARS:
        raise AddressError(f"at most {MAX_URL_CHARS} characters")
    if _UNSAFE_URL_CHARS.search(text):
        raise AddressError("must not contain spaces, quotes, backslashes or control characters")
    try:
        reference = rfc3986.iri_reference(text).encode().normalize()
    except (ValueError, rfc3986_errors.RFC3986Exception):  # idna's errors are ValueErrors
        raise AddressError("not a URL: its host name cannot be encoded") from None
    shown = " or ".join(f"{s}://" for s in schemes)
    if reference.scheme not in schemes:
        raise AddressError(f"must start with {shown}")
    if reference.userinfo is not None:
        raise AddressError("must not carry a user name or password (user:password@)")
    checked = (
        validators.Validator()
        .require_presence_of("scheme", "host")
        .check_validity_of("host", "port", "path", "query", "fragment")
    )
    try:
        checked.validate(reference)
    except rfc3986_errors.ValidationError:
        raise AddressError(f"not a URL: write it as {schemes[0]}://example.com/...") from None
    host = _checked_host(reference.host or "")
    port = _checked_port(reference.port, reference.scheme)
    segments, trailing_slash = _checked_path(reference.path or "")
    query, fragment = reference.query or "", reference.fragment or ""
    if not query_allowed and reference.query is not None:
        raise AddressError("must not carry a query (?...): the site's address only")
    if not query_allowed and reference.fragment is not None:
        raise AddressError("must not carry a fragment (#...): the site's address only")
    if not (_QUERY_CHARS.fullmatch(query) and _QUERY_CHARS.fullmatch(fragment)):
        raise AddressError("its query or fragment holds characters a URL may not")
    return WebAddress(reference.scheme, host, port, segments, trailing_slash, query, fragment)


def _checked_host(host: str) -> str:
    host = host.lower().removesuffix(".")
    if _IPV6.fullmatch(host) or _IPV4.fullmatch(host):
        return host
    if len(host) > 253 or not _HOST_NAME.fullmatch(host):
        raise AddressError("its host is not a host name (letters, digits, dots and hyphens)")
    return host


def _checked_port(port: str | None, scheme: str) -> int | None:
    if not port:
        return None
    number = int(port)  # the validator has checked it is digits
    if not 0 < number < 65536:
        raise AddressError("its port must be between 1 and 65535")
    return None if number == _DEFAULT_PORTS[scheme] else number


def _checked_path(path: str) -> tuple[tuple[str, ...], bool]:
    """The path's segments, each percent-encoded one way; refused when a segment is empty
    (`//` reads as a host to a browser) or a dot segment, written plainly or escaped."""
    if not path or path == "/":
        return (), False
    trailing_slash = path.endswith("/")
    parts = path.removeprefix("/").removesuffix("/").split("/")
    segments: list[str] = []
    for part in parts:
        try:
            decoded = unquote(part, errors="strict")
        except UnicodeDecodeError:
            raise AddressError("its path has escapes that are not UTF-8 text") from None
        if not decoded:
            raise AddressError("its path must not contain an empty segment (//)")
        if decoded in (".", "..") or _UNSAFE_URL_CHARS.search(decoded) or "/" in decoded:
            raise AddressError("its path must be plain folder names (no ., .., or escaped /)")
        segments.append(_segment(decoded))
    return tuple(segments), trailing_slash


def _segment(text: str) -> str:
    return quote(text, safe=_SEGMENT_SAFE)
