"""The six scenarios: seed, jitter, rate_bound (modes side by side against the lower bound),
tokens (token-aware latency, the graph against the plan's graph), overhead (per phase, at zero
provider latency) and scale (concurrent jobs on one orchestrator)."""

from __future__ import annotations

import asyncio
import functools
import importlib.util
import os
import statistics
import time
import uuid
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from sitefarm.v1 import brief_pb2, sitefarm_pb2

from bench.harness import (
    CpuMeter,
    Farm,
    JobResult,
    ProviderSpec,
    RssSampler,
    farm,
    free_port,
    redis_server,
    run_job,
    spawn,
)
from bench.langgraph_peer import build_graph, generate_site
from bench.phase_client import direct_chain
from bench.plan import (
    IMAGE_COUNT,
    PLAN_ESTIMATE_SECONDS,
    TOKENS_PAGES,
    ScriptedPlan,
    bench_brief,
    critical_path_seconds,
    image_sizes,
    plan_durations,
    rate_floor_seconds,
    scripted_plan,
    token_durations,
)
from bench.plan_graph import PLAN_GRAPH
from orchestrator.graph import GRAPH, PhaseGraph
from orchestrator.nodes import new_job
from orchestrator.phase_clients import PhaseClients
from orchestrator.run_loop import JobRun
from orchestrator.settings import OrchestratorSettings
from orchestrator.store import MemoryJobStore
from services.llm import openai_provider
from services.llm.gateway import Gateway
from services.llm.limiter.redis_backend import REDIS_PREFIX
from services.llm.tasks import ChatTask
from services.runtime.settings import Settings
from testkit.fake_openai.latency import CHAT_SPEEDS, IMAGE_SPEEDS, TokenLatency

MODES = {
    "sequential": sitefarm_pb2.SCHEDULE_MODE_SEQUENTIAL,
    "waves": sitefarm_pb2.SCHEDULE_MODE_WAVES,
    "dag": sitefarm_pb2.SCHEDULE_MODE_DAG,
}
PEERS = (*MODES, "langgraph")
# The fake has no limits unless a scenario sets some; neither has the limiter then.
UNLIMITED_POOL = {"SITEFARM_CHAT_RPM": "0", "SITEFARM_CHAT_TPM": "0", "SITEFARM_IMAGES_IPM": "0"}
CALL_TIMEOUT = 300.0


@dataclass(frozen=True)
class BenchConfig:
    """What one `make bench` measures, and at which scale."""

    time_scale: float = 0.05  # real seconds per plan second (tokens: per model second)
    repeats: int = 3  # runs per mode; the median is reported (sequential: once)
    jitter_repeats: int = 5  # jitter: runs per mode, each compared run by run
    sigma: float = 0.5  # jitter: log-normal sigma per call
    seed: int = 0  # jitter: fixed seed
    rate_keys: int = 2  # rate_bound: keys in the pool
    rate_ipm: int = 3  # rate_bound: images per plan minute per key
    tokens_chat_model: str = "gpt-4.1-mini"  # tokens: whose speed the fake answers at
    tokens_image_model: str = "gpt-image-1"
    overhead_jobs: int = 10
    scale_jobs: tuple[int, ...] = (1, 10, 50, 100)
    scale_time_scale: float = 0.5
    scenarios: tuple[str, ...] = ("seed", "jitter", "rate_bound", "tokens", "overhead", "scale")

    def orchestrator_env(self, **more: str) -> dict[str, str]:
        """Caps that leave every fan-out free (the pool, not a cap, is what limits), and room
        for the scale scenario's jobs."""
        most = str(max(self.scale_jobs, default=1) * 2)
        return {
            "SITEFARM_IMAGE_CONCURRENCY": str(IMAGE_COUNT),
            "SITEFARM_MAX_RUNNING_JOBS": most,
            "SITEFARM_MAX_JOBS_PER_CALLER": most,
            **more,
        }


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = q / 100 * (len(ordered) - 1)
    low, high = int(rank), min(int(rank) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


# --- seed, jitter, rate_bound: the modes and LangGraph against the bound ---------------------


@dataclass
class ModeRuns:
    """Every run of every peer in one scenario."""

    makespans: dict[str, list[float]] = field(default_factory=lambda: {p: [] for p in PEERS})
    status_429: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PEERS, 0))
    served: dict[str, float] = field(default_factory=dict)  # node -> latency the fake served


