"""The deadline and priority of the call being served, set once per RPC for every layer below.

A phase servicer enters `serving(...)` with its caller's gRPC deadline and metadata; the
gateway's retries and the rate limiter's waits read them from here, so no wait outlives the
caller and the critical path is served first, without passing either through every signature.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# The gRPC metadata entry carrying a call's priority from the orchestrator to a phase service.
PRIORITY_METADATA = "sitefarm-priority"

# The absolute time.monotonic() by which the current call must answer; None: no deadline.
deadline: ContextVar[float | None] = ContextVar("deadline", default=None)

# Seconds of work left on the job's critical path after the current call: higher goes first.
priority: ContextVar[float] = ContextVar("priority", default=0.0)


def seconds_left() -> float:
    """Seconds until the current call's deadline; infinite when it has none."""
    end = deadline.get()
    return math.inf if end is None else end - time.monotonic()


def priority_of(metadata: Iterable[tuple[str, str | bytes]] | None) -> float:
    """The priority a caller sent in PRIORITY_METADATA; 0 when absent or unreadable."""
    for name, value in metadata or ():
        if name == PRIORITY_METADATA:
            try:
                seconds = float(value)
            except ValueError:
                return 0.0
            return seconds if math.isfinite(seconds) and seconds > 0 else 0.0
    return 0.0


def priority_metadata(seconds: float) -> tuple[tuple[str, str], ...]:
    """The gRPC metadata that tells a phase service how urgent a call is."""
    return ((PRIORITY_METADATA, f"{max(0.0, seconds):.3f}"),)


@contextmanager
def serving(
    time_remaining: float | None, metadata: Iterable[tuple[str, str | bytes]] | None
) -> Iterator[None]:
    """The deadline (`time_remaining` seconds from now) and priority (from the caller's
    metadata) of one RPC, for as long as it is served."""
    end = None if time_remaining is None else time.monotonic() + time_remaining
    deadline_token = deadline.set(end)
    priority_token = priority.set(priority_of(metadata))
    try:
        yield
    finally:
        deadline.reset(deadline_token)
        priority.reset(priority_token)
