"""The `sitefarm` command: generate a site with live progress, run the stack, list jobs."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import grpc
import typer
from google.protobuf import json_format
from google.rpc import error_details_pb2
from opentelemetry import trace
from pydantic import SecretStr
from rich import box
from rich.console import Console
from rich.live import Live
from rich.markup import escape
from rich.segment import Segment
from rich.table import Table
from rich.text import Text
from sitefarm.v1 import artifacts_pb2, brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

from orchestrator.bundle import write_bundle
from orchestrator.manifest import SiteMismatch, verify_site
from orchestrator.report import job_critical_path, node_seconds, phase_rows, wall_seconds
from orchestrator.server import running_orchestrator
from orchestrator.settings import DEFAULT_PORT, OrchestratorSettings, get_orchestrator_settings
from orchestrator.status import status_details
from orchestrator.timeline import node_times, ran_path, timeline_svg
from services.runtime import telemetry
from services.runtime.auth import bearer_interceptors, bearer_metadata
from services.runtime.brief import BriefError, load_brief
from services.runtime.channels import client_options
from services.runtime.phase_services import PHASE_SERVICES
from services.runtime.printable import printable
from services.runtime.redact import configure_logging
from services.runtime.validation import validate_brief
from services.stack import in_process_stack, spawn_service, wait_until_serving

app = typer.Typer(
    help="sitefarm: a short brief in, a complete website out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

REPORT_DIR = "_report"  # inside --out: nothing is ever written outside the folder named


class Mode(StrEnum):
    """How the phase graph is scheduled."""

    dag = "dag"
    waves = "waves"
    sequential = "sequential"


JobStateName = StrEnum(  # type: ignore[misc]
    "JobStateName",
    {
        name.removeprefix("JOB_STATE_").lower(): name.removeprefix("JOB_STATE_").lower()
        for name in sitefarm_pb2.JobState.keys()
        if name != "JOB_STATE_UNSPECIFIED"
    },
)

_MODES = {
    Mode.dag: sitefarm_pb2.SCHEDULE_MODE_DAG,
    Mode.waves: sitefarm_pb2.SCHEDULE_MODE_WAVES,
    Mode.sequential: sitefarm_pb2.SCHEDULE_MODE_SEQUENTIAL,
}
_SITE_STATES = frozenset({sitefarm_pb2.JOB_STATE_COMPLETED, sitefarm_pb2.JOB_STATE_DEGRADED})
_STATE_STYLES = {
    sitefarm_pb2.NODE_STATE_WAITING: "dim",
    sitefarm_pb2.NODE_STATE_RUNNING: "bold cyan",
    sitefarm_pb2.NODE_STATE_RETRYING: "bold yellow",
    sitefarm_pb2.NODE_STATE_DONE: "green",
    sitefarm_pb2.NODE_STATE_DEGRADED: "dark_orange",
    sitefarm_pb2.NODE_STATE_FAILED: "bold red",
    sitefarm_pb2.NODE_STATE_SKIPPED: "dim",
}


class PrintableConsole(Console):
    """A rich Console that prints no text but printable text: whatever a server, a brief or a
    model wrote (an error, an event, a name) cannot set the window title, write the clipboard
    or clear the screen; rich's own styles and cursor moves (control segments) pass."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(
            segment
            if segment.control
            else Segment(printable(segment.text, multiline=True), segment.style, segment.control)
            for segment in buffer
        )


def _log_through_the_filter() -> None:
    """The stack runs in this process: its warnings pass the one filter (keys masked, outside
    text printable) like any server's, not Python's bare last-resort handler. A host that has
    set up logging already (a test runner calling the command) keeps its own handlers."""
    if not logging.getLogger().handlers:
        configure_logging("WARNING")


def _name(enum: type, value: int, prefix: str) -> str:
    return str(enum.Name(value)).removeprefix(prefix).lower()  # type: ignore[attr-defined]


