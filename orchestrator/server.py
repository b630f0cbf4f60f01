"""The SiteFarm gRPC service: start jobs (safely retried by request id), watch, cancel and list
them, and download their sites with a manifest to check them by."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import NoReturn

import grpc
from sitefarm.v1 import artifacts_pb2, brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

from orchestrator.manifest import site_manifest
from orchestrator.phase_clients import PhaseClients
from orchestrator.settings import OrchestratorSettings
from orchestrator.store import (
    BadPageToken,
    JobFilter,
    JobStore,
    RequestHolder,
    make_store,
    request_key,
)
from orchestrator.supervisor import JobsBusy, JobSupervisor
from services.runtime import telemetry
from services.runtime.auth import Authenticator, BearerTokenInterceptor, parse_tokens
from services.runtime.errors import FieldViolation, invalid_argument, resource_exhausted
from services.runtime.server import Registration, RunningServer, start_server
from services.runtime.validation import validate_brief

log = logging.getLogger(__name__)

CHUNK_BYTES = 1024 * 1024  # DownloadSite never sends more than this in one message
_DOWNLOADABLE = frozenset({sitefarm_pb2.JOB_STATE_COMPLETED, sitefarm_pb2.JOB_STATE_DEGRADED})
_MAX_PAGE_SIZE = 1000
# Printable ASCII without spaces: a UUID, a ULID, "order-1234/attempt" all fit.
_REQUEST_ID = re.compile(r"[!-~]{1,128}")
# How long a retry waits for the call that reserved its request_id to name its job (a start
# takes milliseconds; this covers a busy store).
REQUEST_WAIT_SECONDS = 10.0
_VIEWS = frozenset(sitefarm_pb2.JobView.values())
_STATES = frozenset(sitefarm_pb2.JobState.values()) - {sitefarm_pb2.JOB_STATE_UNSPECIFIED}
_STATE_NAMES = ", ".join(sitefarm_pb2.JobState.Name(s) for s in sorted(_STATES))


async def _refuse(context: grpc.aio.ServicerContext, problems: list[FieldViolation]) -> NoReturn:
    """INVALID_ARGUMENT naming each bad field (google.rpc.BadRequest)."""
    status = invalid_argument(problems)
    await context.abort(status.code, status.details, status.trailing_metadata)
    raise AssertionError("abort raises")


def _fingerprint(brief: brief_pb2.ProjectConfig, options: sitefarm_pb2.JobOptions) -> str:
    """What a retry must send again to be the same request."""
    digest = hashlib.sha256(brief.SerializeToString(deterministic=True))
    digest.update(b"\x00" + options.SerializeToString(deterministic=True))
    return digest.hexdigest()


def _summary(job: sitefarm_pb2.Job) -> sitefarm_pb2.Job:
    """The job without its nodes, and of its brief only the business name (ListJobs' view)."""
    summary = sitefarm_pb2.Job()
    summary.CopyFrom(job)
    summary.ClearField("nodes")
    summary.brief.Clear()
    summary.brief.business_name = job.brief.business_name
    return summary


def _selected(
    site: artifacts_pb2.SiteBundle, request: sitefarm_pb2.DownloadSiteRequest
) -> list[artifacts_pb2.SiteFile]:
    if request.path:
        return [f for f in site.files if f.path == request.path]
    return [f for f in site.files if f.path.startswith(request.path_prefix)]


class SiteFarmServicer(sitefarm_pb2_grpc.SiteFarmServicer):
    """Answers SiteFarm from the job store, so any replica can answer for any job."""

    def __init__(
        self,
        settings: OrchestratorSettings,
        jobs: JobSupervisor,
        authenticator: Authenticator | None = None,
    ) -> None:
        self.settings = settings
        self.jobs = jobs
        self.store: JobStore = jobs.store
        # The interceptor has let the call in; this only names the caller: its limits, its
        # jobs (Job.caller) and its request ids.
        self.authenticator = authenticator or Authenticator([])

    async def _checked_start(
        self,
        brief: brief_pb2.ProjectConfig,
        options: sitefarm_pb2.JobOptions,
        has_brief: bool,
        request_id: str,
        context: grpc.aio.ServicerContext,
    ) -> sitefarm_pb2.Job:
        """The job this request starts, or the one its request_id already started."""
        problems = (
            validate_brief(brief, self.settings, at="brief")
            if has_brief
            else [FieldViolation("brief", "required")]
        )
        if options.mode not in sitefarm_pb2.ScheduleMode.values():
            problems.append(FieldViolation("options.mode", f"unknown mode {options.mode}"))
        if request_id and not _REQUEST_ID.fullmatch(request_id):
            problems.append(
                FieldViolation("request_id", "at most 128 printable ASCII characters, no spaces")
            )
        if problems:
            await _refuse(context, problems)
        caller = self.authenticator.caller(context.invocation_metadata())
        if not request_id:
            job = await self._start(brief, options, caller, "", context)
        else:
            job = await self._idempotent_start(brief, options, caller, request_id, context)
        telemetry.job_call(job.job_id)
        return job

    async def _start(
        self,
        brief: brief_pb2.ProjectConfig,
        options: sitefarm_pb2.JobOptions,
        caller: str,
        request_id: str,
        context: grpc.aio.ServicerContext,
    ) -> sitefarm_pb2.Job:
        try:
            return await self.jobs.start(brief, options, caller, request_id)
        except JobsBusy as busy:
            status = resource_exhausted(str(busy), busy.retry_after)
            await context.abort(status.code, status.details, status.trailing_metadata)
            raise

    async def _idempotent_start(
        self,
        brief: brief_pb2.ProjectConfig,
        options: sitefarm_pb2.JobOptions,
        caller: str,
        request_id: str,
        context: grpc.aio.ServicerContext,
    ) -> sitefarm_pb2.Job:
        """Start a job under the caller's request_id, or return the job it already names."""
        key, fingerprint = request_key(caller, request_id), _fingerprint(brief, options)
        ticket = uuid.uuid4().hex
        holder = await self._claim_request(key, fingerprint, ticket, context)
        if holder is not None:
            if holder.fingerprint != fingerprint:
                await context.abort(
                    grpc.StatusCode.ALREADY_EXISTS,
                    f"request_id {request_id!r} was sent before with another brief or options; "
                    "use a new request_id for a new job",
                )
            job = await self.store.get_job(holder.job_id)
            if job is None:
                await context.abort(
                    grpc.StatusCode.FAILED_PRECONDITION,
                    f"request_id {request_id!r} started job {holder.job_id}, which has expired",
                )
            assert job is not None
            return job
        try:
            job = await self._start(brief, options, caller, request_id, context)
        except BaseException:
            await asyncio.shield(self.store.release_request(key, ticket))
            raise
        await self.store.bind_request(key, ticket, job.job_id)
        return job

    async def _claim_request(
        self, key: str, fingerprint: str, ticket: str, context: grpc.aio.ServicerContext
    ) -> RequestHolder | None:
        """Reserve the request key (None), or who holds it once it names its job; a call that
        reserved it and is still starting its job is waited for."""
        loop = asyncio.get_running_loop()
        until = loop.time() + REQUEST_WAIT_SECONDS
        while True:
            holder = await self.store.claim_request(key, fingerprint, ticket)
            if holder is None or holder.job_id or holder.fingerprint != fingerprint:
                return holder
            if loop.time() >= until:
                await context.abort(
                    grpc.StatusCode.ABORTED,
                    "another call with this request_id is still starting its job; retry",
                )
            await asyncio.sleep(0.05)

    async def _existing(self, job_id: str, context: grpc.aio.ServicerContext) -> sitefarm_pb2.Job:
        if not job_id:
            await _refuse(context, [FieldViolation("job_id", "required")])
        job = await self.store.get_job(job_id)
        if job is None:
            await context.abort(grpc.StatusCode.NOT_FOUND, f"no job {job_id[:64]!r}")
        assert job is not None
        return job

    async def Generate(
        self, request: sitefarm_pb2.GenerateRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[sitefarm_pb2.JobEvent]:
        job = await self._checked_start(
            request.brief,
            request.options,
            request.HasField("brief"),
            request.request_id,
            context,
        )
        finished = False
        try:
            async for event in self.store.watch(job.job_id):
                yield event
            finished = True
        finally:
            # The caller left (or its deadline passed) before the end: nobody wants the site,
            # unless it said it would come back for it (detach).
            if not finished and not request.detach:
                await asyncio.shield(self.jobs.cancel(job.job_id, wait_seconds=0))

    async def StartJob(
        self, request: sitefarm_pb2.StartJobRequest, context: grpc.aio.ServicerContext
    ) -> sitefarm_pb2.StartJobResponse:
        job = await self._checked_start(
            request.brief,
            request.options,
            request.HasField("brief"),
            request.request_id,
            context,
        )
        return sitefarm_pb2.StartJobResponse(job=job)

    async def GetJob(
        self, request: sitefarm_pb2.GetJobRequest, context: grpc.aio.ServicerContext
    ) -> sitefarm_pb2.GetJobResponse:
        return sitefarm_pb2.GetJobResponse(job=await self._existing(request.job_id, context))

    async def WatchJob(
        self, request: sitefarm_pb2.WatchJobRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[sitefarm_pb2.JobEvent]:
        if request.after_sequence < 0:
            await _refuse(context, [FieldViolation("after_sequence", "must not be negative")])
        await self._existing(request.job_id, context)
        async for event in self.store.watch(request.job_id, request.after_sequence):
            yield event

    async def CancelJob(
        self, request: sitefarm_pb2.CancelJobRequest, context: grpc.aio.ServicerContext
    ) -> sitefarm_pb2.CancelJobResponse:
        await self._existing(request.job_id, context)
        remaining = context.time_remaining()
        wait = 5.0 if remaining is None else max(0.0, min(5.0, remaining - 0.2))
        job = await self.jobs.cancel(request.job_id, wait_seconds=wait)
        return sitefarm_pb2.CancelJobResponse(job=job)

    async def ListJobs(
        self, request: sitefarm_pb2.ListJobsRequest, context: grpc.aio.ServicerContext
    ) -> sitefarm_pb2.ListJobsResponse:
        problems = []
        if request.page_size < 0:
            problems.append(FieldViolation("page_size", "must not be negative"))
        for i, state in enumerate(request.states):
            if state not in _STATES:
                problems.append(
                    FieldViolation(f"states[{i}]", f"unknown state {state}; one of {_STATE_NAMES}")
                )
        if request.view not in _VIEWS:
            problems.append(FieldViolation("view", f"unknown view {request.view}"))
        if problems:
            await _refuse(context, problems)
        size = min(request.page_size or self.settings.job_list_page_size, _MAX_PAGE_SIZE)
        only = JobFilter(frozenset(request.states), request.caller)
        try:
            jobs, token = await self.store.list_jobs(size, request.page_token, only)
        except BadPageToken as error:
            await _refuse(context, [FieldViolation("page_token", str(error))])
        if request.view != sitefarm_pb2.JOB_VIEW_FULL:
            jobs = [_summary(job) for job in jobs]
        return sitefarm_pb2.ListJobsResponse(jobs=jobs, next_page_token=token)

    async def DownloadSite(
        self, request: sitefarm_pb2.DownloadSiteRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[sitefarm_pb2.DownloadSiteResponse]:
        if request.path and request.path_prefix:
            await _refuse(
                context, [FieldViolation("path_prefix", "give path or path_prefix, not both")]
            )
        job = await self._existing(request.job_id, context)
        if job.state not in _DOWNLOADABLE:
            state = sitefarm_pb2.JobState.Name(job.state)
            await context.abort(
                grpc.StatusCode.FAILED_PRECONDITION, f"job {job.job_id} has no site ({state})"
            )
        site = await self.store.get_site(job.job_id)
        if site is None:
            await context.abort(
                grpc.StatusCode.FAILED_PRECONDITION, f"the site of job {job.job_id} has expired"
            )
        assert site is not None
        files = _selected(site, request)
        if not files:
            wanted = request.path or f"{request.path_prefix}*"
            await context.abort(
                grpc.StatusCode.NOT_FOUND, f"the site of job {job.job_id} has no {wanted[:200]!r}"
            )
        manifest: sitefarm_pb2.SiteManifest | None = site_manifest(site, files)
        for file in files:
            content = file.content
            offset = 0
            while True:
                chunk = content[offset : offset + CHUNK_BYTES]
                last = offset + len(chunk) >= len(content)
                yield sitefarm_pb2.DownloadSiteResponse(
                    path=file.path,
                    media_type=file.media_type if offset == 0 else "",
                    offset=offset,
                    chunk=chunk,
                    last=last,
                    manifest=manifest,
                )
                manifest = None  # on the first message only
                if last:
                    break
                offset += len(chunk)


def registration(servicer: SiteFarmServicer) -> Registration:
    """The Registration of sitefarm.v1.SiteFarm for start_server / serve."""
    full_name = sitefarm_pb2.DESCRIPTOR.services_by_name["SiteFarm"].full_name
    return Registration(
        full_name, lambda server: sitefarm_pb2_grpc.add_SiteFarmServicer_to_server(servicer, server)
    )


@dataclass
class Orchestrator:
    """What the orchestrator runs on: the job supervisor and its gRPC service."""

    settings: OrchestratorSettings
    jobs: JobSupervisor
    servicer: SiteFarmServicer

    @property
    def registration(self) -> Registration:
        return registration(self.servicer)

    @property
    def interceptors(self) -> list[grpc.aio.ServerInterceptor]:
        """Who may call SiteFarm: holders of an API token (health and reflection: anyone)."""
        return [BearerTokenInterceptor(self.servicer.authenticator)]


def api_authenticator(settings: OrchestratorSettings) -> Authenticator:
    """The API tokens SiteFarm accepts; none configured is allowed, and said loudly."""
    authenticator = Authenticator(parse_tokens(settings.api_tokens))
    if authenticator.open:
        log.warning(
            "SiteFarm accepts calls WITHOUT AUTHENTICATION: SITEFARM_API_TOKENS is not set; "
            "anyone who reaches this port can start jobs"
        )
    else:
        expiring = sum(t.expires_at is not None for t in authenticator.tokens)
        log.info(
            "SiteFarm accepts %d API tokens (%d with an expiry)",
            len(authenticator.tokens),
            expiring,
        )
    return authenticator


@asynccontextmanager
async def orchestrator(settings: OrchestratorSettings) -> AsyncIterator[Orchestrator]:
    """The store, the channels to the phase services and the job supervisor, torn down in
    reverse: leaving cancels running jobs (recording them CANCELLED) before the store closes."""
    authenticator = api_authenticator(settings)
    store = make_store(settings)
    clients = PhaseClients(settings)
    try:
        async with JobSupervisor(settings, store, clients) as jobs:
            yield Orchestrator(settings, jobs, SiteFarmServicer(settings, jobs, authenticator))
    finally:
        await clients.close()
        await store.close()


@asynccontextmanager
async def running_orchestrator(
    settings: OrchestratorSettings, port: int = 0
) -> AsyncIterator[RunningServer]:
    """A SiteFarm server on `port` (0: a free one), for tests and the CLI's in-process stack."""
    async with orchestrator(settings) as farm:
        server = await start_server([farm.registration], settings, port, farm.interceptors)
        try:
            yield server
        finally:
            await server.drain(grace=1.0)
