"""A virtual clock for the event loop: when every task waits on a timer, time jumps to the next
one instead of passing, so seconds of scheduling run in milliseconds and never flake."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class VirtualClock:
    """The running loop's `time()`, moved only by timers falling due.

    asyncio.sleep, asyncio.timeout and loop.time() all follow it. Only timers move it: with
    nothing scheduled, the loop waits for real I/O as usual, so code under test may use
    sockets, but a test that waits on the wall clock gains nothing from it.
    """

    def __init__(self, start: float) -> None:
        self._now = start

    def time(self) -> float:
        """Seconds on the virtual clock."""
        return self._now

    def _select(self, real_select: Any, timeout: float | None) -> Any:
        ready = real_select(0)
        if ready or timeout is None:
            return ready or real_select(None)
        # Nothing to do until the next timer: it is due now.
        self._now += max(0.0, timeout)
        return ready

    @classmethod
    @contextmanager
    def installed(cls) -> Iterator[VirtualClock]:
        """The running loop on a virtual clock while entered (a selector event loop)."""
        loop = asyncio.get_running_loop()
        selector = loop._selector  # type: ignore[attr-defined]
        real_select = selector.select
        clock = cls(loop.time())
        loop.time = clock.time  # type: ignore[method-assign]
        selector.select = lambda timeout=None: clock._select(real_select, timeout)
        try:
            yield clock
        finally:
            del loop.time
            del selector.select
