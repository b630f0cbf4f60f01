"""The LLM gateway: the one path every model call takes, whichever provider answers it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sitefarm.v1 import artifacts_pb2

from services.llm.offline_provider import OfflineProvider
from services.llm.openai_provider import OpenAIProvider
from services.llm.tasks import ChatTask, Generated, ImageTask, M, Provider, RenderedImage
from services.llm.untrusted import bound_message
from services.runtime import call_context, telemetry
from services.runtime.backoff import full_jitter
from services.runtime.errors import (
    PhaseDeadlineError,
    PhaseError,
    ProviderError,
    RateLimitedError,
    TransientProviderError,
)
from services.runtime.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")


class Gateway:
    """Every model call goes through here: retries with jittered backoff, deadlines, usage."""

    def __init__(
        self,
        settings: Settings,
        provider: Provider | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._settings = settings
        self.provider: Provider = provider or make_provider(settings)
        self._sleep = sleep  # how back-offs wait: asyncio.sleep, or a recording one in tests

    async def aclose(self) -> None:
        """Release the provider's connections."""
        await self.provider.aclose()

    async def chat(self, task: ChatTask[M]) -> Generated[M]:
        """The phase's answer as its proto message, after retries if needed."""
        attempts = 0

        async def once(time_budget: float) -> Generated[M]:
            nonlocal attempts
            attempts += 1
            return await _read_answer(task.phase, self.provider.chat(task, time_budget))

        result = await self._with_retries(task.phase, once)
        result.usage.attempts = max(result.usage.attempts, attempts)
        # Untrusted input, whichever provider answered: plain text, bounded lengths.
        bounded = bound_message(
            result.message,
            self._settings.max_model_text_chars,
            self._settings.max_model_list_items,
        )
        if bounded.changed:
            log.info("phase %s: answer bounded (%s)", task.phase, bounded)
        return result

    async def image(self, task: ImageTask) -> tuple[RenderedImage, artifacts_pb2.ModelUsage]:
        """The image's bytes and what they cost, every attempt counted, after retries if needed."""
        attempts = 0

        async def once(time_budget: float) -> tuple[RenderedImage, artifacts_pb2.ModelUsage]:
            nonlocal attempts
            attempts += 1
            return await _read_answer(task.phase, self.provider.image(task, time_budget))

        image, usage = await self._with_retries(task.phase, once)
        usage.attempts = max(usage.attempts, attempts)
        return image, usage

    async def _with_retries(self, phase: str, attempt: Callable[[float], Any]) -> Any:
        settings = self._settings
        for number in range(1, settings.retry_attempts + 1):
            timeout = self._timeout()
            try:
                return await attempt(timeout)
            except TransientProviderError as error:
                if number == settings.retry_attempts:
                    raise
                if isinstance(error, RateLimitedError) and error.key_cooled_down:
                    # The limiter holds the refused dimension of that key for every caller:
                    # the next attempt asks it at once, and it picks another key or waits.
                    wait = 0.0
                else:
                    wait = full_jitter(
                        number,
                        base=settings.retry_base_seconds,
                        cap=settings.retry_max_seconds,
                        floor=error.retry_after or 0.0,
                    )
                if wait >= call_context.seconds_left():
                    raise PhaseDeadlineError(
                        f"phase {phase}: deadline passes before attempt {number + 1} ({error})"
                    ) from None
                telemetry.retried("provider", phase, number, type(error).__name__, wait)
                log.info(
                    "phase %s: attempt %d failed (%s), retrying in %.2fs",
                    phase,
                    number,
                    error,
                    wait,
                )
                if wait > 0:
                    await self._sleep(wait)
        raise AssertionError("unreachable")

    def _timeout(self) -> float:
        remaining = call_context.seconds_left()
        if remaining <= 0:
            raise PhaseDeadlineError("the caller's deadline has passed")
        return min(self._settings.provider_timeout_seconds, remaining)


async def _read_answer(phase: str, answer: Awaitable[T]) -> T:
    """The provider's answer, or a ProviderError saying it could not be read: whatever an
    answer makes the provider's client raise (an encoder refusing a lone surrogate, a field
    the SDK did not expect) ends as a clear status, never a traceback."""
    try:
        return await answer
    except PhaseError:
        raise
    except Exception as error:
        log.warning(
            "phase %s: the provider's answer could not be read (%s: %s)",
            phase,
            type(error).__name__,
            error,
        )
        raise ProviderError(
            f"the provider's answer could not be read ({type(error).__name__})"
        ) from None


def make_provider(settings: Settings) -> Provider:
    """The provider SITEFARM_PROVIDER names: offline unless openai is asked for."""
    if settings.provider == "openai":
        return OpenAIProvider(settings)
    return OfflineProvider()
