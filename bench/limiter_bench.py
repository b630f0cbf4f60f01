"""`python -m bench.limiter_bench`: what the rate limiter costs per call, and whether two stacks
of real processes sharing one key pool stay inside it however the provider counts, shared Redis
counts beside per-process ones.

Overhead: one process against a local Redis (REDIS_URL, else a redis-server of its own), limits
so high that nobody waits, so the numbers are the limiter's own cost. The proof (issue 14): two
stacks, an orchestrator and the five phase services each, on one Redis and one pool of two keys
(40 requests and 40,000 tokens per key per minute, the minute scaled down to 12 seconds), through
jobs while the fake provider counts in each of its ways (a sliding window charged at
admission and never refunded, a continuous bucket settled to usage, quantized slices); then the
same runs with every process counting alone (testkit/limiter_stacks.py). Goals: acquire p50 <
0.5 ms and p99 < 2 ms; shared, in every counting: no 429, the binding limit at least 90% used,
every job completed, and where the provider counts by the minute, no key ever over its limit
within one.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import redis

from services.llm.keys import ApiKey, ModelClass
from services.llm.limiter.buckets import Limits
from services.llm.limiter.local import LocalRateLimiter
from services.llm.limiter.redis_backend import RedisRateLimiter, redis_client
from services.llm.limiter.reports import provider_report
from testkit.fake_openai import Counting
from testkit.limiter_stacks import (
    PER_PROCESS,
    KeyPool,
    Outcome,
    fake_provider,
    run_counting,
    stack_pair,
    table,
)
from testkit.redis_server import redis_server_on_free_port

KEYS = ("sk-bench-limiter-key-a-000000000000", "sk-bench-limiter-key-b-000000000000")
CHAT = ModelClass.CHAT
P50_GOAL_MS, P99_GOAL_MS = 0.5, 2.0
UTILISATION_GOAL = 0.9
# A provider's answer with room to spare, as its x-ratelimit headers say it.
ROOMY_HEADERS = {
    "x-ratelimit-limit-requests": "1000000000",
    "x-ratelimit-remaining-requests": "999999999",
    "x-ratelimit-reset-requests": "1ms",
    "x-ratelimit-limit-tokens": "1000000000000",
    "x-ratelimit-remaining-tokens": "999999999700",
    "x-ratelimit-reset-tokens": "1ms",
}


@contextmanager
def local_redis() -> Iterator[str]:
    """REDIS_URL, or a redis-server of this run's own on a free port."""
    if url := os.environ.get("REDIS_URL"):
        yield url
        return
    if shutil.which("redis-server") is None:
        raise SystemExit("needs redis-server on PATH or REDIS_URL")
    with redis_server_on_free_port() as url:
        yield url


# --- overhead -----------------------------------------------------------------------------------


@dataclass
class Overhead:
    acquire_p50_ms: float
    acquire_p99_ms: float
    reconcile_p50_ms: float
    acquires_per_second: float


def _percentile(samples: list[float], share: float) -> float:
    return statistics.quantiles(samples, n=1000)[round(share * 1000) - 1]


async def measure_overhead(redis_url: str | None, samples: int, seconds: float) -> Overhead:
    keys = [ApiKey.of(k) for k in KEYS]
    roomy = Limits(10**9, 10**12)  # nobody ever waits: only the limiter's own cost is measured
    limits = {(m, k.id): roomy for k in keys for m in ModelClass}
    limiter: LocalRateLimiter | RedisRateLimiter
    if redis_url is None:
        limiter = LocalRateLimiter(keys, limits)
    else:
        redis.Redis.from_url(redis_url).flushdb()
        limiter = RedisRateLimiter(keys, limits, redis_client(redis_url))
    # Every answer's headers reach the limiter with its usage: the reconcile timed is that one.
    report = provider_report(ROOMY_HEADERS, CHAT)
    try:
        for _ in range(200):  # connections made and the scripts loaded before measuring
            await limiter.reconcile(await limiter.acquire(CHAT, 300), 100, report)
        acquires, reconciles = [], []
        for _ in range(samples):
            started = time.perf_counter()
            grant = await limiter.acquire(CHAT, 300)
            acquired = time.perf_counter()
            await limiter.reconcile(grant, 100, report)
            acquires.append(acquired - started)
            reconciles.append(time.perf_counter() - acquired)
        count = 0
        end = time.monotonic() + seconds

        async def caller() -> None:
            nonlocal count
            while time.monotonic() < end:
                await limiter.acquire(CHAT, 300)
                count += 1

        async with asyncio.TaskGroup() as group:
            for _ in range(32):
                group.create_task(caller())
        return Overhead(
            _percentile(acquires, 0.5) * 1000,
            _percentile(acquires, 0.99) * 1000,
            _percentile(reconciles, 0.5) * 1000,
            count / seconds,
        )
    finally:
        await limiter.aclose()


