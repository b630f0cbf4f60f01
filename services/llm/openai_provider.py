"""OpenAI, or any OpenAI-compatible server, through the official SDK: one attempt per call, a
key from the rate limiter, the answer parsed straight into the task's proto message, and the
answer's rate-limit headers (200 or 429) handed back to the limiter with the usage."""

from __future__ import annotations

import base64
import dataclasses
import functools
import itertools
import json
import logging
import math
import time
from collections.abc import Callable, Mapping
from typing import Any

import openai
from google.protobuf import json_format
from sitefarm.v1 import artifacts_pb2

from services.llm.keys import KeyGrant, ModelClass
from services.llm.limiter.pool import make_limiter
from services.llm.limiter.reports import (
    ProviderReport,
    ProviderSyncedLimiter,
    duration_seconds,
    provider_report,
    retry_after_header,
)
from services.llm.schema import json_schema
from services.llm.tasks import ChatTask, Generated, ImageTask, M, RenderedImage
from services.llm.untrusted import (
    BadAnswer,
    BoundedAnswerTransport,
    answer_to_quote,
    http,
    parse_answer,
    requests_sent,
)
from services.runtime import call_context, telemetry
from services.runtime.errors import (
    InvalidAnswerError,
    ProviderError,
    RateLimitedError,
    TransientProviderError,
)
from services.runtime.redact import register_secrets
from services.runtime.settings import Settings

log = logging.getLogger(__name__)


def _estimate_tokens(text: str) -> int:
    # About four characters a token for English; the limiter corrects with real usage.
    return len(text) // 4 + 1


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The wait a provider asked for: retry-after-ms, retry-after or x-ratelimit resets."""
    if (asked := retry_after_header(headers)) is not None:
        return asked
    resets = [
        seconds
        for name in ("x-ratelimit-reset-requests", "x-ratelimit-reset-tokens")
        if (seconds := duration_seconds(headers.get(name))) is not None
    ]
    return max(resets) if resets else None


def _provider_error(exc: Exception) -> ProviderError:
    """The SDK's exception as a transient or permanent provider error (message redacted)."""
    if isinstance(exc.__cause__, ProviderError):  # ours, raised inside the SDK's HTTP read
        return exc.__cause__
    if isinstance(exc, openai.RateLimitError):
        return RateLimitedError(
            f"provider rate limit: {exc.message}", retry_after_seconds(exc.response.headers)
        )
    if isinstance(exc, openai.APIStatusError):
        retry_after = retry_after_seconds(exc.response.headers)
        if exc.status_code >= 500 or exc.status_code in (408, 409):
            return TransientProviderError(f"provider error {exc.status_code}", retry_after)
        return ProviderError(f"provider refused the call ({exc.status_code}): {exc.message}")
    if isinstance(exc, openai.APITimeoutError):
        return TransientProviderError("provider call timed out")
    if isinstance(exc, openai.APIConnectionError):
        return TransientProviderError("provider connection failed")
    return ProviderError(f"provider call failed: {type(exc).__name__}")