class ProgressBoard:
    """The live table: one row per node, fan-out items included, updated by each event."""

    def __init__(self) -> None:
        self.nodes: dict[str, sitefarm_pb2.NodeStatus] = {}
        self.job_id = ""
        self.job_state = sitefarm_pb2.JOB_STATE_QUEUED
        self.message = ""

    def apply(self, event: sitefarm_pb2.JobEvent) -> None:
        self.job_id = event.job_id
        self.job_state = event.job_state
        self.message = event.message
        for status in event.planned:
            self.nodes[status.node] = status
        if event.HasField("node"):
            self.nodes[event.node.node] = event.node

    def __rich__(self) -> Table:
        state = _name(sitefarm_pb2.JobState, self.job_state, "JOB_STATE_")
        table = Table(
            title=f"job {self.job_id[:12]} · {state}",
            caption=escape(self.message),
            title_justify="left",
            expand=False,
        )
        for column, justify in (
            ("node", "left"),
            ("wave", "right"),
            ("state", "left"),
            ("time", "right"),
            ("tries", "right"),
            ("tokens", "right"),
            ("note", "left"),
        ):
            table.add_column(column, justify=justify, no_wrap=column != "note")  # type: ignore[arg-type]
        now = time.time()
        for node in sorted(self.nodes.values(), key=lambda n: n.wave):
            label = _name(sitefarm_pb2.NodeState, node.state, "NODE_STATE_")
            tokens = node.usage.input_tokens + node.usage.output_tokens
            table.add_row(
                Text(node.node),  # Text, not markup: "image[hero]" is no style tag
                str(node.wave),
                Text(label, style=_STATE_STYLES.get(node.state, "")),
                _elapsed(node, now),
                str(node.attempts or ""),
                f"{tokens:,}" if tokens else "",
                Text("cached" if node.cached else node.error[:60], style="dim"),
            )
        return table


def _elapsed(node: sitefarm_pb2.NodeStatus, now: float) -> str:
    if node.cached:
        return "—"
    if (times := node_times(node)) is not None:
        return f"{times[1] - times[0]:.2f}s"
    if node.HasField("started_at"):
        return f"{now - (node.started_at.seconds + node.started_at.nanos / 1e9):.1f}s"
    return ""


def _client_address(host: str, port: int) -> str:
    return f"{'127.0.0.1' if host in ('', '0.0.0.0', '::') else host}:{port}"


def _print_rpc_error(error: grpc.aio.AioRpcError | grpc.RpcError, errors: Console) -> None:
    """One line per problem; a bad brief names each field."""
    violations = []
    if isinstance(error, grpc.aio.AioRpcError):
        for bad in status_details(error, error_details_pb2.BadRequest):
            violations += list(bad.field_violations)
    if violations:
        for v in violations:
            errors.print(
                f"[red]error:[/] {escape(v.field)}: {escape(v.description)}", soft_wrap=True
            )
        return
    code = error.code().name if error.code() else "UNKNOWN"  # type: ignore[union-attr]
    details = escape(" ".join((error.details() or "").split()))  # type: ignore[union-attr]
    errors.print(f"[red]error:[/] {code}: {details}", soft_wrap=True)


_tracer = trace.get_tracer(telemetry.SCOPE)


async def _download(stub: sitefarm_pb2_grpc.SiteFarmStub, job_id: str) -> artifacts_pb2.SiteBundle:
    """The site's files reassembled from DownloadSite's chunks, every file checked against the
    manifest's size and SHA-256; raises SiteMismatch (a ValueError) when one differs."""
    manifest: sitefarm_pb2.SiteManifest | None = None
    files: dict[str, tuple[str, bytearray]] = {}
    async for chunk in stub.DownloadSite(sitefarm_pb2.DownloadSiteRequest(job_id=job_id)):
        if chunk.HasField("manifest"):
            manifest = chunk.manifest
        media_type, content = files.setdefault(chunk.path, (chunk.media_type, bytearray()))
        if chunk.offset != len(content):
            raise SiteMismatch(f"{chunk.path}: chunk at {chunk.offset}, expected {len(content)}")
        content += chunk.chunk
    if manifest is None:
        raise SiteMismatch("the server sent no manifest, so the files cannot be checked")
    verify_site(manifest, {path: bytes(content) for path, (_, content) in files.items()})
    span = trace.get_current_span()
    span.set_attribute("sitefarm.site.files", len(manifest.files))
    span.set_attribute("sitefarm.site.bytes", manifest.total_bytes)
    bundle = artifacts_pb2.SiteBundle(entry_path=manifest.entry_path or "index.html")
    for path, (media_type, content) in files.items():
        bundle.files.add(path=path, media_type=media_type, content=bytes(content))
    return bundle


