"""OpenAI, or any OpenAI-compatible server, through the official SDK: one attempt per call, a
key from the rate limiter, the answer parsed straight into the task's proto message."""

from __future__ import annotations

import base64
import email.utils
import functools
import json
import logging
import re
import time
from collections.abc import Callable, Mapping
from typing import Any

import openai
from google.protobuf import json_format
from sitefarm.v1 import artifacts_pb2

from services.llm.keys import KeyGrant, ModelClass, RateLimiter
from services.llm.limiter.pool import make_limiter
from services.llm.schema import json_schema
from services.llm.tasks import ChatTask, Generated, ImageTask, M, RenderedImage
from services.llm.untrusted import (
    BadAnswer,
    BoundedAnswerTransport,
    answer_to_quote,
    http,
    parse_answer,
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


_DURATION = re.compile(
    r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?"
    r"(?:(\d+(?:\.\d+)?)ms)?$"
)


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The wait a provider asked for: retry-after-ms, retry-after or x-ratelimit resets."""
    if (ms := headers.get("retry-after-ms")) is not None:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    if (value := headers.get("retry-after")) is not None:
        try:
            return float(value)
        except ValueError:
            if parsed := email.utils.parsedate_to_datetime(value):
                return max(0.0, parsed.timestamp() - time.time())
    resets = []
    for name in ("x-ratelimit-reset-requests", "x-ratelimit-reset-tokens"):
        # The provider writes resets as Go durations: "1.2s", "6m0s", "20ms".
        if (value := headers.get(name)) and (m := _DURATION.match(value.strip())):
            h, mi, s, ms_part = (float(g) if g else 0.0 for g in m.groups())
            resets.append(h * 3600 + mi * 60 + s + ms_part / 1000)
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

    def __init__(self, settings: Settings, limiter: RateLimiter | None = None) -> None:
        keys = settings.api_keys()
        if not keys:
            raise ValueError(
                "SITEFARM_PROVIDER=openai needs OPENAI_API_KEY or SITEFARM_OPENAI_API_KEYS"
            )
        register_secrets(keys)
        self._settings = settings
        self._limiter: RateLimiter = limiter or make_limiter(settings)
        # SDK retries off: the gateway's loop is the only one, so limits and deadlines hold.
        self._client = openai.AsyncOpenAI(
            api_key=keys[0],
            base_url=settings.openai_base_url,
            max_retries=0,
            timeout=settings.provider_timeout_seconds,
            http_client=_bounded_http_client(settings),
        )
        self._clients: dict[str, openai.AsyncOpenAI] = {}

    async def aclose(self) -> None:
        """Close the HTTP connections (the per-key copies share the same client)."""
        await self._client.close()
        await self._limiter.aclose()

    def _client_for(self, grant: KeyGrant) -> openai.AsyncOpenAI:
        if grant.key.id not in self._clients:
            self._clients[grant.key.id] = self._client.with_options(api_key=grant.key.secret)
        return self._clients[grant.key.id]

    async def _call(
        self,
        model_class: ModelClass,
        tokens: int,
        call: Callable[[openai.AsyncOpenAI], Any],
        model: str = "",
        phase: str = "",
    ) -> Any:
        with telemetry.rate_limit_wait(model_class, tokens) as waited:
            grant = await self._limiter.acquire(model_class, tokens, call_context.priority.get())
            waited.granted(grant.key.id)
        operation, output = _OPERATIONS[model_class]
        with telemetry.model_call(operation, self.name, model, phase, output) as traced:
            try:
                response = await call(self._client_for(grant))
            except openai.OpenAIError as exc:
                traced.failed(type(exc).__name__, getattr(exc, "status_code", None))
                error = _provider_error(exc)
                if isinstance(error, RateLimitedError):
                    await self._limiter.cooldown(grant, error.retry_after or 1.0)
                    error.key_cooled_down = True
                await self._limiter.reconcile(
                    grant, 0 if isinstance(exc, openai.APIStatusError) else tokens
                )
                raise error from None
            except json.JSONDecodeError:  # a body that is no JSON: the SDK lets it through as is
                traced.failed("JSONDecodeError", None)
                await self._limiter.reconcile(grant, tokens)
                raise InvalidAnswerError("provider answered with a body that is not JSON") from None
            traced.answered_by(response, model)
            return grant, response

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
            grant, response = await self._call(
                ModelClass.CHAT,
                reserve,
                functools.partial(_create_completion, request=request),
                model,
                task.phase,
            )
            usage.attempts += 1
            if response.usage is not None:
                usage.input_tokens += response.usage.prompt_tokens
                usage.output_tokens += response.usage.completion_tokens
                await self._limiter.reconcile(grant, response.usage.total_tokens)
            else:
                await self._limiter.reconcile(grant, reserve)
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
        size = _closest_size(task.width, task.height)
        extra: dict[str, Any] = {}
        if model.startswith("dall-e"):
            extra["response_format"] = "b64_json"  # gpt-image models always answer in b64
        grant, response = await self._call(
            ModelClass.IMAGES,
            1,
            lambda client: client.images.generate(
                model=model, prompt=task.prompt, size=size, n=1, timeout=time_budget, **extra
            ),
            model,
            task.phase,
        )
        await self._limiter.reconcile(grant, 1)
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
        usage = artifacts_pb2.ModelUsage(provider=self.name, model=model, attempts=1)
        return RenderedImage(data, "image/png", width, height), usage


# The GenAI operation and output type of each kind of model call.
_OPERATIONS = {ModelClass.CHAT: ("chat", "json"), ModelClass.IMAGES: ("generate_content", "image")}


def _create_completion(client: openai.AsyncOpenAI, request: dict[str, Any]) -> Any:
    return client.chat.completions.create(**request)


def _closest_size(width: int, height: int) -> str:
    """The provider's fixed sizes: square, landscape or portrait, whichever fits best."""
    ratio = width / height if height else 1.0
    if ratio > 1.2:
        return "1536x1024"
    if ratio < 0.83:
        return "1024x1536"
    return "1024x1024"


def _png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return None


def _bounded_http_client(settings: Settings) -> http.AsyncClient:
    """The SDK's HTTP client with its own defaults, reading no answer past the bound."""
    transport = http.AsyncHTTPTransport(limits=_CONNECTION_LIMITS)
    max_bytes = settings.max_provider_answer_mb * 1024 * 1024
    return openai.DefaultAsyncHttpxClient(transport=BoundedAnswerTransport(max_bytes, transport))


# The SDK's own pool (openai._constants), kept when the transport is ours.
_CONNECTION_LIMITS = http.Limits(
    max_connections=1000, max_keepalive_connections=100, keepalive_expiry=5.0
)
