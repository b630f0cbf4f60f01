"""When a phase call is tried again and after how long: transient status codes, the server's
RetryInfo, the node's deadline and the code base's one back-off (full jitter)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import grpc
from google.protobuf.message import Message
from google.rpc import error_details_pb2

from orchestrator.settings import OrchestratorSettings
from orchestrator.status import status_details
from services.runtime.backoff import full_jitter

# Worth another attempt: the service is away or busy, one attempt ran out of time, the
# model answered outside the schema (INTERNAL), or the replica cancelled the call (CANCELLED
# comes from the server side: a drain past its grace; our own cancelling raises
# CancelledError instead). Anything else will fail the same way again.
TRANSIENT_CODES = frozenset(
    {
        grpc.StatusCode.UNAVAILABLE,
        grpc.StatusCode.CANCELLED,
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        grpc.StatusCode.DEADLINE_EXCEEDED,
        grpc.StatusCode.INTERNAL,
        grpc.StatusCode.ABORTED,
    }
)

# One attempt: its number (1-based) and the seconds it may take; answers the phase's response.
Attempt = Callable[[int, float], Awaitable[Message]]
# Told before each wait: the attempt that failed, why, and the seconds until the next one.
OnRetry = Callable[[int, str, float], Awaitable[None]]


class NodeFailure(Exception):
    """A node's last attempt failed; the message says why (never a stack trace)."""


def retry_delay(error: grpc.aio.AioRpcError) -> float | None:
    """The wait a RESOURCE_EXHAUSTED answer asked for in google.rpc.RetryInfo, if any."""
    for info in status_details(error, error_details_pb2.RetryInfo):
        return info.retry_delay.ToTimedelta().total_seconds()
    return None


def backoff_seconds(
    attempt: int, error: grpc.aio.AioRpcError, settings: OrchestratorSettings
) -> float:
    """The wait after failed attempt `attempt`: full jitter, the server's RetryInfo a floor."""
    return full_jitter(
        attempt,
        base=settings.node_retry_base_seconds,
        cap=settings.node_retry_max_seconds,
        floor=retry_delay(error) or 0.0,
    )


async def call_with_retries(
    attempt: Attempt, on_retry: OnRetry, settings: OrchestratorSettings
) -> Message:
    """`attempt` until it answers, while its failures are transient, within the node's
    attempts and deadline; raises NodeFailure saying why it gave up. Time is the event loop's,
    so a test's clock can drive it."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + settings.node_deadline_seconds
    attempts = settings.node_retry_attempts
    for number in range(1, attempts + 1):
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise NodeFailure(f"node deadline of {settings.node_deadline_seconds:g}s passed")
        try:
            return await attempt(number, min(settings.node_attempt_seconds, remaining))
        except grpc.aio.AioRpcError as error:
            reason = f"{error.code().name}: {error.details() or 'no details'}"
            if error.code() not in TRANSIENT_CODES:
                raise NodeFailure(reason) from None
            if number == attempts:
                raise NodeFailure(f"{reason} (after {number} attempts)") from None
            wait = backoff_seconds(number, error, settings)
            if loop.time() + wait >= deadline:
                raise NodeFailure(f"{reason} (node deadline before next attempt)") from None
        await on_retry(number, reason, wait)
        await asyncio.sleep(wait)
    raise AssertionError("unreachable")