def _print_summary(job: sitefarm_pb2.Job, settings: OrchestratorSettings, console: Console) -> None:
    table = Table(
        title="Phases",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        collapse_padding=True,
    )
    table.add_column("phase", no_wrap=True)
    for column in ("nodes", "busy", "span", "tries", "cached", "tokens", "cost"):
        table.add_column(column, justify="right", no_wrap=True)
    rows = phase_rows(job, settings)
    path = ran_path(job)
    on_path = {n.phase for n in job.nodes if n.node in path}
    for row in rows:
        notes = [f"{row.degraded} degraded"] if row.degraded else []
        notes += [f"{row.failed} failed"] if row.failed else []
        notes += [f"{row.skipped} skipped"] if row.skipped else []
        table.add_row(
            Text(
                ("» " if row.phase in on_path else "  ")
                + row.phase
                + (f" ({', '.join(notes)})" if notes else ""),
                style="bold" if row.phase in on_path else "",
            ),
            str(row.nodes),
            f"{row.busy_seconds:.2f}s",
            f"{row.span_seconds:.2f}s",
            str(row.attempts),
            str(row.cached),
            f"{row.input_tokens:,}/{row.output_tokens:,}",
            f"${row.cost:.4f}",
        )
    busy = sum(r.busy_seconds for r in rows)
    wall = wall_seconds(job)
    table.add_row(
        "total",
        str(sum(r.nodes for r in rows)),
        f"{busy:.2f}s",
        f"{wall:.2f}s",
        str(sum(r.attempts for r in rows)),
        str(sum(r.cached for r in rows)),
        f"{sum(r.input_tokens for r in rows):,}/{sum(r.output_tokens for r in rows):,}",
        f"${sum(r.cost for r in rows):.4f}",
        style="bold",
    )
    console.print(table)
    length, _ = job_critical_path(job)
    bound = f" ({wall / length:.2f} times the lower bound)" if length > 0 else ""
    console.print(
        f"Wall time {wall:.2f}s, node time {busy:.2f}s, critical path {length:.2f}s{bound}"
    )
    took = {n.node: node_seconds(n) for n in job.nodes}
    links = [f"{name} {took.get(name, 0.0):.2f}s" for name in path]
    console.print(Text(f"Critical path (» above): {' -> '.join(links) or 'none'}"))
    if job.degraded:
        console.print(Text(f"Degraded: {', '.join(job.degraded)}", style="dark_orange"))
    if job.error:
        console.print(Text(f"Failed: {job.error}", style="red"))


async def _run_job(
    address: str,
    settings: OrchestratorSettings,
    request: sitefarm_pb2.GenerateRequest,
    out: Path,
    console: Console,
    errors: Console,
    token: str | None = None,
) -> int:
    async with grpc.aio.insecure_channel(
        # Balanced like every client channel, but never retried: Generate starts a job.
        address,
        options=client_options(settings, retry_unavailable=False),
        # Its own calls are traced too: Generate under a `sitefarm generate` span of the CLI's
        # trace (the job's root links to it), the calls after it in the job's own trace.
        interceptors=[*telemetry.client_interceptors(), *bearer_interceptors(token)],
    ) as channel:
        stub = sitefarm_pb2_grpc.SiteFarmStub(channel)
        board = ProgressBoard()
        live = Live(board, console=console, refresh_per_second=8)
        try:
            with _tracer.start_as_current_span("sitefarm generate"):
                try:
                    async for event in stub.Generate(request):
                        if not live.is_started:  # only once the job exists: errors print alone
                            live.start()
                            telemetry.job_call(event.job_id)
                        board.apply(event)
                finally:
                    if live.is_started:
                        live.stop()
                        console.print()
            with (
                telemetry.in_job_trace(board.job_id),
                _tracer.start_as_current_span("sitefarm download"),
            ):
                job = (await stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=board.job_id))).job
                bundle = await _download(stub, job.job_id) if job.state in _SITE_STATES else None
        except grpc.aio.AioRpcError as error:
            _print_rpc_error(error, errors)
            return 2 if error.code() == grpc.StatusCode.INVALID_ARGUMENT else 1
        except SiteMismatch as error:
            mismatch = escape(str(error))
            errors.print(f"[red]error:[/] the site received is not the site sent: {mismatch}")
            return 1
    report = out / REPORT_DIR
    report.mkdir(parents=True, exist_ok=True)
    (report / "timeline.svg").write_text(timeline_svg(job), encoding="utf-8")
    (report / "job.json").write_text(
        json_format.MessageToJson(job, preserving_proto_field_name=True), encoding="utf-8"
    )
    _print_summary(job, settings, console)
    console.print(f"Timeline: {escape(str((report / 'timeline.svg').resolve()))}", soft_wrap=True)
    if telemetry.enabled():
        trace_line = f"Trace id: {job.job_id} (the job id; search it in your tracing backend)"
        console.print(trace_line, soft_wrap=True)
    if bundle is None:  # FAILED or CANCELLED: the report above says why
        state = _name(sitefarm_pb2.JobState, job.state, "JOB_STATE_")
        errors.print(f"[red]error:[/] job {job.job_id} {state}; no site was built")
        return 1
    try:
        write_bundle(bundle, out)
    except ValueError as error:
        errors.print(f"[red]error:[/] {escape(str(error))}")
        return 1
    # The site's facts and language come from the brief: `make check-site` judges against it.
    (report / "brief.json").write_text(
        json_format.MessageToJson(request.brief, preserving_proto_field_name=True),
        encoding="utf-8",
    )
    entry = (out / (bundle.entry_path or "index.html")).resolve()
    console.print(f"[bold green]Site:[/] {escape(str(entry))}", soft_wrap=True)
    return 0


