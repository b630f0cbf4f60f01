"""`python -m bench.fake_provider`: the fake OpenAI server in a process of its own, answering
each node its scripted answer and delaying it by the plan's latency for its node or, with
`--latency tokens`, by what it answers (token-aware); its call log keyed by node."""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bench.plan import PHASE_OF_SCHEMA, node_of_call, node_seconds
from testkit.fake_openai import FakeOpenAI, RequestInfo, serve_until_signalled
from testkit.fake_openai.latency import CHAT_SPEEDS, IMAGE_SPEEDS, TokenLatency


def build(
    time_scale: float,
    sigma: float,
    seed: int,
    answers: Mapping[str, Any],
    latency_model: str = "plan",
    chat_model: str = "gpt-4.1-mini",
    image_model: str = "gpt-image-1",
    port: int = 0,
) -> FakeOpenAI:
    """The fake: answers and latency by node, and rate-limit buckets that run on plan time.

    Buckets refill per plan minute (time_scale real minutes), so the per-minute limits a
    scenario sets keep their meaning when the whole run is scaled down."""

    def route(info: RequestInfo) -> str | None:
        return node_of_call(info.endpoint, info.schema, info.body)

    def plan_latency(info: RequestInfo) -> float | None:
        if info.route is None:
            return None
        return node_seconds(info.route, time_scale, sigma, seed)

    def plan_clock() -> float:
        return time.monotonic() / time_scale

    token_latency = None
    if latency_model == "tokens":
        token_latency = TokenLatency(
            CHAT_SPEEDS[chat_model], IMAGE_SPEEDS[image_model], time_scale, sigma, seed
        )
    fake = FakeOpenAI(
        port=port,
        seed=seed,
        latency_fn=plan_latency if latency_model == "plan" else None,
        token_latency=token_latency,
        route_key=route,
        clock=plan_clock if time_scale > 0 else time.monotonic,
        max_log=1_000_000,
    )
    for schema, phase in PHASE_OF_SCHEMA.items():
        fake.set_answer(schema, _answer_by_node(schema, phase, answers))
    return fake


def _answer_by_node(schema: str, phase: str, answers: Mapping[str, Any]) -> Any:
    def answer(body: dict[str, Any]) -> Mapping[str, Any]:
        node = node_of_call("chat", schema, body) or phase
        return answers[node] if node in answers else answers[phase]

    return answer


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.fake_provider", description=__doc__)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--answers", required=True, help="JSON: each node's answer object")
    parser.add_argument("--time-scale", type=float, required=True, help="real s per plan s")
    parser.add_argument("--sigma", type=float, default=0.0, help="log-normal noise per node")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--latency", choices=("plan", "tokens"), default="plan")
    parser.add_argument("--chat-model", default="gpt-4.1-mini", choices=sorted(CHAT_SPEEDS))
    parser.add_argument("--image-model", default="gpt-image-1", choices=sorted(IMAGE_SPEEDS))
    args = parser.parse_args()
    answers = json.loads(Path(args.answers).read_text(encoding="utf-8"))
    fake = build(
        args.time_scale,
        args.sigma,
        args.seed,
        answers,
        args.latency,
        args.chat_model,
        args.image_model,
    )
    asyncio.run(serve_until_signalled(fake, args.port_file))


if __name__ == "__main__":
    main()
