"""What a DownloadSite stream delivers: the manifest built from a finished site, and the files
a client received checked against it (sizes and SHA-256)."""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Mapping

from sitefarm.v1 import artifacts_pb2, sitefarm_pb2

_TITLE = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TITLE_SCAN_BYTES = 64 * 1024  # a page's <title> sits in its head
_TITLE_CHARS = 300


def page_title(content: bytes) -> str:
    """The text of an HTML page's <title>, "" when it has none."""
    found = _TITLE.search(content[:_TITLE_SCAN_BYTES])
    if found is None:
        return ""
    title = " ".join(html.unescape(found.group(1).decode("utf-8", "replace")).split())
    return title[:_TITLE_CHARS]


def _is_page(file: artifacts_pb2.SiteFile) -> bool:
    return file.media_type.startswith("text/html") or file.path.endswith(".html")


def site_manifest(
    site: artifacts_pb2.SiteBundle, sent: Iterable[artifacts_pb2.SiteFile]
) -> sitefarm_pb2.SiteManifest:
    """The manifest of a stream sending `sent` (some or all of `site`'s files, in order)."""
    manifest = sitefarm_pb2.SiteManifest(entry_path=site.entry_path or "index.html")
    for file in sent:
        manifest.files.add(
            path=file.path,
            size=len(file.content),
            sha256=hashlib.sha256(file.content).hexdigest(),
            media_type=file.media_type,
        )
        manifest.total_bytes += len(file.content)
    for file in site.files:
        if _is_page(file):
            manifest.pages.add(path=file.path, title=page_title(file.content))
    return manifest


class SiteMismatch(ValueError):
    """Received files that do not match their manifest."""


def verify_site(manifest: sitefarm_pb2.SiteManifest, files: Mapping[str, bytes]) -> None:
    """Raise SiteMismatch naming every file missing, unexpected, or of the wrong size or hash."""
    problems: list[str] = []
    listed = {entry.path: entry for entry in manifest.files}
    for path in sorted(set(files) - set(listed)):
        problems.append(f"{path}: not in the manifest")
    for path, entry in listed.items():
        content = files.get(path)
        if content is None:
            problems.append(f"{path}: listed but not received")
        elif len(content) != entry.size:
            problems.append(f"{path}: {len(content)} bytes received, {entry.size} listed")
        elif hashlib.sha256(content).hexdigest() != entry.sha256:
            problems.append(f"{path}: SHA-256 differs from the manifest's")
    if sum(len(c) for c in files.values()) != manifest.total_bytes and not problems:
        problems.append(f"{manifest.total_bytes} bytes listed in all, others received")
    if problems:
        raise SiteMismatch("; ".join(problems))
