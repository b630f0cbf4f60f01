"""The SiteFarm gRPC service: start, watch, cancel and list jobs, and download their sites."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import grpc
from sitefarm.v1 import brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

from orchestrator.phase_clients import PhaseClients
from orchestrator.settings import OrchestratorSettings
from orchestrator.store import BadPageToken, JobStore, make_store
from orchestrator.supervisor import JobsBusy, JobSupervisor
from services.runtime.auth import Authenticator, BearerTokenInterceptor, parse_tokens
from services.runtime.errors import FieldViolation, invalid_argument, resource_exhausted
from services.runtime.server import Registration, RunningServer, start_server
from services.runtime.validation import validate_brief

log = logging.getLogger(__name__)

CHUNK_BYTES = 1024 * 1024  # DownloadSite never sends more than this in one message
_DOWNLOADABLE = frozenset({sitefarm_pb2.JOB_STATE_COMPLETED, sitefarm_pb2.JOB_STATE_DEGRADED})
_MAX_PAGE_SIZE = 1000


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
        # The interceptor has let the call in; this only names the caller for its limits.
        self.authenticator = authenticator or Authenticator([])

    async def _checked_start(
        self,
        brief: brief_pb2.ProjectConfig,
        options: sitefarm_pb2.JobOptions,
        has_brief: bool,
        context: grpc.aio.ServicerContext,
    ) -> sitefarm_pb2.Job:
        problems = (
            validate_brief(brief, self.settings, at="brief")
            if has_brief
            else [FieldViolation("brief", "required")]
        )
        if options.mode not in sitefarm_pb2.ScheduleMode.values():
            problems.append(FieldViolation("options.mode", f"unknown mode {options.mode}"))
        if problems:
            status = invalid_argument(problems)
            await context.abort(status.code, status.details, status.trailing_metadata)
        caller = self.authenticator.caller(context.invocation_metadata())
        try:
            return await self.jobs.start(brief, options, caller)
        except JobsBusy as busy:
            status = resource_exhausted(str(busy), busy.retry_after)
            await context.abort(status.code, status.details, status.trailing_metadata)
            raise

    async def _existing(self, job_id: str, context: grpc.aio.ServicerContext) -> sitefarm_pb2.Job:
        job = await self.store.get_job(job_id) if job_id else None
        if job is None:
            await context.abort(grpc.StatusCode.NOT_FOUND, f"no job {job_id[:64]!r}")
        assert job is not None
        return job

    async def Generate(
        self, request: sitefarm_pb2.GenerateRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[sitefarm_pb2.JobEvent]:
        job = await self._checked_start(
            request.brief, request.options, request.HasField("brief"), context
        )
        finished = False
        try:
            async for event in self.store.watch(job.job_id):
                yield event
            finished = True
        finally:
            # The caller left (or its deadline passed) before the end: nobody wants the site.
            if not finished:
                await asyncio.shield(self.jobs.cancel(job.job_id, wait_seconds=0))

    async def StartJob(
        self, request: sitefarm_pb2.StartJobRequest, context: grpc.aio.ServicerContext
    ) -> sitefarm_pb2.StartJobResponse:
        job = await self._checked_start(
            request.brief, request.options, request.HasField("brief"), context
        )
        return sitefarm_pb2.StartJobResponse(job=job)

    async def GetJob(
        self, request: sitefarm_pb2.GetJobRequest, context: grpc.aio.ServicerContext
    ) -> sitefarm_pb2.GetJobResponse:
        return sitefarm_pb2.GetJobResponse(job=await self._existing(request.job_id, context))

    async def WatchJob(
        self, request: sitefarm_pb2.WatchJobRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[sitefarm_pb2.JobEvent]:
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
        if request.page_size < 0:
            status = invalid_argument([FieldViolation("page_size", "must not be negative")])
            await context.abort(status.code, status.details, status.trailing_metadata)
        size = min(request.page_size or self.settings.job_list_page_size, _MAX_PAGE_SIZE)
        try:
            jobs, token = await self.store.list_jobs(size, request.page_token)
        except BadPageToken as error:
            status = invalid_argument([FieldViolation("page_token", str(error))])
            await context.abort(status.code, status.details, status.trailing_metadata)
            raise
        return sitefarm_pb2.ListJobsResponse(jobs=jobs, next_page_token=token)

    async def DownloadSite(
        self, request: sitefarm_pb2.DownloadSiteRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[sitefarm_pb2.DownloadSiteResponse]:
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
        for file in site.files:
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
                )
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
