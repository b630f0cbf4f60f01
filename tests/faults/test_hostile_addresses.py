"""The brief's addresses through the real processes (five phase services and SiteFarm, offline):
a URL whose path could become a host, that carries credentials, a query or controls, and a
mail address that could add headers are refused naming their field; an accepted one is
published only as rebuilt from its checked parts. The orchestrator's in-memory store keeps a
bounded number of jobs."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from html.parser import HTMLParser
from pathlib import Path

import grpc
import pytest
import pytest_asyncio
from google.rpc import error_details_pb2
from sitefarm.v1 import brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

from orchestrator.status import status_details
from services.runtime.auth import bearer_interceptors
from testkit.briefs import BRIEF
from testkit.jobs import DONE, site_files, watched_generate
from testkit.processes import ProcessStack, spawn_stack, wait_serving
from testkit.safe_site import assert_safe_site
from testkit.watch import API_TOKEN, API_TOKENS, INTERNAL_TOKEN, seen

pytestmark = pytest.mark.asyncio(loop_scope="module")

MAX_JOBS = 3  # the orchestrator's SITEFARM_MEMORY_STORE_MAX_JOBS here
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@pytest.fixture(scope="module")
def stack(process_log_dir: Path) -> Iterator[ProcessStack]:
    processes = spawn_stack(
        "addresses",
        {"SITEFARM_INTERNAL_TOKEN": INTERNAL_TOKEN},
        process_log_dir,
        {"SITEFARM_API_TOKENS": API_TOKENS, "SITEFARM_MEMORY_STORE_MAX_JOBS": str(MAX_JOBS)},
    )
    try:
        wait_serving(*processes.processes)
        yield processes
    finally:
        processes.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def stub(stack: ProcessStack) -> AsyncIterator[sitefarm_pb2_grpc.SiteFarmStub]:
    interceptors = bearer_interceptors(API_TOKEN)
    async with grpc.aio.insecure_channel(
        stack.orchestrator.address, interceptors=interceptors
    ) as channel:
        yield sitefarm_pb2_grpc.SiteFarmStub(channel)


def brief_with(**fields: object) -> brief_pb2.ProjectConfig:
    made = brief_pb2.ProjectConfig()
    made.CopyFrom(BRIEF)
    for name, value in fields.items():
        if name == "social":
            made.ClearField("social_links")
            made.social_links.add(network="Social", url=str(value))
        else:
            setattr(made, name, value)
    return made


# (field, value): each must be refused, naming the field.
REFUSED = {
    "path that is a host": ("site_url", "https://crumbandco.example//evil.example/"),
    "backslash path": ("site_url", "https://crumbandco.example/\\evil.example"),
    "scheme-relative": ("site_url", "//evil.example/"),
    "backslashes for slashes": ("site_url", "https:\\\\evil.example"),
    "escaped slashes": ("site_url", "https://crumbandco.example/%2F%2Fevil.example/"),
    "escaped dot segment": ("site_url", "https://crumbandco.example/shop/%2e%2e/"),
    "tab between slashes": ("site_url", "https://crumbandco.example/\t/evil.example"),
    "credentials": ("site_url", "https://owner:hunter2@crumbandco.example/"),
    "query": ("site_url", "https://crumbandco.example/?utm_source=x"),
    "fragment": ("site_url", "https://crumbandco.example/#top"),
    "NUL": ("site_url", "https://crumbandco.example/\x00"),
    "OSC in url": ("site_url", "https://crumbandco.example/\x1b]0;pwned\x07"),
    "not a port": ("site_url", "https://crumbandco.example:99999/"),
    "mail headers": ("contact_email", "hello@crumbandco.example?bcc=spy@evil.example"),
    "mail NUL": ("contact_email", "hello\x00@crumbandco.example"),
    "mail escape": ("contact_email", "hello\x1b[2J@crumbandco.example"),
    "mail display name": ("contact_email", "Crumb <hello@crumbandco.example>"),
    "mail ip literal": ("contact_email", "hello@[127.0.0.1]"),
    "mail quoted": ("contact_email", '"<script>"@crumbandco.example'),
    "social credentials": ("social", "https://me:pw@social.example/crumb"),
    "social script": ("social", "javascript:alert(1)"),
    "social backslash": ("social", "https://social.example\\@evil.example/"),
}


@pytest.mark.parametrize("case", list(REFUSED))
async def test_an_address_that_could_escape_or_leak_is_refused_naming_its_field(
    stub: sitefarm_pb2_grpc.SiteFarmStub, case: str
) -> None:
    field, value = REFUSED[case]
    named = "brief.social_links[0].url" if field == "social" else f"brief.{field}"
    request = sitefarm_pb2.GenerateRequest(brief=brief_with(**{field: value}))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        async for _ in stub.Generate(request, timeout=30):
            pass
    error = seen(caught.value)
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT, error.details()
    (bad,) = status_details(error, error_details_pb2.BadRequest)
    violations = {v.field: v.description for v in bad.field_violations}
    assert named in violations, violations
    # The reason is a sentence of ours: it never quotes the value back, controls and all.
    assert violations[named] and not _CONTROL.search(violations[named])
    assert "Traceback" not in (error.details() or "")


class _Links(HTMLParser):
    """Every URL-valued attribute of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is not None and (
                name in ("href", "src") or (name, tag) == ("content", "meta")
            ):
                self.urls.append(value)


