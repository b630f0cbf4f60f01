"""Load processes for the limiter's multi-process tests and benchmark: chat calls through the
real gateway, as fast as the limiter allows, for as long as they are told; and `Fleet`, which
starts several of them and runs them together.

`python -m testkit.limiter_load` reads one order per line on stdin, a JSON object:
{"seconds": 5, "concurrency": 8, "skew": 3600, "settings": {"redis_url": null}}. The settings
are the SITEFARM_* environment with those fields replaced. For each order it builds a gateway,
makes one call to warm up, prints `ready`, waits for a `go` line (so every process starts
together), runs the load and prints its outcome counts. One process serves several runs, so
a test pays for the interpreter's start once.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitefarm.v1 import artifacts_pb2

from services.llm.gateway import Gateway
from services.llm.tasks import ChatTask
from services.runtime.errors import PhaseError
from services.runtime.settings import Settings
from testkit.fake_openai import CallRecord


def load_task() -> ChatTask[artifacts_pb2.SectionPlan]:
    """The same small question every time, so every call costs the same tokens."""
    return ChatTask(
        phase="load",
        instructions="Plan the sections of a small bakery's home page.",
        inputs={"section_plan": artifacts_pb2.SectionPlan()},
        response_type=artifacts_pb2.SectionPlan,
        offline=artifacts_pb2.SectionPlan,
    )


class SkewedClocks:
    """This process's clocks disagreeing with every other one's by `seconds`, while entered."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._saved: tuple[Callable[[], float], Callable[[], float]] | None = None

    def __enter__(self) -> None:
        wall, monotonic = self._saved = time.time, time.monotonic
        time.time = lambda: wall() + self.seconds  # type: ignore[assignment]
        time.monotonic = lambda: monotonic() + self.seconds  # type: ignore[assignment]

    def __exit__(self, *exc: object) -> None:
        assert self._saved is not None
        time.time, time.monotonic = self._saved  # type: ignore[assignment]


async def run(order: dict[str, Any]) -> dict[str, int]:
    gateway = Gateway(Settings(**order.get("settings", {})))
    outcomes: Counter[str] = Counter()
    try:
        await gateway.chat(load_task())  # connections, scripts and SDK first-use paid up front
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        end = time.monotonic() + float(order["seconds"])

        async def caller() -> None:
            while time.monotonic() < end:
                try:
                    await gateway.chat(load_task())
                    outcomes["ok"] += 1
                except PhaseError as error:
                    outcomes[type(error).__name__] += 1

        async with asyncio.TaskGroup() as group:
            for _ in range(int(order.get("concurrency", 8))):
                group.create_task(caller())
    finally:
        await gateway.aclose()
    return dict(outcomes)


ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Run:
    """One run of a fleet: when it started (time.monotonic), for how long, each process's
    outcome counts (`ok`, or the name of the error a call ended with)."""

    started: float
    seconds: float
    outcomes: list[dict[str, int]]


class Fleet:
    """`count` load processes with `env` on top of a clean environment, started once."""

    def __init__(self, count: int, env: Mapping[str, str]) -> None:
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("SITEFARM_", "OPENAI_"))}
        self.processes = [
            subprocess.Popen(
                [sys.executable, "-m", "testkit.limiter_load"],
                cwd=ROOT,
                env={**clean, **env},
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(count)
        ]

    def _send(self, process: subprocess.Popen[str], line: str) -> None:
        assert process.stdin is not None
        process.stdin.write(line + "\n")
        process.stdin.flush()

    def _receive(self, process: subprocess.Popen[str]) -> str:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"a load process exited with {process.wait(5)}")
        return line.strip()

    def run(
        self,
        settings: Mapping[str, Any],
        seconds: float,
        skews: Sequence[float] | None = None,
        concurrency: int = 8,
        before_start: Callable[[], None] = lambda: None,
    ) -> Run:
        """Every process under load for `seconds`, started together once all have warmed up
        (`before_start` runs in between); `settings` replace fields of each one's Settings."""
        for process, skew in zip(self.processes, skews or [0.0] * len(self.processes), strict=True):
            order = {"seconds": seconds, "concurrency": concurrency, "skew": skew,
                     "settings": dict(settings)}  # fmt: skip
            self._send(process, json.dumps(order))
        for process in self.processes:
            if (said := self._receive(process)) != "ready":
                raise RuntimeError(f"a load process said {said!r}")
        before_start()
        started = time.monotonic()
        for process in self.processes:
            self._send(process, "go")
        outcomes = [json.loads(self._receive(process)) for process in self.processes]
        return Run(started, seconds, outcomes)

    def close(self) -> None:
        for process in self.processes:
            if process.stdin is not None:
                process.stdin.close()
        for process in self.processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


@dataclass(frozen=True)
class Served:
    """What the provider served (calls and their tokens) between two times of a run."""

    requests: int
    tokens: int
    seconds: float


def served(calls: Sequence[CallRecord], begin: float, end: float) -> Served:
    """The provider's successful calls that started in [begin, end) (time.monotonic)."""
    window = [c for c in calls if c.outcome == "ok" and begin <= c.start < end]
    tokens = sum(c.prompt_tokens + c.completion_tokens for c in window)
    return Served(len(window), tokens, end - begin)


def main() -> None:
    while line := sys.stdin.readline():
        order = json.loads(line)
        with SkewedClocks(float(order.get("skew", 0.0))):
            outcome = asyncio.run(run(order))
        print(json.dumps(outcome), flush=True)


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    # Everything is closed and flushed; skip the interpreter's teardown (seconds, with grpc).
    os._exit(0)