# --- the proof: two stacks, one key pool, each way of counting -----------------------------------


def prove(pool: KeyPool, redis_url: str, jobs: int, log_dir: Path) -> list[Outcome]:
    """Every counting with the stacks sharing Redis, then every counting with per-process
    counts, each run through `jobs` jobs."""
    fake = fake_provider()
    outcomes: list[Outcome] = []
    try:
        for shared in (redis_url, None):
            if shared:
                redis.Redis.from_url(shared).flushdb()
            with stack_pair(fake, pool, shared, log_dir) as pair:
                for counting in Counting:
                    outcomes.append(run_counting(pair, fake, pool, counting, jobs))
                    print(table(outcomes[-1:]).splitlines()[-1], flush=True)
    finally:
        fake.stop()
    return outcomes


def goals(overhead: Overhead, outcomes: list[Outcome], jobs: int) -> list[str]:
    """Each goal, met or missed (and by how much)."""

    def line(met: bool, text: str) -> str:
        return f"{'met   ' if met else 'MISSED'} {text}"

    lines = [
        line(overhead.acquire_p50_ms < P50_GOAL_MS, f"acquire p50 < {P50_GOAL_MS} ms (Redis)"),
        line(overhead.acquire_p99_ms < P99_GOAL_MS, f"acquire p99 < {P99_GOAL_MS} ms (Redis)"),
    ]
    for o in outcomes:
        if o.limiter == PER_PROCESS:
            continue
        checks = {
            f"{o.rate_limited} 429s": o.rate_limited == 0,
            f"{o.utilisation:.1%} used": o.utilisation >= UTILISATION_GOAL,
            f"{o.completed}/{jobs} jobs completed": o.completed == jobs,
            # A provider counting by the slice judges by its 429s alone, as the load test does.
            f"{o.max_window:,.0f} of {o.limit:,} in a minute": o.max_window <= o.limit
            or o.counting is Counting.QUANTIZED,
        }
        missed = [what for what, met in checks.items() if not met]
        goal = (
            f"shared, {o.counting.value}: no 429, >= {UTILISATION_GOAL:.0%} of the binding limit "
            "used, every job completed"
            + ("" if o.counting is Counting.QUANTIZED else ", no key over its limit in a minute")
        )
        lines.append(line(not missed, goal + (f" ({'; '.join(missed)})" if missed else "")))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.limiter_bench", description=__doc__)
    parser.add_argument("--samples", type=int, default=5000, help="sequential acquires timed")
    parser.add_argument("--throughput-seconds", type=float, default=3.0)
    parser.add_argument("--jobs", type=int, default=8, help="jobs a run, shared by both stacks")
    parser.add_argument("--period", type=float, default=12.0, help="the limits' scaled minute")
    args = parser.parse_args()
    pool = KeyPool(period=args.period)

    with local_redis() as url:
        overhead = {
            "shared (Redis)": asyncio.run(
                measure_overhead(url, args.samples, args.throughput_seconds)
            ),
            "per-process": asyncio.run(
                measure_overhead(None, args.samples, args.throughput_seconds)
            ),
        }
        with tempfile.TemporaryDirectory(prefix="bench-limiter-") as log_dir:
            outcomes = prove(pool, url, args.jobs, Path(log_dir))

    print("\nrate limiter, its own cost (one process, limits nobody reaches):\n")
    print("| limiter | acquire p50 | acquire p99 | reconcile p50 (with headers) | acquires/s |")
    print("|---|---:|---:|---:|---:|")
    for name, o in overhead.items():
        print(
            f"| {name} | {o.acquire_p50_ms:.3f} ms | {o.acquire_p99_ms:.3f} ms "
            f"| {o.reconcile_p50_ms:.3f} ms | {o.acquires_per_second:,.0f} |"
        )
    print(
        f"\ntwo stacks (orchestrator and five phase services each), {args.jobs} jobs a run, "
        f"keys {len(KEYS)} x {pool.requests} requests and {pool.tokens:,} tokens a minute, the "
        f"minute scaled to {pool.period:g} s; quantized: {pool.slices} slices a minute:\n"
    )
    print(table(outcomes))
    print(
        "\nbinding limit used: what the provider counted in the binding dimension within a "
        "minute, as a share of the pool's limit, averaged over the run's minutes (work is queued "
        "throughout). Most one key took in a minute: the most one key was charged within any "
        "minute."
    )
    print("\n" + "\n".join(goals(overhead["shared (Redis)"], outcomes, args.jobs)))


if __name__ == "__main__":
    main()
