"""The quick tier's share of the hostile-input classes, in this process: text printed or logged
is printable, a model's answer is parsed within size and depth, an image is decoded within
bounds, settings refuse a site that cannot fit its messages, the in-memory store forgets on
its clock. The same classes run against real processes in test_hostile_*.py."""

from __future__ import annotations

import asyncio
import io
import logging
import struct
import time
import zlib

import pytest
from aiohttp import web
from hypothesis import given
from hypothesis import strategies as st
from rich.table import Table
from rich.text import Text
from sitefarm.v1 import artifacts_pb2, sitefarm_pb2

from orchestrator.cli import PrintableConsole
from orchestrator.store import MemoryJobStore
from services.images.decoding import ImageRefused, checked_image
from services.llm.tasks import RenderedImage
from services.llm.untrusted import (
    AnswerTooLargeError,
    BadAnswer,
    BoundedAnswerTransport,
    answer_to_quote,
    http,
    json_depth,
    parse_answer,
)
from services.runtime.printable import printable
from services.runtime.redact import RedactingFilter
from services.runtime.settings import Settings

ESCAPES = [
    "\x1b]0;pwned\x07",  # window title
    "\x1b]52;c;cHduZWQ=\x07",  # clipboard
    "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\",  # hyperlink
    "\x1b[2J\x1b[H",  # clear screen
    "\x1b[31mred\x1b[0m",
    "\x9b2J",  # 8-bit CSI
    "\x9d0;pwned\x9c",  # 8-bit OSC
    "\x1bP+q544e\x1b\\",  # DCS
    "\x1bc",  # reset
    "forged\nINFO line",
    "bidi \u202egnp.exe",
    "surrogate \ud800",
    "unterminated \x1b]0;title and the rest",
]
_UNSAFE = ("\x1b", "\x07", "\x9b", "\x9d", "\x9c", "\u202e", "\ud800")


@pytest.mark.parametrize("text", ESCAPES)
def test_printable_text_holds_no_escape_sequence_or_control(text: str) -> None:
    for shown in (printable(text), printable(text, multiline=True)):
        assert not any(c in shown for c in _UNSAFE), repr(shown)
        shown.encode("utf-8")  # writable by any encoder
    assert "\n" not in printable(text)


@given(st.text())
def test_any_text_is_printable_after_the_sanitiser(text: str) -> None:
    shown = printable(text)
    assert not any(0x00 <= ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in shown)
    shown.encode("utf-8")


def test_the_logging_filter_makes_every_argument_printable_and_keeps_numbers() -> None:
    record = logging.LogRecord(
        "x", logging.WARNING, __file__, 1, "phase %s: %d tries, %.1fs (%s)", None, None
    )
    record.args = ("layout\x1b]0;pwned\x07", 3, 0.25, ValueError("bad\nINFO forged"))
    RedactingFilter().filter(record)
    message = record.getMessage()
    assert message == "phase layout: 3 tries, 0.2s (bad INFO forged)", message


def test_the_cli_console_prints_styles_but_no_escape_from_text() -> None:
    out = io.StringIO()
    console = PrintableConsole(file=out, force_terminal=True, color_system="standard")
    table = Table(title="job")
    table.add_column("error")
    table.add_row(Text("".join(ESCAPES), style="red"))
    console.print(table)
    console.print("[red]error:[/] " + "".join(ESCAPES))
    printed = out.getvalue()
    assert "\x1b[31m" in printed  # rich's own colours pass
    for sequence in ("\x1b]", "\x07", "\x1b[2J", "\x1bP", "\x1bc", "\x9b", "\u202e"):
        assert sequence not in printed, repr(sequence)


# --- a model's answer ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000,
        '{"a":' * 100_000,
        '"' + '\\"' * 100_000,  # an unterminated string of escapes: no quadratic scan
        '{"heading": 1' + "0" * 5000 + "}",
        '{"heading": "\ud800"}',
        "x" * 2_000_001,
        "",
        None,
    ],
)
def test_a_hostile_answer_is_a_bad_answer_never_another_exception(content: str | None) -> None:
    started = time.monotonic()
    with pytest.raises(BadAnswer) as caught:
        parse_answer(content, artifacts_pb2.SectionCopy, max_chars=2_000_000, max_depth=32)
    assert time.monotonic() - started < 2.0
    assert len(str(caught.value)) <= 300 and "\ud800" not in str(caught.value)


