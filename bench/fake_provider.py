"""`python -m bench.fake_provider`: the fake OpenAI server in a process of its own, every call
delayed by its node's scaled plan latency (and seeded noise), its call log keyed by node."""

from __future__ import annotations

import argparse
import asyncio
import time

from bench.plan import node_of_call, node_seconds
from testkit.fake_openai import FakeOpenAI, RequestInfo, serve_until_signalled


def build(time_scale: float, sigma: float, seed: int, port: int = 0) -> FakeOpenAI:
    """The fake: latency by node, and rate-limit buckets that run on plan time.

    Buckets refill per plan minute (time_scale real minutes), so the per-minute limits a
    scenario sets keep their meaning when the whole run is scaled down."""

    def route(info: RequestInfo) -> str | None:
        return node_of_call(info.endpoint, info.schema, info.body)

    def latency(info: RequestInfo) -> float | None:
        if info.route is None:
            return None
        return node_seconds(info.route, time_scale, sigma, seed)

    def plan_clock() -> float:
        return time.monotonic() / time_scale

    return FakeOpenAI(
        port=port,
        seed=seed,
        latency_fn=latency,
        route_key=route,
        clock=plan_clock if time_scale > 0 else time.monotonic,
        max_log=1_000_000,
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.fake_provider", description=__doc__)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--time-scale", type=float, required=True, help="real s per plan s")
    parser.add_argument("--sigma", type=float, default=0.0, help="log-normal noise per node")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    asyncio.run(
        serve_until_signalled(build(args.time_scale, args.sigma, args.seed), args.port_file)
    )


if __name__ == "__main__":
    main()