class OpenAIProvider:
    """OpenAI, or any OpenAI-compatible server, through the official SDK."""

    name = "openai"

    def __init__(self, settings: Settings, limiter: ProviderSyncedLimiter | None = None) -> None:
        keys = settings.api_keys()
        if not keys:
            raise ValueError(
                "SITEFARM_PROVIDER=openai needs OPENAI_API_KEY or SITEFARM_OPENAI_API_KEYS"
            )
        register_secrets(keys)
        self._settings = settings
        self._limiter: ProviderSyncedLimiter = limiter or make_limiter(settings)
        # SDK retries off: the gateway's loop is the only one, so limits and deadlines hold.
        # Several connection pools, calls taken in turn: an httpx pool walks all its
        # connections each time a request joins or leaves it, so with hundreds of calls in
        # flight one pool's bookkeeping costs more CPU than the calls (pydantic/httpx2#1169);
        # a pool per shard divides that by the shard count, with the same connections in all.
        pools = settings.provider_connection_pools
        self._pools = [
            openai.AsyncOpenAI(
                api_key=keys[0],
                base_url=settings.openai_base_url,
                max_retries=0,
                timeout=settings.provider_timeout_seconds,
                http_client=_bounded_http_client(settings, pools),
            )
            for _ in range(pools)
        ]
        self._turn = itertools.count()
        self._clients: dict[tuple[int, str], openai.AsyncOpenAI] = {}

    async def aclose(self) -> None:
        """Close the HTTP connections (the per-key copies share their pool's client)."""
        for pool in self._pools:
            await pool.close()
        await self._limiter.aclose()

    def _client_for(self, grant: KeyGrant) -> openai.AsyncOpenAI:
        """The next pool in turn, with the granted key."""
        shard = next(self._turn) % len(self._pools)
        if (shard, grant.key.id) not in self._clients:
            self._clients[shard, grant.key.id] = self._pools[shard].with_options(
                api_key=grant.key.secret
            )
        return self._clients[shard, grant.key.id]

    async def _call(
        self,
        model_class: ModelClass,
        tokens: int,
        call: Callable[[openai.AsyncOpenAI], Any],
        used_of: Callable[[Any], int],
        model: str = "",
        phase: str = "",
    ) -> Any:
        """One attempt: a key from the limiter, `call` on it (a raw-response SDK call), and the
        limiter told what the provider answered: its headers, and `used_of(answer)` units."""
        with telemetry.rate_limit_wait(model_class, tokens) as waited:
            grant = await self._limiter.acquire(model_class, tokens, call_context.priority.get())
            waited.granted(grant.key.id)
        operation, output = _OPERATIONS[model_class]
        report: ProviderReport | None = None
        sent: list[float] = []
        with telemetry.model_call(operation, self.name, model, phase, output) as traced:
            noting = requests_sent.set(sent)  # the transport notes when the request leaves
            try:
                raw = await call(self._client_for(grant))
                report = _sent_at(provider_report(raw.headers, model_class), sent)
                response = raw.parse()
            except openai.OpenAIError as exc:
                traced.failed(type(exc).__name__, getattr(exc, "status_code", None))
                error = _provider_error(exc)
                refused = isinstance(error, RateLimitedError)
                if isinstance(exc, openai.APIStatusError):
                    report = provider_report(exc.response.headers, model_class, refused)
                # A refusal is uncharged (the provider did not count it) and its dimension held;
                # any other failure keeps its charge: the provider may have counted it.
                await self._limiter.reconcile(grant, tokens, _sent_at(report, sent))
                if isinstance(error, RateLimitedError):
                    error.key_cooled_down = True
                raise error from None
            except json.JSONDecodeError:  # a body that is no JSON: the SDK lets it through as is
                traced.failed("JSONDecodeError", None)
                await self._limiter.reconcile(grant, tokens, report)
                raise InvalidAnswerError("provider answered with a body that is not JSON") from None
            finally:
                requests_sent.reset(noting)
            traced.answered_by(response, model)
            await self._limiter.reconcile(grant, used_of(response), report)
            return response

    async def chat(self, task: ChatTask[M], time_budget: float) -> Generated[M]:
        model = self._settings.chat_model
        schema = json_schema(task.response_type)
        inputs = {
            name: json_format.MessageToDict(message, preserving_proto_field_name=True)
            for name, message in task.inputs.items()
        }
        messages: list[dict[str, str]] = [
            {
                "role": "system",
                "content": task.instructions
                + "\nAnswer with one JSON object that follows the given schema, nothing else.",
            },
            *([{"role": "user", "content": task.reference}] if task.reference else []),
            {"role": "user", "content": json.dumps(inputs, ensure_ascii=False)},
        ]
        usage = artifacts_pb2.ModelUsage(provider=self.name, model=model)
        # One re-ask: the model sees its broken answer and the parser's complaint.
        for ask in range(2):
            max_tokens = self._settings.max_output_tokens
            reserve = _estimate_tokens(json.dumps(messages)) + max_tokens
            request: dict[str, Any] = {
                "model": model,
                "messages": list(messages),
                "max_completion_tokens": max_tokens,
                "response_format": {
                    "type": "json_schema",
                    "json_schema": {
                        "name": task.response_type.DESCRIPTOR.name,
                        "schema": schema,
                        "strict": True,
                    },
                },
                "timeout": time_budget,
            }
            response = await self._call(
                ModelClass.CHAT,
                reserve,
                functools.partial(_create_completion, request=request),
                functools.partial(_tokens_used, reserved=reserve),
                model,
                task.phase,
            )
            usage.attempts += 1
            if response.usage is not None:
                usage.input_tokens += response.usage.prompt_tokens
                usage.output_tokens += response.usage.completion_tokens
            content = response.choices[0].message.content if response.choices else None
            try:
                message = parse_answer(
                    content,
                    task.response_type,
                    self._settings.max_model_answer_chars,
                    self._settings.max_model_answer_depth,
                )
                return Generated(message, usage)
            except BadAnswer as problem:
                log.warning("phase %s: answer broke the schema (%s)", task.phase, problem)
                if ask == 1:
                    raise InvalidAnswerError(f"answer broke the schema twice: {problem}") from None
                messages += [
                    {"role": "assistant", "content": answer_to_quote(content)},
                    {
                        "role": "user",
                        "content": f"That answer is invalid: {problem}. "
                        "Answer again with JSON only, exactly following the schema.",
                    },
                ]
        raise AssertionError("unreachable")

    async def image(self, task: ImageTask, time_budget: float) -> tuple[RenderedImage, Any]:
        model = self._settings.image_model
        size = image_size(model, task.width, task.height)
        extra: dict[str, Any] = {}
        if model.startswith("dall-e"):
            extra["response_format"] = "b64_json"  # gpt-image models always answer in b64
        response = await self._call(
            ModelClass.IMAGES,
            1,
            lambda client: client.images.with_raw_response.generate(
                model=model, prompt=task.prompt, size=size, n=1, timeout=time_budget, **extra
            ),
            lambda _answer: 1,  # images are counted one a call, whatever their tokens
            model,
            task.phase,
        )
        usage = artifacts_pb2.ModelUsage(provider=self.name, model=model, attempts=1)
        if (tokens := getattr(response, "usage", None)) is not None:
            usage.input_tokens = tokens.input_tokens or 0
            usage.output_tokens = tokens.output_tokens or 0
        if not response.data or not response.data[0].b64_json:
            raise TransientProviderError("image answer had no image data")
        try:
            data = base64.b64decode(response.data[0].b64_json, validate=True)
        except ValueError:  # binascii.Error: not base64 at all
            raise InvalidAnswerError("image answer was not base64") from None
        # Only PNG is asked for: other bytes (an HTML or SVG page, say) never become a file.
        dimensions = _png_size(data)
        if dimensions is None:
            raise InvalidAnswerError("image answer was not a PNG")
        width, height = dimensions
        return RenderedImage(data, "image/png", width, height), usage


