"""CPU-bound work of a phase service (rendering a page, assembling a site) run off its event
loop, in threads or worker processes as the settings say, so concurrent calls overlap."""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

from services.runtime.settings import Settings

P = ParamSpec("P")
T = TypeVar("T")


class CpuPool:
    """A pool of `settings.cpu_workers` threads or processes for one service's CPU work.

    Processes are spawned, never forked: a fork of a process running gRPC is unsafe. What
    they run must be a module-level function of picklable arguments (proto messages are)."""

    def __init__(self, settings: Settings, warm: Callable[[], object] | None = None) -> None:
        self.processes = settings.cpu_processes
        self._executor: Executor
        if self.processes:
            self._executor = ProcessPoolExecutor(
                settings.cpu_workers, mp_context=multiprocessing.get_context("spawn")
            )
        else:
            self._executor = ThreadPoolExecutor(settings.cpu_workers, thread_name_prefix="cpu")
        if warm is not None:
            # Imports and template compiles happen now, not in the first call's time.
            for _ in range(settings.cpu_workers):
                self._executor.submit(warm)

    async def run(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """`function(*args, **kwargs)` in the pool; the loop serves other calls meanwhile."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._executor, functools.partial(function, *args, **kwargs)
        )

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
