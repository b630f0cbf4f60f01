"""Proves the fake OpenAI server behaves like the real API for the official ``openai`` SDK."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Literal

import jsonschema
import openai
import pytest
from openai import NOT_GIVEN, AsyncOpenAI, NotGiven
from openai.types.shared_params import ResponseFormatJSONSchema
from pydantic import BaseModel, Field

from testkit.fake_openai import (
    FakeControl,
    FakeOpenAI,
    FakeOpenAIThread,
    LatencyConfig,
    make_png,
)
from testkit.schema_faker import fake_from_schema

REPO_ROOT = Path(__file__).resolve().parents[2]

# A strict schema shaped like real structured-output requests: $defs/$ref, nested
# objects and arrays, enums, patterns, bounds, a nullable field and a recursive type.
SITE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["site_name", "palette", "pages", "nav"],
    "properties": {
        "site_name": {"type": "string", "minLength": 3, "maxLength": 40},
        "palette": {"$ref": "#/$defs/Palette"},
        "pages": {
            "type": "array",
            "minItems": 2,
            "maxItems": 4,
            "items": {"$ref": "#/$defs/Page"},
        },
        "nav": {"type": "array", "items": {"$ref": "#/$defs/NavItem"}},
    },
    "$defs": {
        "Palette": {
            "type": "object",
            "additionalProperties": False,
            "required": ["primary_hex", "accent_color", "mode"],
            "properties": {
                "primary_hex": {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$"},
                "accent_color": {"type": "string"},
                "mode": {"type": "string", "enum": ["light", "dark"]},
            },
        },
        "Page": {
            "type": "object",
            "additionalProperties": False,
            "required": ["slug", "title", "order", "score", "draft", "hero", "sections"],
            "properties": {
                "slug": {"type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"},
                "title": {"type": "string", "maxLength": 60},
                "order": {"type": "integer", "minimum": 1, "maximum": 9},
                "score": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
                "draft": {"type": "boolean"},
                "hero": {"anyOf": [{"$ref": "#/$defs/Hero"}, {"type": "null"}]},
                "sections": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["kind", "body"],
                        "properties": {
                            "kind": {"enum": ["text", "gallery", "faq"]},
                            "body": {"type": "string"},
                        },
                    },
                },
            },
        },
        "Hero": {
            "type": "object",
            "additionalProperties": False,
            "required": ["headline", "image_prompt"],
            "properties": {
                "headline": {"type": "string"},
                "image_prompt": {"type": "string", "minLength": 20},
            },
        },
        "NavItem": {
            "type": "object",
            "additionalProperties": False,
            "required": ["label", "page_id", "children"],
            "properties": {
                "label": {"type": "string"},
                "page_id": {"type": "string"},
                "children": {"type": "array", "items": {"$ref": "#/$defs/NavItem"}},
            },
        },
    },
}


def schema_format(name: str, schema: dict[str, Any] = SITE_SCHEMA) -> ResponseFormatJSONSchema:
    return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}


MESSAGES: list[Any] = [
    {"role": "system", "content": "You design websites."},
    {"role": "user", "content": "A bakery in Lisbon."},
]


@pytest.fixture
async def fake() -> AsyncIterator[FakeOpenAI]:
    async with FakeOpenAI(seed=7) as server:
        yield server


@pytest.fixture
async def client(fake: FakeOpenAI) -> AsyncIterator[AsyncOpenAI]:
    async with AsyncOpenAI(base_url=fake.base_url, api_key="sk-test-main", max_retries=0) as c:
        yield c


async def ask(
    client: AsyncOpenAI, name: str = "site_plan", client_timeout: float | NotGiven = NOT_GIVEN
) -> str:
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=MESSAGES,
        response_format=schema_format(name),
        timeout=client_timeout,  # the SDK per-request timeout, not an asyncio one
    )
    content = completion.choices[0].message.content
    assert content is not None
    return content


# -- content -------------------------------------------------------------------------------------


async def test_json_schema_answer_validates(fake: FakeOpenAI, client: AsyncOpenAI) -> None:
    completion = await client.chat.completions.create(
        model="gpt-test-model",
        messages=MESSAGES,
        response_format=schema_format("site_plan"),
    )
    assert completion.object == "chat.completion"
    assert completion.model == "gpt-test-model"
    choice = completion.choices[0]
    assert choice.finish_reason == "stop"
    content = choice.message.content
    assert content is not None
    data = json.loads(content)
    jsonschema.Draft202012Validator(SITE_SCHEMA).validate(data)
    assert data["palette"]["accent_color"].startswith("#")
    assert completion.usage is not None
    assert completion.usage.prompt_tokens == len(json.dumps(MESSAGES)) // 4
    assert completion.usage.completion_tokens == len(content) // 4
    assert completion.usage.total_tokens == (
        completion.usage.prompt_tokens + completion.usage.completion_tokens
    )
    # Same schema and seed give the same answer; it is what makes benchmarks repeatable.
    assert await ask(client) == content
    assert fake.stats()["requests"]["by_schema"] == {"site_plan": 2}


def test_generator_is_deterministic_and_valid_across_seeds() -> None:
    validator = jsonschema.Draft202012Validator(SITE_SCHEMA)
    outputs = {json.dumps(fake_from_schema(SITE_SCHEMA, seed)) for seed in range(40)}
    for out in outputs:
        validator.validate(json.loads(out))
    assert len(outputs) > 30
    assert fake_from_schema(SITE_SCHEMA, "x") == fake_from_schema(SITE_SCHEMA, "x")


class Block(BaseModel):
    kind: Literal["hero", "cta", "faq"]
    heading: str
    items: list[str] = Field(min_length=1, max_length=3)


class PagePlan(BaseModel):
    slug: str
    title: str
    blocks: list[Block]
    theme_color: str | None


async def test_sdk_parse_with_pydantic_model(client: AsyncOpenAI) -> None:
    completion = await client.chat.completions.parse(
        model="gpt-4o-mini", messages=MESSAGES, response_format=PagePlan
    )
    parsed = completion.choices[0].message.parsed
    assert isinstance(parsed, PagePlan)
    assert parsed.blocks and parsed.slug == parsed.slug.lower()
    assert parsed.theme_color is not None and parsed.theme_color.startswith("#")


async def test_plain_text_and_models(client: AsyncOpenAI) -> None:
    completion = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    text = completion.choices[0].message.content
    assert text and not text.startswith("{")
    models = [m.id async for m in client.models.list()]
    assert "gpt-4o-mini" in models


async def test_images_are_decodable_pngs(fake: FakeOpenAI, client: AsyncOpenAI) -> None:
    result = await client.images.generate(
        model="gpt-image-1", prompt="a red fox", size="1024x1536", n=2
    )
    assert result.data is not None and len(result.data) == 2
    raw = base64.b64decode(result.data[0].b64_json or "")
    assert raw.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", raw[16:24])
    assert (width, height) == (43, 64)
    # Walk the chunks to decode the pixels: 1 filter byte + 3 bytes per pixel per row.
    pos, idat = 8, b""
    while pos < len(raw):
        length = struct.unpack(">I", raw[pos : pos + 4])[0]
        tag = raw[pos + 4 : pos + 8]
        if tag == b"IDAT":
            idat += raw[pos + 8 : pos + 8 + length]
        pos += 12 + length
    assert len(zlib.decompress(idat)) == height * (1 + 3 * width)
    assert fake.images_generated == 2
    assert make_png(2, 2, (1, 2, 3)).endswith(b"IEND\xaeB`\x82")


# -- rate limits -------------------------------------------------------------------------------


async def test_rpm_limit_gives_429_with_headers(fake: FakeOpenAI, client: AsyncOpenAI) -> None:
    fake.set_limits("sk-test-main", rpm=3)
    raw = await client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=MESSAGES
    )
    assert raw.headers["x-ratelimit-limit-requests"] == "3"
    assert raw.headers["x-ratelimit-remaining-requests"] == "2"
    for _ in range(2):
        await ask(client)
    with pytest.raises(openai.RateLimitError) as info:
        await ask(client)
    headers = info.value.response.headers
    assert float(headers["retry-after"]) > 0
    assert int(headers["retry-after-ms"]) > 0
    assert headers["x-ratelimit-limit-requests"] == "3"
    assert headers["x-ratelimit-remaining-requests"] == "0"
    assert headers["x-ratelimit-reset-requests"].endswith("s")
    assert info.value.code == "rate_limit_exceeded"
    assert fake.rate_limited == 1
    assert fake.stats()["status_429"] == 1
    # Buckets are per key: another key is unaffected.
    async with AsyncOpenAI(base_url=fake.base_url, api_key="sk-test-other", max_retries=0) as c2:
        await ask(c2)


async def test_bucket_refills_continuously() -> None:
    now = [1000.0]
    async with FakeOpenAI(clock=lambda: now[0], limits={"sk-a": {"rpm": 3}}) as fake:
        async with AsyncOpenAI(base_url=fake.base_url, api_key="sk-a", max_retries=0) as client:
            for _ in range(3):
                await ask(client)
            with pytest.raises(openai.RateLimitError) as info:
                await ask(client)
            # 3 RPM refills one request every 20 s.
            assert float(info.value.response.headers["retry-after"]) == pytest.approx(20, abs=0.01)
            now[0] += 20.0
            await ask(client)
            with pytest.raises(openai.RateLimitError):
                await ask(client)


async def test_tpm_limit(fake: FakeOpenAI, client: AsyncOpenAI) -> None:
    fake.set_limits("sk-test-main", tpm=60)
    with pytest.raises(openai.RateLimitError) as info:
        await client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "x" * 400}]
        )
    assert info.value.response.headers["x-ratelimit-limit-tokens"] == "60"
    body = info.value.body
    assert isinstance(body, dict) and body["type"] == "tokens"


async def test_allow_list_rejects_unknown_keys(fake: FakeOpenAI, client: AsyncOpenAI) -> None:
    fake.set_allowed_keys(["sk-test-main"])
    await ask(client)
    async with AsyncOpenAI(base_url=fake.base_url, api_key="sk-intruder", max_retries=0) as c2:
        with pytest.raises(openai.AuthenticationError):
            await ask(c2)


# -- faults --------------------------------------------------------------------------------------


async def test_scripted_faults_apply_once(fake: FakeOpenAI, client: AsyncOpenAI) -> None:
    validator = jsonschema.Draft202012Validator(SITE_SCHEMA)
    fake.add_fault("status", status=503)
    fake.add_fault("malformed_json")
    fake.add_fault("schema_break")
    fake.add_fault("reset")
    fake.add_fault("empty", schema="other_phase")  # must not hit site_plan requests

    with pytest.raises(openai.InternalServerError) as info:
        await ask(client)
    assert info.value.status_code == 503
    with pytest.raises(json.JSONDecodeError):
        json.loads(await ask(client))
    assert not validator.is_valid(json.loads(await ask(client)))
    with pytest.raises(openai.APIConnectionError):
        await ask(client)
    validator.validate(json.loads(await ask(client)))

    assert await ask(client, name="other_phase") == ""
    assert json.loads(await ask(client, name="other_phase"))  # fault used up
    delivered = fake.stats()["faults_delivered"]
    assert delivered == {
        "status": 1,
        "malformed_json": 1,
        "schema_break": 1,
        "reset": 1,
        "empty": 1,
    }
    assert fake.pending_faults() == []


async def test_injected_429_and_hang(fake: FakeOpenAI, client: AsyncOpenAI) -> None:
    fake.add_fault("status", status=429, retry_after=0.35)
    with pytest.raises(openai.RateLimitError) as info:
        await ask(client)
    assert info.value.response.headers["retry-after"] == "0.35"
    assert info.value.response.headers["retry-after-ms"] == "350"

    fake.add_fault("hang", seconds=3)
    with pytest.raises(openai.APITimeoutError):
        await ask(client, client_timeout=0.2)
    # The abandoned handler is cancelled, so nothing stays "in flight".
    assert await fake.wait_for_async(lambda f: f.in_flight == 0, max_wait=2)
    assert fake.calls(outcome="cancelled")[0].fault == "hang"


async def test_random_faults_are_seeded(fake: FakeOpenAI, client: AsyncOpenAI) -> None:
    async def run() -> list[int]:
        fake.set_random_faults(0.5, seed=3)
        codes = []
        for _ in range(12):
            try:
                await ask(client)
                codes.append(200)
            except openai.InternalServerError as exc:
                codes.append(exc.status_code)
        return codes

    first = await run()
    assert 0 < first.count(500) < 12
    assert await run() == first


# -- concurrency and latency ---------------------------------------------------------------------


async def test_max_in_flight_is_measured(fake: FakeOpenAI, client: AsyncOpenAI) -> None:
    fake.set_latency(chat=0.15, images=0.15)
    gate = asyncio.Semaphore(3)

    async def limited(name: str) -> None:
        async with gate:
            await ask(client, name=name)

    await asyncio.gather(*(limited(f"page.{i}") for i in range(7)))
    assert fake.max_in_flight(endpoint="chat") == 3
    assert fake.max_in_flight(schema_prefix="page.") == 3
    assert fake.stats()["in_flight"]["max"] == 3

    fake.reset_stats()
    await asyncio.gather(*(ask(client, name="plan") for _ in range(5)))
    await asyncio.gather(*(client.images.generate(prompt=f"p{i}") for i in range(2)))
    assert fake.max_in_flight(schema="plan") == 5
    assert fake.max_in_flight(endpoint="images") == 2
    assert fake.stats()["in_flight"]["max_by_schema"] == {"plan": 5}

    fake.reset_stats()
    fake.set_latency(chat=0.01)
    for _ in range(4):
        await ask(client, name="seq")
    assert not fake.overlapped(schema="seq")
    assert fake.request_count(schema="seq") == 4


async def test_latency_by_endpoint_route_and_jitter(client: AsyncOpenAI, fake: FakeOpenAI) -> None:
    fake.set_latency(chat=0.1, routes={"slow": 0.3, "page.": 0.2})

    async def timed(name: str) -> float:
        t0 = time.monotonic()
        await ask(client, name=name)
        return time.monotonic() - t0

    assert 0.1 <= await timed("plan") < 0.25
    assert 0.3 <= await timed("slow") < 0.45
    assert 0.2 <= await timed("page.home") < 0.35  # longest-prefix route match
    call = fake.calls(schema="slow")[0]
    assert call.end is not None and call.end - call.start >= 0.3

    # Concurrent requests each sleep on their own: 5 x 0.2 s take ~0.2 s, not 1 s.
    t0 = time.monotonic()
    await asyncio.gather(*(ask(client, name="page.x") for _ in range(5)))
    assert time.monotonic() - t0 < 0.5

    delays = []
    for _ in range(2):
        async with FakeOpenAI(
            latency=LatencyConfig(chat=0.01, jitter_sigma=0.5, jitter_seed=9)
        ) as f:
            async with AsyncOpenAI(base_url=f.base_url, api_key="k", max_retries=0) as c:
                for _ in range(3):
                    await ask(c)
            delays.append([r.latency for r in f.calls()])
    assert delays[0] == delays[1] and len(set(delays[0])) == 3


# -- other ways to run it ------------------------------------------------------------------------


def test_thread_runner_and_http_control() -> None:
    with FakeOpenAIThread(seed=1) as fake:
        control = FakeControl(fake.base_url)
        assert control.healthy()
        control.configure(limits={"sk-sync": {"rpm": 1}}, faults=[{"kind": "empty", "times": 1}])
        client = openai.OpenAI(base_url=fake.base_url, api_key="sk-sync", max_retries=0)
        with client:
            first = client.chat.completions.create(
                model="m", messages=MESSAGES, response_format=schema_format("x")
            )
            assert first.choices[0].message.content == ""
            with pytest.raises(openai.RateLimitError):
                client.chat.completions.create(model="m", messages=MESSAGES)
        stats = control.stats(calls=True, schema="x")
        assert stats["requests"]["by_key"] == {"sk-sync": 2}
        assert stats["rate_limited"] == 1 and stats["max_in_flight_filtered"] == 1
        assert len(stats["calls"]) == 2
        assert fake.stats()["requests"]["total"] == 2  # attribute access reaches the server
        control.reset()
        assert fake.stats()["requests"]["total"] == 0


def test_runs_as_a_module_process(tmp_path: Path) -> None:
    port_file = tmp_path / "port"
    argv = ["--port", "0", "--latency", "0.01", "--port-file", str(port_file)]
    with subprocess.Popen(
        [sys.executable, "-m", "testkit.fake_openai", *argv],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    ) as proc:
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline().strip()
            assert line.startswith("FAKE_OPENAI_BASE_URL=http://127.0.0.1:")
            base_url = line.split("=", 1)[1]
            assert base_url.endswith(f":{port_file.read_text()}/v1")
            with openai.OpenAI(base_url=base_url, api_key="sk-proc", max_retries=0) as client:
                reply = client.chat.completions.create(
                    model="m", messages=MESSAGES, response_format=schema_format("proc")
                )
            jsonschema.validate(json.loads(reply.choices[0].message.content or ""), SITE_SCHEMA)
            assert FakeControl(base_url).stats()["requests"]["by_schema"] == {"proc": 1}
        finally:
            proc.terminate()
            # SIGTERM is handled: the server shuts down cleanly and exits 0.
            assert proc.wait(timeout=5) == 0