async def _forget_limits(redis_url: str | None) -> None:
    """Every limiter bucket back to full, so each run meets the same pool."""
    if redis_url is None:
        return
    client = aioredis.Redis.from_url(redis_url)
    try:
        keys = [k async for k in client.scan_iter(match=f"{REDIS_PREFIX}*")]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


async def _one_run(
    running: Farm, peer: str, graph: Any, runs: ModeRuns | None, brief: brief_pb2.ProjectConfig
) -> float:
    await asyncio.to_thread(running.fake.reset, stats=True, buckets=True)
    await _forget_limits(running.redis_url)
    if peer == "langgraph":
        started = time.perf_counter()
        site = await generate_site(graph, brief)
        makespan = time.perf_counter() - started
        assert site.files, "LangGraph built an empty site"
    else:
        makespan = (await run_job(running.stub, brief, MODES[peer])).makespan_s
    if runs is not None:
        runs.makespans[peer].append(makespan)
        await _record_served(running, runs, peer)
    return makespan


async def _record_served(running: Farm, runs: ModeRuns, peer: str) -> None:
    stats = await asyncio.to_thread(running.fake.stats, calls=True)
    runs.status_429[peer] = runs.status_429.get(peer, 0) + int(stats["status_429"])
    for call in stats["calls"]:
        if call["outcome"] != "rate_limited":
            runs.served[call["route"]] = call["latency"]


async def compare_modes(
    config: BenchConfig,
    provider: ProviderSpec,
    service_env: Mapping[str, str],
    redis_url: str | None = None,
    default_caps: bool = False,
    repeats: int | None = None,
) -> ModeRuns:
    """sequential, waves, dag and LangGraph on one farm, interleaved run by run."""
    brief = bench_brief()
    runs = ModeRuns()
    async with farm(provider, redis_url, service_env) as running:
        await running.start_orchestrator(config.orchestrator_env())
        stubs = PhaseClients(running.service_settings)
        graph = build_graph(stubs, CALL_TIMEOUT)
        try:
            # Warm-up: connections, lazy imports and caches of every process, not measured.
            await _one_run(running, "dag", graph, None, brief)
            await _one_run(running, "langgraph", graph, None, brief)
            for repeat in range(repeats or config.repeats):
                for peer in PEERS:
                    if peer == "sequential" and repeat > 0:
                        continue  # long and steady: once is enough
                    await _one_run(running, peer, graph, runs, brief)
            if default_caps:
                # The same dag with the shipped per-job caps (images: 5 at a time).
                await running.start_orchestrator(
                    {k: v for k, v in config.orchestrator_env().items() if "CONCURRENCY" not in k}
                )
                await _one_run(running, "dag", graph, None, brief)
                runs.makespans["dag_default_caps"] = [
                    await _one_run(running, "dag", graph, None, brief)
                    for _ in range(config.repeats)
                ]
        finally:
            await stubs.close()
    return runs


def _mode_figures(runs: ModeRuns) -> dict[str, Any]:
    figures: dict[str, Any] = {f"{p}_s": median(runs.makespans[p]) for p in PEERS}
    if "dag_default_caps" in runs.makespans:
        figures["dag_default_caps_s"] = median(runs.makespans["dag_default_caps"])
    figures["runs_s"] = {p: [round(m, 4) for m in ms] for p, ms in runs.makespans.items()}
    figures["status_429"] = runs.status_429
    return figures


def _served_as_planned(runs: ModeRuns, durations: Mapping[str, float]) -> bool:
    """The fake served every node that calls it the latency the bound was computed from (the
    site is assembled without a call)."""
    called = {n: d for n, d in durations.items() if n.partition("[")[0] != "site"}
    return set(called) <= set(runs.served) and all(
        abs(runs.served[n] - d) < 1e-9 for n, d in called.items()
    )


def _waves_floor(durations: Mapping[str, float], graph: PhaseGraph = GRAPH) -> float:
    """What any schedule with a barrier per level needs: the sum of each level's longest node."""
    longest: dict[int, float] = {}
    for node, seconds in durations.items():
        level = graph.levels[node.partition("[")[0]]
        longest[level] = max(longest.get(level, 0.0), seconds)
    return sum(longest.values())


