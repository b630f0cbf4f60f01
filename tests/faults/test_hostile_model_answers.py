"""A model server that answers with attacks, against the real processes (five phase services and
SiteFarm on the openai provider, the fake as the model): deep JSON, lone surrogates, a 30 MB
answer, huge numbers, escape sequences, and images that lie about their size or are bombs.
Each job ends in a defined state with a clear error where one is due; no process logs a
traceback or an escape sequence, the CLI prints none, and memory stays bounded."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import os
import re
import struct
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sitefarm.v1 import brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

from services.runtime.auth import bearer_interceptors
from services.runtime.settings import Settings
from testkit.briefs import BRIEF
from testkit.fake_openai import FakeOpenAIThread, LatencyConfig
from testkit.jobs import DONE, TERMINAL, site_files, state_name, watched_generate
from testkit.processes import ProcessStack, child_env, provider_env, spawn_stack, wait_serving
from testkit.safe_site import assert_safe_site
from testkit.watch import API_TOKEN, API_TOKENS

# Six processes and a job per case, a 30 MB answer and generated examples among them.
pytestmark = pytest.mark.slow
in_module_loop = pytest.mark.asyncio(loop_scope="module")

MB = 1024 * 1024
MAX_IMAGE_BYTES = Settings().max_image_bytes
# Peak resident memory of any process of the stack, far above what a job needs (about 150 MB)
# and far below what reading a 30 MB answer whole did (366 MB).
MAX_PROCESS_MB = 300
_ESCAPE = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")


@dataclass
class Stack:
    fake: FakeOpenAIThread
    processes: ProcessStack


@pytest.fixture(scope="module")
def stack(process_log_dir: Path) -> Iterator[Stack]:
    fake = FakeOpenAIThread(latency=LatencyConfig(chat=0.0, images=0.0))
    fake.start()
    processes = spawn_stack(
        "answers",
        provider_env(fake.base_url),
        process_log_dir,
        {
            "SITEFARM_API_TOKENS": API_TOKENS,
            "SITEFARM_NODE_RETRY_BASE_SECONDS": "0.02",
            "SITEFARM_NODE_RETRY_MAX_SECONDS": "0.1",
        },
    )
    try:
        wait_serving(*processes.processes)
        yield Stack(fake, processes)
    finally:
        processes.stop()
        fake.stop()


async def run_job(
    stack: Stack, faults: list[dict[str, Any]], brief: brief_pb2.ProjectConfig = BRIEF
) -> tuple[sitefarm_pb2.Job, dict[str, bytes]]:
    """A job under `faults`, and its site when it has one."""
    stack.fake.clear_faults()
    stack.fake.add_faults(faults)
    try:
        async with grpc.aio.insecure_channel(
            stack.processes.orchestrator.address, interceptors=bearer_interceptors(API_TOKEN)
        ) as channel:
            stub = sitefarm_pb2_grpc.SiteFarmStub(channel)
            job, _ = await watched_generate(stub, brief, deadline=120)
            files = await site_files(stub, job.job_id) if job.state in DONE else {}
    finally:
        stack.fake.clear_faults()
    return job, files


def chat(schema: str, content: str, times: int = 1) -> dict[str, Any]:
    """The fake answers the next `times` calls for `schema` with exactly `content`."""
    return {"kind": "malformed_json", "schema": schema, "content": content, "times": times}


def image(data: bytes) -> dict[str, Any]:
    """Every image call answered with `data` as the image."""
    content = base64.b64encode(data).decode()
    return {"kind": "schema_break", "endpoint": "images", "content": content, "times": 1000}


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png_claiming(width: int, height: int, zero_bytes: int = 4) -> bytes:
    """A PNG whose header says `width` x `height`, its data `zero_bytes` zeros compressed
    (a bomb when they are all the rows: 300 MB in about 300 KB)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    packer = zlib.compressobj(1)
    block = b"\x00" * (1 << 20)
    data = [packer.compress(block) for _ in range(zero_bytes >> 20)]
    data += [packer.compress(b"\x00" * (zero_bytes & ((1 << 20) - 1))), packer.flush()]
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(data))
        + _chunk(b"IEND", b"")
    )


def noise_png(width: int, height: int) -> bytes:
    """A real PNG that compresses badly: a few MB, over the site's share for one image."""
    out = io.BytesIO()
    Image.frombytes("RGB", (width, height), os.urandom(width * height * 3)).save(out, "PNG")
    return out.getvalue()


OSC = "\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J"
LAYOUT_WITH_ESCAPES = {"header_style": OSC, "container_width_px": 1100, "sections": []}

