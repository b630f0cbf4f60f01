"""The fake provider in a process of its own.

python -m testkit.fake_openai --port 0 --latency 0.05
"""

from __future__ import annotations

import argparse
import asyncio
import json

from .config import Counting, LatencyConfig, Limits, RandomFaults
from .elsewhere import serve_until_signalled
from .server import FakeOpenAI


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m testkit.fake_openai", description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="0 picks a free port (printed on stdout)")
    p.add_argument("--port-file", help="write the bound port to this file once listening")
    p.add_argument("--seed", default="0")
    p.add_argument("--latency", type=float, default=None, help="seconds for chat and images")
    p.add_argument("--latency-chat", type=float, default=None)
    p.add_argument("--latency-images", type=float, default=None)
    p.add_argument(
        "--route-latency",
        action="append",
        default=[],
        metavar="ROUTE=SECONDS",
        help="per json_schema-name (or prefix) latency; repeatable",
    )
    p.add_argument("--jitter", type=float, default=0.0, help="log-normal sigma (mean-preserving)")
    p.add_argument("--jitter-seed", type=int, default=0)
    p.add_argument("--rpm", type=float, default=None, help="default requests/min per key")
    p.add_argument("--tpm", type=float, default=None, help="default tokens/min per key")
    p.add_argument("--ipm", type=float, default=None, help="default images/min per key")
    p.add_argument(
        "--counting",
        choices=[c.value for c in Counting],
        default=Counting.CONTINUOUS_BUCKET.value,
        help="how usage is counted against the limits",
    )
    p.add_argument(
        "--limit-period", type=float, default=60.0, help="seconds a per-minute limit counts over"
    )
    p.add_argument("--limit-slices", type=int, default=60, help="quantized slices per period")
    p.add_argument("--allow-key", action="append", default=None, help="restrict to these keys")
    p.add_argument("--fault-rate", type=float, default=0.0)
    p.add_argument("--fault-seed", type=int, default=0)
    p.add_argument("--vary-by-prompt", action="store_true")
    p.add_argument("--config", help="JSON file in the POST /_fake/config shape, applied at start")
    return p.parse_args(argv)


def _build_from_args(args: argparse.Namespace) -> FakeOpenAI:
    latency = LatencyConfig(jitter_sigma=args.jitter, jitter_seed=args.jitter_seed)
    if args.latency is not None:
        latency.chat = latency.images = args.latency
    if args.latency_chat is not None:
        latency.chat = args.latency_chat
    if args.latency_images is not None:
        latency.images = args.latency_images
    for item in args.route_latency:
        route, _, seconds = item.partition("=")
        latency.routes[route] = float(seconds)
    seed: int | str = int(args.seed) if args.seed.lstrip("-").isdigit() else args.seed
    random_faults = (
        RandomFaults(rate=args.fault_rate, seed=args.fault_seed) if args.fault_rate else None
    )
    fake = FakeOpenAI(
        host=args.host,
        port=args.port,
        seed=seed,
        latency=latency,
        default_limits=Limits(rpm=args.rpm, tpm=args.tpm, ipm=args.ipm),
        counting=args.counting,
        limit_period=args.limit_period,
        limit_slices=args.limit_slices,
        allowed_keys=args.allow_key,
        random_faults=random_faults,
        vary_by_prompt=args.vary_by_prompt,
    )
    if args.config:
        with open(args.config, encoding="utf-8") as fh:
            fake.apply_config(json.load(fh))
    return fake


def main(argv: list[str] | None = None) -> None:
    args = _parse_args(argv)
    asyncio.run(serve_until_signalled(_build_from_args(args), args.port_file))


if __name__ == "__main__":
    main()