async def _generate(
    request: sitefarm_pb2.GenerateRequest,
    out: Path,
    address: str | None,
    console: Console,
    errors: Console,
    token: str | None = None,
) -> int:
    settings = get_orchestrator_settings()
    if address:
        token = token or _secret(settings.api_token)
        return await _run_job(address, settings, request, out, console, errors, token)
    # No address: the whole stack in this process, every service a real gRPC server, locked
    # with tokens made for this run only (the ports are on loopback, but shared).
    token, internal = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    settings = settings.model_copy(
        update={"api_tokens": SecretStr(token), "internal_token": SecretStr(internal)}
    )
    async with in_process_stack(settings) as stack:
        stack_settings = stack.settings  # a copy of ours with the services' addresses
        assert isinstance(stack_settings, OrchestratorSettings)
        async with running_orchestrator(stack_settings) as server:
            farm = _client_address(stack_settings.host, server.port)
            return await _run_job(farm, stack_settings, request, out, console, errors, token)


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


@app.command()
def generate(
    brief: Annotated[Path, typer.Argument(help="The brief, a YAML or JSON file.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the site into.")],
    mode: Annotated[Mode, typer.Option(help="How phases are scheduled.")] = Mode.dag,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Call every phase again.")] = False,
    placeholders: Annotated[
        bool,
        typer.Option(
            "--placeholders",
            help="Draft: draw sections the brief has no facts for as marked placeholders.",
        ),
    ] = False,
    address: Annotated[
        str | None,
        typer.Option(help="A running SiteFarm server, host:port; none: start the stack here."),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(help="API token for --address; better: SITEFARM_API_TOKEN in the env."),
    ] = None,
) -> None:
    """Generate a website from BRIEF into --out, showing every phase as it runs."""
    console, errors = PrintableConsole(), PrintableConsole(stderr=True)
    _log_through_the_filter()
    try:
        config: brief_pb2.ProjectConfig = load_brief(brief)
    except BriefError as error:
        for line in [f"{p.field}: {p.description}" for p in error.problems] or [str(error)]:
            errors.print(f"[red]error:[/] {escape(line)}", soft_wrap=True)
        raise typer.Exit(2) from None
    # Checked here too, so a bad brief is told at once, before any service starts.
    if problems := validate_brief(config, get_orchestrator_settings(), at="brief"):
        for problem in problems:
            line = f"[red]error:[/] {escape(problem.field)}: {escape(problem.description)}"
            errors.print(line, soft_wrap=True)
        raise typer.Exit(2)
    request = sitefarm_pb2.GenerateRequest(
        brief=config,
        options=sitefarm_pb2.JobOptions(
            mode=_MODES[mode], no_cache=no_cache, placeholders=placeholders
        ),
    )
    # Shut down (and so exported) before the process exits, whatever the outcome.
    with telemetry.session("cli"):
        code = asyncio.run(_generate(request, out, address, console, errors, token))
    raise typer.Exit(code)


def _wait_healthy(
    processes: list[tuple[str, str, subprocess.Popen[bytes]]], timeout: float = 30.0
) -> None:
    until = time.monotonic() + timeout
    for name, address, process in processes:
        try:
            wait_until_serving(address, process, max(until - time.monotonic(), 0.0))
        except RuntimeError as error:
            raise RuntimeError(f"{name}: {error}") from None