def _bench_provider(config: BenchConfig, plan: ScriptedPlan, **more: Any) -> ProviderSpec:
    return ProviderSpec(config.time_scale, plan.answer_objects(), **more)


async def seed_scenario(config: BenchConfig) -> dict[str, Any]:
    """The plan's latencies, scaled; the plan's graph's bound beside the graph's."""
    plan = scripted_plan(bench_brief())
    durations = plan_durations(plan, config.time_scale)
    bound, path = critical_path_seconds(plan, durations)
    plan_graph = plan_durations(plan, config.time_scale, graph=PLAN_GRAPH)
    plan_bound, plan_path = critical_path_seconds(plan, plan_graph, PLAN_GRAPH)
    runs = await compare_modes(
        config, _bench_provider(config, plan), UNLIMITED_POOL, default_caps=True
    )
    return {
        **_mode_figures(runs),
        "time_scale": config.time_scale,
        "bound_s": bound,
        "critical_path": path,
        "plan_graph_bound_s": plan_bound,
        "plan_graph_critical_path": plan_path,
        "plan_estimate_s": PLAN_ESTIMATE_SECONDS * config.time_scale,
        "sequential_floor_s": sum(durations.values()),
        "served_as_planned": _served_as_planned(runs, durations),
    }


async def jitter_scenario(config: BenchConfig) -> dict[str, Any]:
    """The same with log-normal noise per call, drawn per node from a fixed seed; each run of
    dag is compared with the same-numbered runs of waves and LangGraph."""
    plan = scripted_plan(bench_brief())
    durations = plan_durations(plan, config.time_scale, config.sigma, config.seed)
    bound, path = critical_path_seconds(plan, durations)
    provider = _bench_provider(config, plan, sigma=config.sigma, seed=config.seed)
    runs = await compare_modes(config, provider, UNLIMITED_POOL, repeats=config.jitter_repeats)
    made = runs.makespans
    below_both = sum(
        dag < waves and dag < langgraph
        for dag, waves, langgraph in zip(made["dag"], made["waves"], made["langgraph"], strict=True)
    )
    return {
        **_mode_figures(runs),
        "time_scale": config.time_scale,
        "bound_s": bound,
        "critical_path": path,
        "runs_dag_below_waves_and_langgraph": below_both,
        "runs": len(made["dag"]),
        "waves_floor_s": _waves_floor(durations),
        "graph_limit": graph_limit(plan, config.sigma, config.seed),
        "sequential_floor_s": sum(durations.values()),
        "sigma": config.sigma,
        "seed": config.seed,
        "served_as_planned": _served_as_planned(runs, durations),
    }


def graph_limit(plan: ScriptedPlan, sigma: float, seed: int, seeds: int = 1000) -> dict[str, Any]:
    """The best dag / waves any scheduler could reach: the critical path over the sum of each
    level's longest node, for this draw and across many seeds of the same noise (no run)."""

    def best(draw: int) -> float:
        durations = plan_durations(plan, 1.0, sigma, draw)
        return critical_path_seconds(plan, durations)[0] / _waves_floor(durations)

    ratios = [best(s) for s in range(seeds)]
    return {
        "this_seed": best(seed),
        "seeds": seeds,
        "mean": statistics.fmean(ratios),
        "p10": percentile(ratios, 10),
        "p90": percentile(ratios, 90),
        "share_at_most_0_90": sum(r <= 0.90 for r in ratios) / seeds,
    }


async def rate_bound_scenario(config: BenchConfig) -> dict[str, Any]:
    """A pool of few keys with few images per minute: the pool, not the graph, is the floor.

    Limits are per plan minute on both sides: the fake's buckets run on plan time, and the
    limiter's period is one plan minute, so the scaled run keeps the plan's proportions."""
    plan = scripted_plan(bench_brief())
    durations = plan_durations(plan, config.time_scale)
    critical, path = critical_path_seconds(plan, durations)
    period = 60.0 * config.time_scale
    burst = config.rate_keys * config.rate_ipm
    floor = rate_floor_seconds(plan, durations, "image", burst, burst / period)
    keys = tuple(f"sk-bench-rate-{i:04d}" for i in range(config.rate_keys))
    provider = _bench_provider(config, plan, keys=keys, limits={"ipm": config.rate_ipm})
    service_env = {
        **UNLIMITED_POOL,
        "SITEFARM_IMAGES_IPM": str(config.rate_ipm),
        "SITEFARM_LIMITER_PERIOD_SECONDS": repr(period),
        **_scaled_limiter_times(config.time_scale),
    }
    async with redis_server() as redis_url:
        runs = await compare_modes(config, provider, service_env, redis_url)
    return {
        **_mode_figures(runs),
        "time_scale": config.time_scale,
        "bound_s": max(critical, floor),
        "critical_path_s": critical,
        "rate_floor_s": floor,
        "critical_path": path,
        "pool": {
            "keys": config.rate_keys,
            "images_per_plan_minute_per_key": config.rate_ipm,
            "limiter": "redis" if redis_url else "in process",
        },
        "served_as_planned": _served_as_planned(runs, durations),
    }