def test_an_answer_is_read_for_its_depth_without_parsing() -> None:
    assert json_depth('{"a": "[[[[\\"[[", "b": [[1]]}') == 3
    assert json_depth("[" * 50 + "]" * 50) == 50
    assert (
        "\ud800" not in answer_to_quote("\ud800" * 10) and len(answer_to_quote("x" * 9999)) < 2100
    )


async def test_the_http_client_stops_reading_an_answer_past_its_bound() -> None:
    async def endless(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()  # chunked: no length to refuse it by
        await response.prepare(request)
        for _ in range(64):
            await response.write(b"x" * 1024 * 1024)
        return response

    async def declared(request: web.Request) -> web.Response:
        return web.Response(body=b"x" * 3 * 1024 * 1024)

    app = web.Application()
    app.router.add_get("/endless", endless)
    app.router.add_get("/declared", declared)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    transport = BoundedAnswerTransport(2 * 1024 * 1024, http.AsyncHTTPTransport())
    # The client hangs up mid-answer, on purpose: the test server need not log that as an error.
    server_log = logging.getLogger("aiohttp.server")
    server_log.disabled = True
    try:
        async with http.AsyncClient(transport=transport) as client:
            for path in ("/endless", "/declared"):
                with pytest.raises(AnswerTooLargeError):
                    await client.get(f"http://127.0.0.1:{port}{path}")
    finally:
        await runner.cleanup()
        server_log.disabled = False


# --- images and the site ----------------------------------------------------------------------


def _png(width: int, height: int, pixels: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(pixels, 9))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("width", "height", "pixels"),
    [
        (4294967295, 1, b"\x00" * 4),
        (1, 4294967295, b"\x00" * 4),
        (0, 0, b""),
        (10_000, 10_000, b"\x00" * 30_001),  # the header decides: no need for the rest
        (5000, 5000, b"\x00" * 15_001),  # under Pillow's bound, over ours
        (64, 64, b"\x00" * 10),  # truncated data
    ],
)
def test_an_image_that_lies_or_explodes_is_refused_without_a_retry(
    width: int, height: int, pixels: bytes
) -> None:
    data = _png(width, height, pixels)
    started = time.monotonic()
    with pytest.raises(ImageRefused) as caught:
        checked_image(RenderedImage(data, "image/png", 1, 1), 1024 * 1024, 4096 * 4096, 16 << 20)
    assert not caught.value.transient and time.monotonic() - started < 5.0


def test_settings_refuse_a_site_its_images_or_messages_cannot_hold() -> None:
    with pytest.raises(ValueError, match="SITEFARM_MAX_IMAGES"):
        Settings(max_images=200)
    with pytest.raises(ValueError, match="SITEFARM_MAX_SITE_MB"):
        Settings(max_site_mb=64, max_message_mb=64)
    defaults = Settings()
    assert defaults.max_images * defaults.max_image_bytes <= defaults.max_site_mb << 20


# --- the in-memory store ---------------------------------------------------------------------


class _Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_in_memory_store_forgets_finished_jobs_and_checkpoints_on_its_clock() -> None:
    async def run() -> None:
        clock = _Clock()
        store = MemoryJobStore(ttl_seconds=60, max_jobs=100, max_bytes=10_000, clock=clock)
        running, done = sitefarm_pb2.Job(job_id="running"), sitefarm_pb2.Job(job_id="done")
        for job in (running, done):
            await store.create_job(job)
        finished = sitefarm_pb2.JobEvent(kind=sitefarm_pb2.EVENT_KIND_JOB_FINISHED, sequence=1)
        await store.record(done, finished)
        for n in range(5):  # 15,000 bytes into a 10,000-byte store: the oldest go
            await store.put_checkpoint(f"c{n}", b"x" * 3000)
        assert await store.get_checkpoint("c0") is None and await store.get_checkpoint("c4")
        clock.now += 61
        await store.create_job(sitefarm_pb2.Job(job_id="later"))
        assert await store.get_job("done") is None  # finished, past its TTL
        assert await store.get_job("running") is not None  # a running job is never dropped
        assert await store.get_checkpoint("c4") is None

    asyncio.run(run())
