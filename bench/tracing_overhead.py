"""`python -m bench.tracing_overhead`: what tracing costs the orchestration, per phase.

The same jobs run twice on farms of real processes: once with no OTLP endpoint (telemetry
installs nothing) and once exporting every span and metric to an OTLP receiver on loopback.
The provider answers at once (time scale 0), so a node's time is all orchestration: the RPC,
the servicer, the gateway, the fake's HTTP round trip, and, when on, the spans. Printed side by
side: mean seconds per node of each phase, and the job's makespan.

    python -m bench.tracing_overhead --jobs 5
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sitefarm.v1 import sitefarm_pb2

from bench.harness import ProviderSpec, clean_environment, farm, run_job
from orchestrator.graph import GRAPH
from orchestrator.report import node_seconds
from services.runtime.brief import load_brief
from testkit.otlp_receiver import OtlpReceiver

BRIEF = Path(__file__).resolve().parents[1] / "examples" / "bakery.yaml"


def tracing_env(receiver: OtlpReceiver | None) -> dict[str, str]:
    """The environment of every process: no endpoint (off), or all signals to `receiver`."""
    if receiver is None:
        return {}
    return {
        "OTEL_EXPORTER_OTLP_ENDPOINT": receiver.endpoint,
        "OTEL_TRACES_SAMPLER": "parentbased_always_on",
        # The defaults of a deployment: batches every 5 s, metrics every 60 s.
        "OTEL_BSP_SCHEDULE_DELAY": "5000",
    }


@dataclass
class Measured:
    """Seconds per node of each phase, and the makespans, over every job of one setting."""

    per_phase: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    makespans: list[float] = field(default_factory=list)


async def measure(jobs: int, env: Mapping[str, str], warmup: int = 1) -> Measured:
    """`jobs` dag jobs (after `warmup` unmeasured ones) on a farm started with `env`."""
    brief = load_brief(BRIEF)
    measured = Measured()
    async with farm(ProviderSpec(time_scale=0.0), service_env=env) as running:
        await running.start_orchestrator(env)
        for number in range(warmup + jobs):
            result = await run_job(running.stub, brief, sitefarm_pb2.SCHEDULE_MODE_DAG)
            if number < warmup:
                continue  # imports, connections and caches warm up on the first job
            measured.makespans.append(result.makespan_s)
            for node in result.job.nodes:
                measured.per_phase[node.phase].append(node_seconds(node))
    return measured


def report(off: Measured, on: Measured, spans: int) -> str:
    """The two settings side by side, in milliseconds."""
    lines = [f"{'phase':<16}{'off ms':>10}{'on ms':>10}{'delta ms':>10}{'delta %':>9}"]
    for phase in GRAPH.phases:
        if not off.per_phase.get(phase) or not on.per_phase.get(phase):
            continue
        before = statistics.mean(off.per_phase[phase]) * 1000
        after = statistics.mean(on.per_phase[phase]) * 1000
        change = after - before
        lines.append(
            f"{phase:<16}{before:>10.2f}{after:>10.2f}{change:>10.2f}"
            f"{change / before * 100 if before else 0:>8.1f}%"
        )
    every_off = [s for seconds in off.per_phase.values() for s in seconds]
    every_on = [s for seconds in on.per_phase.values() for s in seconds]
    before, after = statistics.mean(every_off) * 1000, statistics.mean(every_on) * 1000
    lines.append(
        f"{'any node':<16}{before:>10.2f}{after:>10.2f}{after - before:>10.2f}"
        f"{(after - before) / before * 100:>8.1f}%"
    )
    before = statistics.median(off.makespans) * 1000
    after = statistics.median(on.makespans) * 1000
    lines.append(
        f"{'job (median)':<16}{before:>10.1f}{after:>10.1f}{after - before:>10.1f}"
        f"{(after - before) / before * 100:>8.1f}%"
    )
    lines.append(f"spans exported while on: {spans}")
    return "\n".join(lines)


async def main(jobs: int) -> None:
    clean_environment()
    off = await measure(jobs, tracing_env(None))
    with OtlpReceiver() as receiver:
        on = await measure(jobs, tracing_env(receiver))
        spans = len(receiver.snapshot())
    print(report(off, on, spans))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.tracing_overhead", description=__doc__)
    parser.add_argument("--jobs", type=int, default=5, help="measured jobs per setting")
    asyncio.run(main(parser.parse_args().jobs))