def _scaled_limiter_times(time_scale: float) -> dict[str, str]:
    """The limiter's other durations scaled like its period (its burst, when it has one), so
    the scaled pool behaves as the real one does."""
    scaled = {}
    for name in ("limiter_burst_margin_seconds", "limiter_burst_seconds"):
        if (field_ := Settings.model_fields.get(name)) is not None:
            scaled[f"SITEFARM_{name.upper()}"] = repr(float(field_.default) * time_scale)
    return scaled


# --- tokens: token-aware latency, the graph against the plan's graph --------------------------


async def run_in_bench(
    graph: PhaseGraph,
    settings: OrchestratorSettings,
    clients: PhaseClients,
    brief: brief_pb2.ProjectConfig,
) -> float:
    """One dag job of `graph` through the orchestrator's own run loop (JobRun) in this
    process, against the farm's phase services: the same runner for either graph."""
    options = sitefarm_pb2.JobOptions(mode=sitefarm_pb2.SCHEDULE_MODE_DAG, no_cache=True)
    job = new_job(uuid.uuid4().hex, brief, options)
    store = MemoryJobStore()
    await store.create_job(job)
    started = time.perf_counter()
    finished = await JobRun(job, settings, store, clients, graph=graph).run()
    makespan = time.perf_counter() - started
    if finished.state != sitefarm_pb2.JOB_STATE_COMPLETED:
        raise RuntimeError(f"{sitefarm_pb2.JobState.Name(finished.state)}: {finished.error}")
    return makespan


def _sizes_asked(plan: ScriptedPlan, image_model: str) -> dict[str, str]:
    size_of: Callable[[int, int], str] = functools.partial(openai_provider.image_size, image_model)
    return image_sizes(plan, size_of)


def _token_bounds(
    plan: ScriptedPlan, latency: TokenLatency, sizes: Mapping[str, str]
) -> dict[str, Any]:
    """Both graphs' bounds under one model's speeds, and with images taking no time (what the
    copy and page chains alone would allow)."""
    new = token_durations(plan, latency, sizes, GRAPH)
    old = token_durations(plan, latency, sizes, PLAN_GRAPH)
    free = {n: 0.0 if n.startswith("image[") else d for n, d in new.items()}
    free_old = {n: 0.0 if n.startswith("image[") else d for n, d in old.items()}
    bound = critical_path_seconds(plan, new, GRAPH)[0]
    plan_bound = critical_path_seconds(plan, old, PLAN_GRAPH)[0]
    return {
        "bound_s": bound,
        "plan_graph_bound_s": plan_bound,
        "bound_ratio": bound / plan_bound,
        "images_free_bound_ratio": (
            critical_path_seconds(plan, free, GRAPH)[0]
            / critical_path_seconds(plan, free_old, PLAN_GRAPH)[0]
        ),
    }


