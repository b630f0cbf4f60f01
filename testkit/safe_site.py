"""What a safe site is: every file inside its folder, no live script on any page, inert SVGs."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from sitefarm.v1 import artifacts_pb2

from orchestrator.bundle import write_bundle
from services.runtime.site_paths import check_site_path

EVALUATED = "1337"  # what `{{ 7*191 }}` would become if any template evaluated brief text

# --- what a safe site is -------------------------------------------------------------------

_ON_ATTRIBUTE = re.compile(r"^on[a-z]+$")
_ACTIVE_SVG = re.compile(rb"<\s*script|\son[a-z]+\s*=|javascript:", re.IGNORECASE)


class PageAudit(HTMLParser):
    """Every tag of a page: scripts are JSON-LD only, no handler attributes, no script URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False
        self.json_ld: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script":
            if values.get("type") != "application/ld+json" or "src" in values:
                self.problems.append(f"live script tag {attrs}")
            self._in_script = True
            self.json_ld.append("")
        if tag in ("iframe", "object", "embed", "base", "form"):
            self.problems.append(f"<{tag}>")
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("meta refresh")
        for name, value in attrs:
            if _ON_ATTRIBUTE.match(name):
                self.problems.append(f"handler attribute {name}")
            if name in ("href", "src", "action", "formaction", "xlink:href") and value:
                scheme = re.sub(r"[\s\x00-\x1f]", "", value).lower()
                if scheme.startswith(("javascript:", "vbscript:", "data:text")):
                    self.problems.append(f"script URL in {name}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.json_ld[-1] += data


def assert_safe_site(files: dict[str, bytes], out: Path) -> None:
    """Every file inside the site folder; no page runs a script; SVGs are inert."""
    for path in files:
        check_site_path(path)
    bundle = artifacts_pb2.SiteBundle(entry_path="index.html")
    for path, content in files.items():
        bundle.files.add(path=path, content=content)
    root = out.resolve()
    written = write_bundle(bundle, out)
    assert len(written) == len(files)
    assert all(p.resolve().is_relative_to(root) for p in written)
    assert {p.relative_to(root).as_posix() for p in written} == set(files)
    for path, content in files.items():
        if path.endswith(".html"):
            text = content.decode("utf-8")
            audit = PageAudit()
            audit.feed(text)
            audit.close()
            assert not audit.problems, (path, audit.problems)
            for block in audit.json_ld:
                json.loads(block)  # still one JSON document: nothing broke out of it
            assert EVALUATED not in text, f"{path}: brief text was evaluated as a template"
        elif path.endswith(".svg"):
            assert _ACTIVE_SVG.search(content) is None, path
        elif path.endswith((".json", ".webmanifest")):
            json.loads(content)
