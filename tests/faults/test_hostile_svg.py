"""SVG images that could script, through the real codegen process (`python -m services.codegen`)
assembling a site: the allow-list sanitiser keeps drawings and drops every way an SVG opened on
its own could run script or load from elsewhere; what it cannot parse becomes a placeholder.
No brief reaches this today (offline draws its own SVG, the openai provider asks for PNG): it
is the only wall the day a provider answers with SVG."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from sitefarm.v1 import phases_pb2_grpc

import testkit.codegen_artifacts as fx
from services.codegen import offline, render
from services.runtime.auth import bearer_metadata
from services.runtime.svg import UnsafeSvg, sanitised_svg
from testkit.processes import Process, spawn, wait_serving
from testkit.safe_site import assert_safe_site
from testkit.watch import INTERNAL_TOKEN

NS = 'xmlns="http://www.w3.org/2000/svg"'
HOSTILE_SVGS = {
    "plain script": f"<svg {NS}><script>alert(1)</script><rect width='4' height='4'/></svg>",
    "namespaced script": (
        f'<svg {NS} xmlns:x="http://www.w3.org/2000/svg"><x:script>alert(1)</x:script></svg>'
    ),
    "xhtml script": (
        f'<svg {NS}><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script></svg>'
    ),
    "prefixed xhtml script": (
        f'<svg {NS} xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script></svg>'
    ),
    "event handler": f'<svg {NS} onload="alert(1)"><rect onclick="alert(1)"/></svg>',
    "entity-encoded javascript link": (
        f'<svg {NS} xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<a xlink:href="&#106;avascript:alert(1)"><text>x</text></a>'
        '<a href="javascript&#58;alert(1)"><text>y</text></a></svg>'
    ),
    "entity definition": (
        '<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]>'
        f"<svg {NS}>&x;</svg>"
    ),
    "foreign object": (
        f'<svg {NS}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">'
        '<img src="x" onerror="alert(1)"/></div></foreignObject></svg>'
    ),
    "animated handler": (
        f'<svg {NS}><set attributeName="onmouseover" to="alert(1)"/>'
        '<animate attributeName="href" to="javascript:alert(1)"/></svg>'
    ),
    "off-site loads": (
        f'<svg {NS}><image href="https://evil.example/x.png"/><use href="https://evil.example/'
        'x.svg#a"/><style>@import url(https://evil.example/x.css);</style></svg>'
    ),
    "not XML": "<svg><script>alert(1)</script>",
    "html": '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
}
UTF16 = f"<svg {NS}><script>alert(1)</script><rect width='4' height='4'/></svg>".encode("utf-16")
# What could run script, or load from another host (a link's text may stay: it loads nothing).
_LIVE = re.compile(
    rb"<(\w+:)?script|\son\w+\s*=|javascript|<!entity|foreignobject|@import"
    rb"|(?:href|src)\s*=\s*[\"']?\s*(?:https?:)?//|url\(\s*[\"']?\s*(?:https?:)?//",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def codegen(process_log_dir: Path) -> Iterator[Process]:
    process = spawn(
        "svg-codegen",
        "services.codegen",
        {"SITEFARM_INTERNAL_TOKEN": INTERNAL_TOKEN},
        process_log_dir,
    )
    try:
        wait_serving(process)
        yield process
    finally:
        process.stop()


@pytest.mark.slow  # the codegen process and its rendering pool start for this one test
def test_an_svg_that_could_script_or_load_elsewhere_is_cleaned_or_replaced(
    codegen: Process, tmp_path: Path
) -> None:
    images = fx.images()
    payloads = [*(text.encode() for text in HOSTILE_SVGS.values()), UTF16]
    for image, payload in zip(images, payloads, strict=False):
        image.data = payload
        image.media_type = "image/svg+xml"
    plan = fx.page_plan()
    pages = []
    for page in plan.pages:
        page_request = fx.page_request(page.slug, plan=plan, all_images=images)
        pages.append(render.render_page(page_request, offline.page_composition(page_request)))
    request = fx.site_request(pages, plan=plan, all_images=images)
    request.shell.CopyFrom(offline.site_shell(request))
    with grpc.insecure_channel(codegen.address) as channel:
        answer = phases_pb2_grpc.CodegenServiceStub(channel).AssembleSite(
            request, metadata=bearer_metadata(INTERNAL_TOKEN), timeout=60
        )
    files = {f.path: f.content for f in answer.site.files}
    assert_safe_site(files, tmp_path / "site")
    svgs = {path: content for path, content in files.items() if path.endswith(".svg")}
    assert len(svgs) >= len(payloads)
    for path, content in svgs.items():
        assert not _LIVE.search(content), (path, content[:300])
        assert content.startswith(b"<svg") and b"http://www.w3.org/2000/svg" in content, path
    # Drawing survives: the rect of the first payload is kept, its script is not.
    assert b"<rect" in svgs[f"images/{render.image_file_name(images[0])}"]
    log = codegen.log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log


@pytest.mark.parametrize("case", [*HOSTILE_SVGS, "utf-16"])
def test_the_sanitiser_leaves_nothing_live_or_refuses(case: str) -> None:
    """The same payloads through the sanitiser in this process (the quick tier's share)."""
    payload = UTF16 if case == "utf-16" else HOSTILE_SVGS[case].encode()
    try:
        clean = sanitised_svg(payload, max_bytes=1024 * 1024)
    except UnsafeSvg:
        return
    assert clean.startswith(b"<svg") and not _LIVE.search(clean), clean