async def tokens_scenario(config: BenchConfig) -> dict[str, Any]:
    """A five-page brief with token-aware latency (time to first token + output tokens at the
    model's speed; images a time per size): dag on the graph against dag on the plan's graph,
    run by run on one farm, through the same run loop."""
    brief = bench_brief(pages=TOKENS_PAGES)
    plan = scripted_plan(brief)
    chat, image = CHAT_SPEEDS[config.tokens_chat_model], IMAGE_SPEEDS[config.tokens_image_model]
    latency = TokenLatency(chat, image, config.time_scale)
    sizes = _sizes_asked(plan, image.model)
    new = token_durations(plan, latency, sizes, GRAPH)
    old = token_durations(plan, latency, sizes, PLAN_GRAPH)
    bound, path = critical_path_seconds(plan, new, GRAPH)
    plan_bound, plan_path = critical_path_seconds(plan, old, PLAN_GRAPH)
    provider = _bench_provider(
        config, plan, latency="tokens", chat_model=chat.model, image_model=image.model
    )
    runs = ModeRuns(makespans={"dag": [], "plan_graph_dag": [], "orchestrator_dag": []})
    async with farm(provider, None, UNLIMITED_POOL) as running:
        await running.start_orchestrator(config.orchestrator_env())
        values: dict[str, Any] = {
            f"{name}_address": address for name, address in running.addresses.items()
        }
        settings = OrchestratorSettings(**values, image_concurrency=IMAGE_COUNT)
        clients = {g: PhaseClients(running.service_settings, g) for g in (GRAPH, PLAN_GRAPH)}
        graphs = {"dag": GRAPH, "plan_graph_dag": PLAN_GRAPH}
        try:
            for graph in graphs.values():  # warm-up, not measured
                await run_in_bench(graph, settings, clients[graph], brief)
            for _ in range(config.repeats):
                for name, graph in graphs.items():
                    await asyncio.to_thread(running.fake.reset, stats=True)
                    made = await run_in_bench(graph, settings, clients[graph], brief)
                    runs.makespans[name].append(made)
                    await _record_served(running, runs, name)
                await asyncio.to_thread(running.fake.reset, stats=True)
                job = await run_job(running.stub, brief, MODES["dag"])
                runs.makespans["orchestrator_dag"].append(job.makespan_s)
        finally:
            for each in clients.values():
                await each.close()
    models = {
        name: _token_bounds(plan, TokenLatency(speed, image, 1.0), sizes)
        for name, speed in CHAT_SPEEDS.items()
    }
    return {
        "time_scale": config.time_scale,
        "pages": len(plan.page_plan.pages),
        "images": len(plan.image_plan.images),
        "chat_model": {"model": chat.model, "first_token_s": chat.first_token_seconds,
                       "tokens_per_s": chat.tokens_per_second, "source": chat.source},
        "image_model": {"model": image.model, "seconds_by_size": dict(image.seconds_by_size),
                        "source": image.source},
        "output_tokens": plan.output_tokens(),
        "dag_s": median(runs.makespans["dag"]),
        "plan_graph_dag_s": median(runs.makespans["plan_graph_dag"]),
        "orchestrator_dag_s": median(runs.makespans["orchestrator_dag"]),
        "runs_s": {p: [round(m, 4) for m in ms] for p, ms in runs.makespans.items()},
        "bound_s": bound,
        "critical_path": path,
        "plan_graph_bound_s": plan_bound,
        "plan_graph_critical_path": plan_path,
        "models": models,
        "served_as_planned": _served_as_planned(runs, new) and _served_as_planned(runs, old),
        "status_429": runs.status_429,
    }  # fmt: skip


# --- overhead: per phase, at zero provider latency --------------------------------------------


def _seconds(stamp: Any) -> float:
    return float(stamp.ToNanoseconds()) / 1e9


def node_overheads(result: JobResult, provider_seconds: Mapping[str, float]) -> dict[str, float]:
    """Per node of a sequential job: from the moment the one before it settled (the job's start
    for the first) to its own settling, less the provider's time answering it."""
    job = result.job
    ready = _seconds(result.started_at)
    overheads: dict[str, float] = {}
    for node in sorted(job.nodes, key=lambda n: _seconds(n.started_at)):
        finished = _seconds(node.finished_at)
        overheads[node.node] = finished - ready - provider_seconds.get(node.node, 0.0)
        ready = finished
    return overheads


async def _calls(running: Farm) -> dict[str, Any]:
    return await asyncio.to_thread(running.fake.stats, calls=True)


def _provider_seconds(stats: Mapping[str, Any]) -> dict[str, float]:
    return {c["route"]: c["end"] - c["start"] for c in stats["calls"]}


@asynccontextmanager
async def _otlp_receiver() -> AsyncIterator[str]:
    """An OTLP/gRPC sink in a process of its own, as a collector would be."""
    port = free_port()
    process = spawn("testkit.otlp_receiver", os.environ, "--port", str(port))
    try:
        await asyncio.sleep(1.0)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def tracing_available() -> bool:
    return all(
        importlib.util.find_spec(m) is not None
        for m in ("services.runtime.telemetry", "testkit.otlp_receiver")
    )