# The GenAI operation and output type of each kind of model call.
_OPERATIONS = {ModelClass.CHAT: ("chat", "json"), ModelClass.IMAGES: ("generate_content", "image")}


def _sent_at(report: ProviderReport | None, sent: list[float]) -> ProviderReport | None:
    """The report with when the request left: a process that stalled between the grant and
    the send (a busy loop, a starved CPU) would otherwise let its charge leave the limiter's
    window before it leaves the provider's."""
    if not sent:
        return report
    return dataclasses.replace(report or ProviderReport(), sent_ago=time.monotonic() - sent[-1])


def _create_completion(client: openai.AsyncOpenAI, request: dict[str, Any]) -> Any:
    return client.chat.completions.with_raw_response.create(**request)


def _tokens_used(response: Any, reserved: int) -> int:
    """The tokens a chat answer reports used, or the reservation when it reports none."""
    usage = getattr(response, "usage", None)
    return usage.total_tokens if usage is not None else reserved


# The sizes each image model accepts (width, height); models not named here (gpt-image-1's
# family, OpenAI-compatible servers) get gpt-image-1's.
IMAGE_SIZES: dict[str, tuple[tuple[int, int], ...]] = {
    "dall-e-2": ((256, 256), (512, 512), (1024, 1024)),
    "dall-e-3": ((1024, 1024), (1792, 1024), (1024, 1792)),
    "gpt-image-1": ((1024, 1024), (1536, 1024), (1024, 1536)),
}


def image_size(model: str, width: int, height: int) -> str:
    """The size `model` accepts that is closest to `width` x `height`: the nearest aspect
    ratio, then the smallest that covers the wanted pixels (else the largest)."""
    sizes = IMAGE_SIZES.get(model, IMAGE_SIZES["gpt-image-1"])
    wanted = width / height if width > 0 and height > 0 else 1.0

    def distance(size: tuple[int, int]) -> tuple[float, int, int]:
        w, h = size
        covers = w >= width and h >= height
        return (
            round(abs(math.log(w / h / wanted)), 9),
            0 if covers else 1,
            w * h if covers else -w * h,
        )

    w, h = min(sizes, key=distance)
    return f"{w}x{h}"


def _png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return None


def _bounded_http_client(settings: Settings, pools: int = 1) -> http.AsyncClient:
    """The SDK's HTTP client, its share of the SDK's connection limits (one of `pools`),
    reading no answer past the bound."""
    limits = http.Limits(
        max_connections=-(-_MAX_CONNECTIONS // pools),
        max_keepalive_connections=-(-_MAX_KEEPALIVE // pools),
        keepalive_expiry=5.0,
    )
    transport = http.AsyncHTTPTransport(limits=limits)
    max_bytes = settings.max_provider_answer_mb * 1024 * 1024
    return openai.DefaultAsyncHttpxClient(transport=BoundedAnswerTransport(max_bytes, transport))


# The SDK's own pool (openai._constants) in all, kept when the transport is ours.
_MAX_CONNECTIONS, _MAX_KEEPALIVE = 1000, 100