@app.command()
def up(
    port: Annotated[int | None, typer.Option(help="SiteFarm port (default 50050).")] = None,
) -> None:
    """Run the five phase services and the orchestrator as separate processes until Ctrl-C."""
    console, errors = PrintableConsole(), PrintableConsole(stderr=True)
    settings = get_orchestrator_settings()
    # SIGTERM (a supervisor, `kill`) stops the stack as cleanly as Ctrl-C; SIGINT is set
    # explicitly because a shell starts background jobs with it ignored.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    processes: list[tuple[str, str, subprocess.Popen[bytes]]] = []
    # The phase services take calls from this stack's orchestrator only.
    internal = _secret(settings.internal_token) or secrets.token_urlsafe(32)
    env: dict[str, str] = {"SITEFARM_INTERNAL_TOKEN": internal}
    code = 0
    try:
        for service in PHASE_SERVICES:
            address = getattr(settings, service.address_setting)
            service_port = int(address.rsplit(":", 1)[1])
            child = spawn_service(service, service_port, {"SITEFARM_INTERNAL_TOKEN": internal})
            processes.append((service.name, address, child))
            env[f"SITEFARM_{service.address_setting.upper()}"] = address
        farm_port = port or settings.port or DEFAULT_PORT
        farm = subprocess.Popen(
            [sys.executable, "-m", "orchestrator"],
            env={**os.environ, **env, "SITEFARM_PORT": str(farm_port)},
        )
        processes.append(("orchestrator", _client_address(settings.host, farm_port), farm))
        _wait_healthy(processes)
        table = Table(title="sitefarm is up", title_justify="left")
        table.add_column("process")
        table.add_column("address")
        table.add_column("pid", justify="right")
        for name, address, process in processes:
            table.add_row(name, address, str(process.pid))
        console.print(table)
        console.print(f"SiteFarm API: {processes[-1][1]} · provider {settings.provider}")
        console.print("Ctrl-C stops them all.")
        while all(p.poll() is None for _, _, p in processes):
            time.sleep(0.5)
        dead = [n for n, _, p in processes if p.poll() is not None]
        errors.print(f"[red]error:[/] {', '.join(dead)} stopped; stopping the rest")
        code = 1
    except KeyboardInterrupt:
        console.print("stopping…")
    except RuntimeError as error:
        errors.print(f"[red]error:[/] {escape(str(error))}")
        code = 1
    finally:
        for _, _, process in processes:
            if process.poll() is None:
                process.terminate()
        for _, _, process in processes:
            try:
                process.wait(settings.grace_seconds + 5)
            except subprocess.TimeoutExpired:
                process.kill()
    raise typer.Exit(code)


@app.command()
def jobs(
    address: Annotated[
        str, typer.Option(help="The SiteFarm server.")
    ] = f"127.0.0.1:{DEFAULT_PORT}",
    limit: Annotated[int, typer.Option(help="How many, newest first.")] = 20,
    state: Annotated[
        list[JobStateName] | None,
        typer.Option(help="Only jobs in this state (repeat for several)."),
    ] = None,
    token: Annotated[
        str | None, typer.Option(help="API token; better: SITEFARM_API_TOKEN in the env.")
    ] = None,
) -> None:
    """List the jobs of a running SiteFarm server, newest first."""
    console, errors = PrintableConsole(), PrintableConsole(stderr=True)
    metadata = bearer_metadata(token or _secret(get_orchestrator_settings().api_token))
    states = [sitefarm_pb2.JobState.Value(f"JOB_STATE_{s.value.upper()}") for s in state or ()]
    request = sitefarm_pb2.ListJobsRequest(page_size=limit, states=states)
    with grpc.insecure_channel(address) as channel:
        stub = sitefarm_pb2_grpc.SiteFarmStub(channel)
        try:
            answer = stub.ListJobs(request, timeout=10, metadata=metadata)
        except grpc.RpcError as error:
            _print_rpc_error(error, errors)
            raise typer.Exit(1) from None
    table = Table(title=f"jobs at {address}", title_justify="left")
    for column in ("job", "created", "state", "mode", "business", "files", "error"):
        table.add_column(column)
    for job in answer.jobs:
        created = datetime.fromtimestamp(job.created_at.seconds, UTC).strftime("%Y-%m-%d %H:%M:%S")
        table.add_row(
            job.job_id,
            created,
            _name(sitefarm_pb2.JobState, job.state, "JOB_STATE_"),
            _name(sitefarm_pb2.ScheduleMode, job.options.mode, "SCHEDULE_MODE_"),
            Text(job.brief.business_name),
            str(job.site_file_count or ""),
            Text(job.error[:80]),
        )
    console.print(table)