async def _overhead_variant(
    config: BenchConfig, running: Farm, store_url: str | None, env: Mapping[str, str]
) -> dict[str, Any]:
    brief = bench_brief()
    store = {"SITEFARM_REDIS_URL": store_url} if store_url else {}
    await running.start_orchestrator(config.orchestrator_env(**env, **store))
    stubs = PhaseClients(running.service_settings)
    samples: dict[str, list[float]] = {}
    direct: dict[str, list[float]] = {}
    dag: list[float] = []
    try:
        for _ in range(2):  # warm-up
            await run_job(running.stub, brief, MODES["sequential"])
            await direct_chain(stubs, brief, CALL_TIMEOUT)
        for _ in range(config.overhead_jobs):
            await asyncio.to_thread(running.fake.reset)
            result = await run_job(running.stub, brief, MODES["sequential"])
            provider = _provider_seconds(await asyncio.to_thread(running.fake.stats, calls=True))
            for node, seconds in node_overheads(result, provider).items():
                samples.setdefault(node.partition("[")[0], []).append(seconds * 1000)
            await asyncio.to_thread(running.fake.reset)
            rpc = await direct_chain(stubs, brief, CALL_TIMEOUT)
            provider = _provider_seconds(await asyncio.to_thread(running.fake.stats, calls=True))
            for node, seconds in rpc.items():
                direct.setdefault(node.partition("[")[0], []).append(
                    (seconds - provider.get(node, 0.0)) * 1000  # the site calls no model
                )
            dag.append((await run_job(running.stub, brief, MODES["dag"])).makespan_s * 1000)
        gateway = await gateway_seconds(running, config.overhead_jobs)
    finally:
        await stubs.close()
    every = [s for phase in samples.values() for s in phase]
    every_direct = [s for phase in direct.values() for s in phase]
    return {
        "overhead_ms_p50": median(every),
        "overhead_ms_p99": percentile(every, 99),
        "rpc_path_ms_p50": median(every_direct),
        "rpc_path_ms_p99": percentile(every_direct, 99),
        "orchestrator_ms_p50": median(every) - median(every_direct),
        "gateway_ms_p50": median(gateway),
        "grpc_and_servicer_ms_p50": median(every_direct) - median(gateway),
        "per_phase_ms_p50": {p: round(median(s), 3) for p, s in samples.items()},
        "per_phase_rpc_path_ms_p50": {p: round(median(s), 3) for p, s in direct.items()},
        "dag_job_ms_p50": median(dag),
        "samples": len(every),
    }


async def gateway_seconds(running: Farm, rounds: int) -> list[float]:
    """What the gateway and the OpenAI SDK alone cost per chat call (the time the gateway takes
    less the provider's own), measured in this process against the same fake."""
    brief = bench_brief()
    plan = scripted_plan(brief)
    values: dict[str, Any] = {
        "provider": "openai",
        "openai_base_url": running.base_url,
        "openai_api_keys": running.service_env["SITEFARM_OPENAI_API_KEYS"],
        **{name.removeprefix("SITEFARM_").lower(): 0 for name in UNLIMITED_POOL},
    }
    settings = Settings(**values)
    # The single-node phases' answers (the copy: the one answer for every page).
    artifacts = {name: answer for name, answer in plan.answers.items() if name in GRAPH.phases}
    tasks = [
        ChatTask(
            phase=phase.name,
            instructions="bench",
            inputs={"brief": brief, **{name: artifacts[name] for name in phase.inputs}},
            response_type=type(artifacts[phase.name]),
            offline=lambda: None,  # type: ignore[arg-type,return-value]
        )
        for phase in GRAPH.phases.values()
        if phase.name in artifacts
    ]
    gateway = Gateway(settings)
    samples: list[float] = []
    try:
        for _ in range(rounds):
            await asyncio.to_thread(running.fake.reset)
            took: dict[str, float] = {}
            for task in tasks:
                started = time.perf_counter()
                await gateway.chat(task)
                took[task.phase] = time.perf_counter() - started
            provider = _provider_seconds(await _calls(running))
            samples += [(took[phase] - provider[phase]) * 1000 for phase in took]
    finally:
        await gateway.aclose()
    return samples