# name -> (faults, the job's end state, a phase that must have degraded or "")
CHAT_CASES: dict[str, tuple[list[dict[str, Any]], str, str]] = {
    "deeply nested array": ([chat("Layout", "[" * 200_000, times=2)], "COMPLETED", ""),
    "deeply nested object": ([chat("Layout", '{"a":' * 100_000, times=2)], "COMPLETED", ""),
    "lone surrogates": ([chat("Layout", '{"sections": "\ud800\udfff\ud800"}')], "COMPLETED", ""),
    "huge number": (
        [chat("Layout", '{"container_width_px": 1' + "0" * 5000 + "}")],
        "COMPLETED",
        "",
    ),
    "not an object": ([chat("SectionPlan", '"\\u0000\\u001b[2J"')], "COMPLETED", ""),
    "30 MB answer": ([chat("SeoStrategy", "x" * 30 * MB, times=1000)], "DEGRADED", "seo"),
}


@pytest.mark.parametrize("case", list(CHAT_CASES))
@in_module_loop
async def test_a_hostile_chat_answer_ends_the_job_in_a_defined_state(
    stack: Stack, case: str, tmp_path: Path
) -> None:
    faults, state, degraded = CHAT_CASES[case]
    job, files = await run_job(stack, faults)
    assert state_name(job) == state, job.error
    assert (degraded in job.degraded) if degraded else not job.degraded, list(job.degraded)
    assert_safe_site(files, tmp_path / "site")
    if case == "30 MB answer":
        seo = next(n for n in job.nodes if n.phase == "seo")
        assert "bytes" in seo.error and "Traceback" not in seo.error, seo.error


@in_module_loop
async def test_escape_sequences_in_an_answer_reach_no_log_no_error_and_no_terminal(
    stack: Stack, tmp_path: Path
) -> None:
    stack.fake.add_fault(
        "schema_break", schema="Layout", content=json.dumps(LAYOUT_WITH_ESCAPES), times=1000
    )
    try:
        # The user's CLI, a process of its own, against the stack: it prints the failure.
        brief = tmp_path / "brief.yaml"
        brief.write_text(json.dumps(json.loads(_brief_json())), encoding="utf-8")
        sitefarm = Path(sys.executable).with_name("sitefarm")
        address = stack.processes.orchestrator.address
        run = await asyncio.create_subprocess_exec(
            *(str(sitefarm), "generate", str(brief), "--out", str(tmp_path / "out")),
            *("--no-cache", "--address", address, "--token", API_TOKEN),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=child_env({"COLUMNS": "200", "TERM": "xterm-256color"}),
        )
        stdout, stderr = await asyncio.wait_for(run.communicate(), 120)
    finally:
        stack.fake.clear_faults()
    printed = stdout + stderr
    assert run.returncode == 1, printed.decode(errors="replace")
    assert b"layout" in printed and b"Invalid enum value" in printed, printed
    assert b"\x1b]" not in printed and b"\x07" not in printed and b"\x1b[2J" not in printed


def _brief_json() -> str:
    from google.protobuf import json_format

    return json_format.MessageToJson(BRIEF, preserving_proto_field_name=True)


IMAGE_CASES: dict[str, tuple[bytes, bool]] = {
    # name -> (the image answered, whether the images degrade to placeholders)
    "width 4294967295": (png_claiming(4294967295, 1), True),
    "height 4294967295": (png_claiming(1, 4294967295), True),
    "zero by zero": (png_claiming(0, 0), True),
    "decompression bomb": (png_claiming(10_000, 10_000, 30_001 * 10_000), True),
    "truncated": (noise_png(64, 64)[:200], True),
    "html called png": (b"\x89PNG\r\n\x1a\n<html><script>alert(1)</script></html>", True),
    "4 MB noise": (noise_png(1280, 1024), False),  # re-encoded smaller, kept
}


@pytest.mark.parametrize("case", list(IMAGE_CASES))
@in_module_loop
async def test_a_hostile_image_is_decoded_within_bounds_or_replaced(
    stack: Stack, case: str, tmp_path: Path
) -> None:
    data, degrades = IMAGE_CASES[case]
    job, files = await run_job(stack, [image(data)])
    assert job.state in DONE, job.error
    images = [n for n in job.nodes if n.phase == "image"]
    if degrades:
        assert images and all(n.node in job.degraded for n in images), list(job.degraded)
        assert all("Traceback" not in n.error and n.error for n in images)
    else:
        assert not job.degraded, list(job.degraded)
    assert_safe_site(files, tmp_path / "site")
    for path, content in files.items():
        if path.startswith("images/"):
            assert len(content) <= MAX_IMAGE_BYTES, (path, len(content))


# --- generated briefs and answers ----------------------------------------------------------

_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=80)  # protobuf: no surrogates
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=20,
)
_ANSWER = st.one_of(
    _JSON.map(lambda value: json.dumps(value, allow_nan=True)),
    _TEXT,
    st.integers(1, 3000).map(lambda depth: "[" * depth + "]" * depth),
)
_SCHEMAS = st.sampled_from(["Layout", "SectionPlan", "PagePlan", "SeoStrategy", "SiteCopy"])
_URLS = st.one_of(
    _TEXT,
    st.builds(lambda path: f"https://crumbandco.example{path}", _TEXT),
    st.sampled_from(["", "https://crumbandco.example", "https://a:b@x.example", "//x.example"]),
)
_BRIEFS = st.builds(
    brief_pb2.ProjectConfig,
    business_name=_TEXT,
    description=_TEXT,
    audience=_TEXT,
    tone=st.integers(0, 8),
    brand_colors=st.lists(st.one_of(_TEXT, st.from_regex(r"#[0-9a-f]{6}", fullmatch=True))),
    pages=st.lists(_TEXT, max_size=14),
    contact_email=st.one_of(_TEXT, st.emails()),
    site_url=_URLS,
    language=st.sampled_from(["", "en", "de", "ar", "he", "x", "en-GB", "zz-Latn-001"]),
)


