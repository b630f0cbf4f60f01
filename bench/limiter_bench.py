"""`python -m bench.limiter_bench`: what the rate limiter costs per call, and how much of the key
pool's limit a fleet of processes gets through it, shared Redis buckets beside per-process ones.

Overhead: one process against a local Redis (REDIS_URL, else a redis-server of its own), limits
so high that nobody waits, so the numbers are the limiter's own cost. Utilisation: processes
with their own gateway and limiter (testkit/limiter_load.py) calling the fake provider,
which enforces each key's limits and answers 429 past them, on a period scaled down so a run
takes seconds. Printed as one table; the goals are p50 < 0.5 ms, p99 < 2 ms, utilisation of at
least 95% and no 429 for the shared buckets.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import redis

from services.llm.gateway import Gateway
from services.llm.keys import ApiKey, ModelClass
from services.llm.limiter.buckets import Limits
from services.llm.limiter.local import LocalRateLimiter
from services.llm.limiter.pool import burst_share
from services.llm.limiter.redis_backend import RedisRateLimiter, redis_client
from services.runtime.settings import Settings
from testkit.fake_openai import FakeOpenAIThread, LatencyConfig
from testkit.limiter_load import Fleet, load_task, served
from testkit.redis_server import redis_server_on_free_port

KEYS = ("sk-bench-limiter-key-a-000000000000", "sk-bench-limiter-key-b-000000000000")
CHAT = ModelClass.CHAT


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
    try:
        for _ in range(200):  # connections made and the scripts loaded before measuring
            await limiter.reconcile(await limiter.acquire(CHAT, 300), 100)
        acquires, reconciles = [], []
        for _ in range(samples):
            started = time.perf_counter()
            grant = await limiter.acquire(CHAT, 300)
            acquired = time.perf_counter()
            await limiter.reconcile(grant, 100)
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


# --- utilisation ----------------------------------------------------------------------------------


@dataclass
class Utilisation:
    requests: float  # served over the run / what the limits allow over it (first fill + refill)
    tokens: float
    steady_requests: float  # served per second in the run's second half / the limit's rate
    steady_tokens: float
    served: int
    failed: int
    refused_429: int


class Pool:
    """The fake provider with both keys limited, on a clock scaled to `period`."""

    def __init__(self, period: float, requests: int) -> None:
        self.period = period
        self.requests = requests
        self.fake = FakeOpenAIThread(
            latency=LatencyConfig(chat=0.02), clock=lambda: time.monotonic() * 60 / period
        )
        self.fake.start()
        usage = asyncio.run(self._one_call())
        completion = self.fake.calls()[0].completion_tokens
        self.tokens_per_call = usage
        self.max_output_tokens = 2 * completion
        # Tokens bind as tightly as requests: both rates are measured against their limit.
        self.tokens = requests * usage

    async def _one_call(self) -> int:
        settings = Settings(
            provider="openai", openai_base_url=self.fake.base_url, openai_api_key=KEYS[0]
        )
        gateway = Gateway(settings)
        try:
            result = await gateway.chat(load_task())
        finally:
            await gateway.aclose()
        return result.usage.input_tokens + result.usage.output_tokens

    def fresh(self) -> None:
        self.fake.reset_buckets()
        self.fake.reset_stats()
        for key in KEYS:
            self.fake.set_limits(key, rpm=self.requests, tpm=self.tokens)

    def env(self) -> dict[str, str]:
        return {
            "SITEFARM_PROVIDER": "openai",
            "OPENAI_BASE_URL": self.fake.base_url,
            "SITEFARM_OPENAI_API_KEYS": ",".join(KEYS),
            "SITEFARM_CHAT_RPM": str(self.requests),
            "SITEFARM_CHAT_TPM": str(self.tokens),
            "SITEFARM_LIMITER_PERIOD_SECONDS": str(self.period),
            "SITEFARM_LIMITER_MAX_WAIT_SECONDS": "10",
            "SITEFARM_MAX_OUTPUT_TOKENS": str(self.max_output_tokens),
            "SITEFARM_RETRY_ATTEMPTS": "1",
            "SITEFARM_LOG_LEVEL": "WARNING",
        }


def measure_utilisation(
    pool: Pool, fleet: Fleet, redis_url: str | None, seconds: float
) -> Utilisation:
    pool.fresh()
    if redis_url is not None:
        redis.Redis.from_url(redis_url).flushdb()
    run = fleet.run({"redis_url": redis_url}, seconds, before_start=pool.fake.reset_stats)
    fill = burst_share(Settings(limiter_period_seconds=pool.period))
    requests_rate = len(KEYS) * pool.requests / pool.period
    tokens_rate = len(KEYS) * pool.tokens / pool.period
    end = run.started + run.seconds
    whole = served(pool.fake.calls(), run.started, end)
    half = served(pool.fake.calls(), run.started + run.seconds / 2, end)
    allowed = pool.period * fill + run.seconds  # seconds of refill the run may use
    return Utilisation(
        whole.requests / (requests_rate * allowed),
        whole.tokens / (tokens_rate * allowed),
        half.requests / (requests_rate * half.seconds),
        half.tokens / (tokens_rate * half.seconds),
        sum(o.get("ok", 0) for o in run.outcomes),
        sum(n for o in run.outcomes for name, n in o.items() if name != "ok"),
        pool.fake.stats()["status_429"],
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.limiter_bench", description=__doc__)
    parser.add_argument("--samples", type=int, default=5000, help="sequential acquires timed")
    parser.add_argument("--throughput-seconds", type=float, default=3.0)
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=12.0, help="length of a fleet run")
    parser.add_argument("--period", type=float, default=6.0, help="the limits' scaled minute")
    parser.add_argument("--rpm", type=int, default=120, help="requests per period per key")
    args = parser.parse_args()

    with local_redis() as url:
        overhead = {
            "shared (Redis)": asyncio.run(
                measure_overhead(url, args.samples, args.throughput_seconds)
            ),
            "per-process": asyncio.run(
                measure_overhead(None, args.samples, args.throughput_seconds)
            ),
        }
        pool = Pool(args.period, args.rpm)
        fleet = Fleet(args.processes, pool.env())
        try:
            used = {
                "shared (Redis)": measure_utilisation(pool, fleet, url, args.seconds),
                "per-process": measure_utilisation(pool, fleet, None, args.seconds),
            }
        finally:
            fleet.close()
            pool.fake.stop()

    print(
        f"\nrate limiter: {len(KEYS)} keys, {args.processes} processes x 8 callers, limits "
        f"{args.rpm} requests and {pool.tokens} tokens per key per {args.period:g}s period, "
        f"{args.seconds:g}s runs\n"
    )
    header = (
        "| limiter | acquire p50 | acquire p99 | reconcile p50 | acquires/s (1 process) "
        "| used: requests / tokens | steady rate: requests / tokens | calls ok / failed | 429s |"
    )
    print(header)
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in overhead:
        o, u = overhead[name], used[name]
        print(
            f"| {name} | {o.acquire_p50_ms:.3f} ms | {o.acquire_p99_ms:.3f} ms | "
            f"{o.reconcile_p50_ms:.3f} ms | {o.acquires_per_second:,.0f} | "
            f"{u.requests:.1%} / {u.tokens:.1%} | {u.steady_requests:.1%} / {u.steady_tokens:.1%} "
            f"| {u.served} / {u.failed} | {u.refused_429} |"
        )
    print(
        "\nused: what the provider served over a run, as a share of what the pool's limits allow "
        "over it (a full bucket plus its refill); steady rate: served per second in the run's "
        "second half, as a share of the limits' rate. Per-process buckets are held to the "
        "limits only by the provider's 429s."
    )


if __name__ == "__main__":
    main()