async def overhead_scenario(config: BenchConfig) -> dict[str, Any]:
    """Zero provider latency: what each phase costs beyond the provider answering, with the
    job store in process or in Redis, and tracing off or on (all processes, to an OTLP sink)."""
    variants: dict[str, Any] = {}
    plan = scripted_plan(bench_brief())
    tracing = [False, True] if tracing_available() else [False]
    async with redis_server() as redis_url:
        for traced in tracing:
            async with AsyncExitStack() as stack:
                env = dict(UNLIMITED_POOL)
                if traced:
                    otlp = await stack.enter_async_context(_otlp_receiver())
                    # A deployment's batching (the SDK's default, as bench.tracing_overhead
                    # runs it): a batch every 5 s, not every 200 ms.
                    env.update(
                        {"OTEL_EXPORTER_OTLP_ENDPOINT": otlp, "OTEL_BSP_SCHEDULE_DELAY": "5000"}
                    )
                provider = ProviderSpec(0.0, plan.answer_objects())
                running = await stack.enter_async_context(farm(provider, None, env))
                stores: list[tuple[str, str | None]] = [("in-process store", None)]
                if redis_url and not traced:
                    stores.append(("Redis job store", redis_url))
                for store_name, url in stores:
                    name = f"{store_name}, tracing {'on' if traced else 'off'}"
                    variants[name] = await _overhead_variant(config, running, url, env)
    headline = variants["in-process store, tracing off"]
    traced = variants.get("in-process store, tracing on", {})
    return {
        "time_scale": 0.0,
        "overhead_ms_p50": headline["overhead_ms_p50"],
        "overhead_ms_p99": headline["overhead_ms_p99"],
        "overhead_ms_p50_tracing_on": traced.get("overhead_ms_p50"),
        "variants": variants,
    }


# --- scale: concurrent jobs on one orchestrator -------------------------------------------------


async def scale_scenario(config: BenchConfig) -> dict[str, Any]:
    """1, 10, 50, 100 jobs started together on one orchestrator (dag): makespan and memory,
    and where the CPU went (the profile that says whether the run was latency-bound)."""
    plan = scripted_plan(bench_brief())
    bound, _ = critical_path_seconds(plan, plan_durations(plan, config.scale_time_scale))
    figures: dict[str, Any] = {"time_scale": config.scale_time_scale, "bound_s": bound}
    provider = ProviderSpec(config.scale_time_scale, plan.answer_objects())
    async with farm(provider, None, UNLIMITED_POOL) as running:
        for jobs in config.scale_jobs:
            # A fresh orchestrator per count: its memory is this count's alone, and every count
            # pays the same first-job costs.
            await running.start_orchestrator(config.orchestrator_env())
            assert running.orchestrator is not None
            await asyncio.to_thread(running.fake.reset)
            sampler = RssSampler([running.orchestrator.pid])
            idle_mb = sampler.sample()
            cpu = CpuMeter(
                {
                    "orchestrator": [running.orchestrator.pid],
                    "phase services": running.service_pids(),
                    "fake provider": [running.fake_pid],
                    "bench client": [os.getpid()],
                }
            )
            stop = asyncio.Event()
            makespans: list[float] = []

            async def one(index: int, into: list[float] = makespans) -> None:
                result = await run_job(running.stub, bench_brief(index + 1), MODES["dag"])
                into.append(result.makespan_s)

            started = time.perf_counter()
            async with asyncio.TaskGroup() as group:
                watcher = group.create_task(sampler.run(stop))
                async with asyncio.TaskGroup() as batch:
                    for index in range(jobs):
                        batch.create_task(one(index))
                makespan = time.perf_counter() - started
                stop.set()
                await watcher
            figures[str(jobs)] = {
                "makespan_s": makespan,
                "rss_mb": sampler.peak_mb,
                "rss_idle_mb": idle_mb,
                "rss_per_job_mb": (sampler.peak_mb - idle_mb) / jobs,
                "job_makespan_p50_s": median(makespans),
                "cpu": cpu.read(makespan),
            }
    return figures


SCENARIOS = {
    "seed": seed_scenario,
    "jitter": jitter_scenario,
    "rate_bound": rate_bound_scenario,
    "tokens": tokens_scenario,
    "overhead": overhead_scenario,
    "scale": scale_scenario,
}