_PROPERTY_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _brief_with(overrides: dict[str, Any]) -> brief_pb2.ProjectConfig:
    """The example brief with a few generated fields, so most examples get past the door."""
    made = brief_pb2.ProjectConfig()
    made.CopyFrom(BRIEF)
    for name, value in overrides.items():
        if isinstance(value, list):
            made.ClearField(name)  # type: ignore[arg-type]
            getattr(made, name).extend(value)
        else:
            setattr(made, name, value)
    return made


_OVERRIDES = st.fixed_dictionaries(
    {},
    optional={
        "business_name": _TEXT,
        "description": _TEXT,
        "pages": st.lists(_TEXT, max_size=14),
        "contact_email": st.one_of(_TEXT, st.emails()),
        "site_url": _URLS,
        "language": st.sampled_from(["en", "de", "fr", "es", "ar", "he", "en-GB", "x"]),
    },
)


@_PROPERTY_SETTINGS
@given(brief=st.one_of(_BRIEFS, _OVERRIDES.map(_brief_with)))
def test_a_generated_brief_is_refused_naming_its_fields_or_gives_a_safe_site(
    stack: Stack, tmp_path_factory: pytest.TempPathFactory, brief: brief_pb2.ProjectConfig
) -> None:
    _assert_defined_end(stack, tmp_path_factory, brief, [])


@_PROPERTY_SETTINGS
@given(schema=_SCHEMAS, answer=_ANSWER)
def test_a_generated_model_answer_ends_the_job_in_a_defined_state(
    stack: Stack, tmp_path_factory: pytest.TempPathFactory, schema: str, answer: str
) -> None:
    _assert_defined_end(stack, tmp_path_factory, BRIEF, [chat(schema, answer, times=2)])


def _assert_defined_end(
    stack: Stack,
    tmp_path_factory: pytest.TempPathFactory,
    brief: brief_pb2.ProjectConfig,
    faults: list[dict[str, Any]],
) -> None:
    """A brief is refused naming brief fields, or its job ends in a terminal state with no
    traceback in its error; a finished site is safe."""
    stack.fake.clear_faults()
    stack.fake.add_faults(faults)
    metadata = (("authorization", f"Bearer {API_TOKEN}"),)
    try:
        with grpc.insecure_channel(stack.processes.orchestrator.address) as channel:
            stub = sitefarm_pb2_grpc.SiteFarmStub(channel)
            request = sitefarm_pb2.GenerateRequest(
                brief=brief, options=sitefarm_pb2.JobOptions(no_cache=True)
            )
            try:
                events = list(stub.Generate(request, metadata=metadata, timeout=120))
            except grpc.RpcError as error:
                details = error.details() or ""  # type: ignore[attr-defined]
                assert error.code() == grpc.StatusCode.INVALID_ARGUMENT, details  # type: ignore[attr-defined]
                assert details.startswith("invalid request: brief") and "Traceback" not in details
                return
            job = stub.GetJob(
                sitefarm_pb2.GetJobRequest(job_id=events[-1].job_id), metadata=metadata
            ).job
            assert job.state in TERMINAL and "Traceback" not in job.error, job.error
            if job.state in DONE:
                files: dict[str, bytearray] = {}
                for chunk in stub.DownloadSite(
                    sitefarm_pb2.DownloadSiteRequest(job_id=job.job_id), metadata=metadata
                ):
                    files.setdefault(chunk.path, bytearray()).extend(chunk.chunk)
                out = tmp_path_factory.mktemp("generated") / "site"
                assert_safe_site({p: bytes(c) for p, c in files.items()}, out)
    finally:
        stack.fake.clear_faults()


def _peak_mb(pid: int) -> float:
    """The process's peak resident memory (Linux's VmHWM), 0 where /proc is not."""
    proc = Path(f"/proc/{pid}/status")
    if not proc.exists():
        return 0.0
    status = proc.read_text()
    found = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else 0.0


@in_module_loop
async def test_every_process_stayed_bounded_and_logged_no_traceback_or_escape(
    stack: Stack,
) -> None:
    """Runs last in this module: after every attack above."""
    for process in stack.processes.processes:
        assert process.popen.poll() is None, f"{process.name} died"
        assert _peak_mb(process.popen.pid) < MAX_PROCESS_MB, process.name
        log = process.log.read_bytes()
        assert b"Traceback" not in log and b" ERROR " not in log, (process.name, log[-3000:])
        assert not _ESCAPE.search(log), (process.name, _ESCAPE.search(log))