def _urls(page: bytes) -> list[str]:
    parser = _Links()
    parser.feed(page.decode("utf-8"))
    return parser.urls


ACCEPTED = {
    # site_url as written -> the root path every 404 link starts with, and the public base.
    "folder, upper case, default port": (
        "https://CrumbAndCo.EXAMPLE:443/shop/",
        "/shop/",
        "https://crumbandco.example/shop",
    ),
    "dot segments resolved": (
        "https://crumbandco.example/a/../shop",
        "/shop/",
        "https://crumbandco.example/shop",
    ),
    "unicode host and path": (
        "https://例え.jp/パン",
        "/%E3%83%91%E3%83%B3/",
        "https://xn--r8jz45g.jp/%E3%83%91%E3%83%B3",
    ),
}


@pytest.mark.parametrize("case", list(ACCEPTED))
async def test_an_accepted_address_is_published_only_from_its_checked_parts(
    stub: sitefarm_pb2_grpc.SiteFarmStub, case: str, tmp_path: Path
) -> None:
    site_url, root, base = ACCEPTED[case]
    made = brief_with(
        site_url=site_url,
        contact_email="orders+bread&cake=yes@crumbandco.example",
        social="https://social.example/crumb?tab=posts#top",
    )
    job, _ = await watched_generate(stub, made)
    assert job.state in DONE, job.error
    files = await site_files(stub, job.job_id)
    assert_safe_site(files, tmp_path / "site")
    not_found = _urls(files["404.html"])
    local = [u for u in not_found if u.startswith("/")]
    assert local and all(u.startswith(root) and not u.startswith("//") for u in local), local
    for path, content in files.items():
        if not path.endswith((".html", ".xml", ".txt")):
            continue
        text = content.decode("utf-8")
        assert "\\" not in "".join(_urls(content)) and "hunter2" not in text, path
        for url in re.findall(r"https?://[^\s\"'<>]+", text):
            if "crumbandco" in url or "xn--" in url:
                assert url.startswith(base), (path, url)  # credentials, queries: none
        if path.endswith(".html"):
            mailto = [u for u in _urls(content) if u.startswith("mailto:")]
            # An address's ?, & and = are escaped: it names a mailbox, never a header.
            assert all(u == "mailto:orders+bread%26cake%3Dyes@crumbandco.example" for u in mailto)
    assert files["robots.txt"].decode().endswith(f"Sitemap: {base}/sitemap.xml\n")


async def test_the_in_memory_store_keeps_a_bounded_number_of_jobs(
    stub: sitefarm_pb2_grpc.SiteFarmStub,
) -> None:
    finished = [
        (await watched_generate(stub, BRIEF, no_cache=False))[0] for _ in range(MAX_JOBS + 2)
    ]
    listed = (await stub.ListJobs(sitefarm_pb2.ListJobsRequest(page_size=100))).jobs
    assert len(listed) <= MAX_JOBS
    assert finished[-1].job_id in {job.job_id for job in listed}  # the newest stay
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=finished[0].job_id))
    assert seen(caught.value).code() == grpc.StatusCode.NOT_FOUND


async def test_no_process_logged_a_traceback_or_a_control_character(stack: ProcessStack) -> None:
    for process in stack.processes:
        text = process.log.read_text(encoding="utf-8", errors="replace")
        assert "Traceback" not in text and " ERROR " not in text, (process.name, text[-2000:])
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text), process.name
