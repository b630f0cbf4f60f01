"""Owns the running jobs of one orchestrator: starts them within the limits, cancels them,
holds their leases, resumes the jobs of replicas that died, and outlives none of them."""

from __future__ import annotations

import asyncio
import logging
import random
import uuid
from collections import Counter
from types import TracebackType

from sitefarm.v1 import brief_pb2, sitefarm_pb2

from orchestrator.nodes import new_job
from orchestrator.phase_clients import PhaseClients
from orchestrator.run_loop import JobRun
from orchestrator.settings import OrchestratorSettings
from orchestrator.store import JobStore

log = logging.getLogger(__name__)

TERMINAL_JOB_STATES = frozenset(
    {
        sitefarm_pb2.JOB_STATE_COMPLETED,
        sitefarm_pb2.JOB_STATE_DEGRADED,
        sitefarm_pb2.JOB_STATE_FAILED,
        sitefarm_pb2.JOB_STATE_CANCELLED,
    }
)
# Jobs resumed from a replica that died: their caller is not known here.
ADOPTED = ""


class JobsBusy(Exception):
    """Over a limit of jobs running at once; trying again after `retry_after` seconds may work."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class JobSupervisor:
    """A long-lived TaskGroup holding every job this replica runs; leaving it cancels them
    (in process) or hands them over to another replica (Redis: jobs are durable).

    Use as `async with JobSupervisor(...) as jobs:` around the server's lifetime.
    """

    def __init__(
        self, settings: OrchestratorSettings, store: JobStore, clients: PhaseClients
    ) -> None:
        self.settings = settings
        self.store = store
        self._clients = clients
        self._group = asyncio.TaskGroup()
        self._jobs: dict[str, asyncio.Task[None]] = {}
        self._runs: dict[str, JobRun] = {}
        # Every job held here, by id, with its caller; filled before the first await of a
        # start, so concurrent starts cannot both take the last place.
        self._callers: dict[str, str] = {}
        self._background: list[asyncio.Task[None]] = []

    async def __aenter__(self) -> JobSupervisor:
        await self._group.__aenter__()
        self._background.append(self._group.create_task(self._follow_cancel_requests()))
        if self.store.durable:
            self._background.append(self._group.create_task(self._keep_leases()))
            self._background.append(self._group.create_task(self._adopt_orphans()))
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        handed_over = list(self._runs) if self.store.durable else []
        for job_id in handed_over:
            # Durable jobs are not cancelled by a replica going away (a rolling update, a
            # scale-down): they stop here unrecorded and another replica resumes them.
            self._runs[job_id].abandon()
        for task in [*self._jobs.values(), *self._background]:
            task.cancel()
        try:
            await self._group.__aexit__(exc_type, exc, traceback)
        finally:
            for job_id in handed_over:
                try:
                    await self.store.release_lease(job_id)
                except Exception as error:  # its lease then simply expires
                    log.warning("could not release job %s (%s)", job_id, error)
            if handed_over:
                log.info("handed %d running jobs over to the other replicas", len(handed_over))

    # --- starting ---------------------------------------------------------------------------

    def _check_room(self, caller: str) -> None:
        """Raise JobsBusy when this replica, or this caller, runs as many jobs as allowed."""
        settings = self.settings
        retry = settings.busy_retry_seconds
        if len(self._callers) >= settings.max_running_jobs:
            raise JobsBusy(
                f"the server runs {settings.max_running_jobs} jobs, its most; try again later",
                retry,
            )
        if caller != ADOPTED:
            running = Counter(self._callers.values())[caller]
            if running >= settings.max_jobs_per_caller:
                raise JobsBusy(
                    f"you run {running} jobs, the most one caller may; try again when one ends",
                    retry,
                )

    async def start(
        self,
        brief: brief_pb2.ProjectConfig,
        options: sitefarm_pb2.JobOptions,
        caller: str = "anonymous",
        request_id: str = "",
    ) -> sitefarm_pb2.Job:
        """Accept a job and start running it; returns it as stored (QUEUED), carrying its
        caller and request_id.

        Raises JobsBusy when over the limits of running jobs.
        """
        self._check_room(caller)
        job = new_job(uuid.uuid4().hex, brief, options)
        job.caller, job.request_id = caller, request_id
        self._callers[job.job_id] = caller
        try:
            await self.store.create_job(job)
        except BaseException:
            self._callers.pop(job.job_id, None)
            raise
        self._launch(JobRun(_copy(job), self.settings, self.store, self._clients), caller)
        return job

    def _launch(self, run: JobRun, caller: str) -> None:
        job_id = run.job.job_id
        self._callers[job_id] = caller
        self._runs[job_id] = run
        task = self._group.create_task(self._run(run), name=f"job-{job_id}")
        self._jobs[job_id] = task

        def ended(_: asyncio.Task[None]) -> None:
            self._jobs.pop(job_id, None)
            self._runs.pop(job_id, None)
            self._callers.pop(job_id, None)

        task.add_done_callback(ended)

    async def _run(self, run: JobRun) -> None:
        try:
            await run.run()
        except asyncio.CancelledError:
            raise
        except Exception:  # one broken job must not take the others down with the group
            log.exception("job %s ended with an error", run.job.job_id)

    @property
    def running(self) -> int:
        """Jobs held by this replica now."""
        return len(self._callers)

    # --- cancelling ---------------------------------------------------------------------------

    async def cancel(self, job_id: str, wait_seconds: float = 5.0) -> sitefarm_pb2.Job | None:
        """Cancel a job wherever it runs and return its state once it has stopped (or after
        `wait_seconds`); None when the job is unknown."""
        job = await self.store.get_job(job_id)
        if job is None or job.state in TERMINAL_JOB_STATES:
            return job
        task = self._jobs.get(job_id)
        if task is not None:
            task.cancel()
            await asyncio.wait([task], timeout=wait_seconds)
        else:
            # Another replica runs it (or will resume it): ask through the store, then watch.
            await self.store.request_cancel(job_id)
            loop = asyncio.get_running_loop()
            until = loop.time() + wait_seconds
            while loop.time() < until:
                job = await self.store.get_job(job_id)
                if job is None or job.state in TERMINAL_JOB_STATES:
                    break
                await asyncio.sleep(0.05)
        return await self.store.get_job(job_id)

    async def _follow_cancel_requests(self) -> None:
        """Cancel local jobs that another replica was asked to cancel."""
        while True:
            try:
                async for job_id in self.store.cancel_requests():
                    if (task := self._jobs.get(job_id)) is not None:
                        log.info("job %s cancelled on request of another replica", job_id)
                        task.cancel()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # e.g. Redis restarting: keep listening
                log.warning("listening for cancel requests failed (%s); retrying", error)
                await asyncio.sleep(1.0)

    # --- durable jobs -------------------------------------------------------------------------

    async def _keep_leases(self) -> None:
        """Renew the lease of every job held here; stop those whose lease another took."""
        while True:
            await asyncio.sleep(self.settings.lease_seconds / 3)
            held = [j for j, run in self._runs.items() if run.job.state not in TERMINAL_JOB_STATES]
            try:
                lost = await self.store.renew_leases(held)
            except asyncio.CancelledError:
                raise
            except Exception as error:  # Redis away: nobody else can take them either
                log.warning("renewing %d job leases failed (%s)", len(held), error)
                continue
            for job_id in lost:
                if (run := self._runs.get(job_id)) is not None:
                    log.warning("job %s: lease lost, another replica runs it now", job_id)
                    run.abandon()
                    if (task := self._jobs.get(job_id)) is not None:
                        task.cancel()

    async def _adopt_orphans(self) -> None:
        """Resume, from their checkpoints, unfinished jobs whose replica is gone."""
        while True:
            # Jittered, so replicas that started together do not all scan at once.
            await asyncio.sleep(self.settings.orphan_scan_seconds * random.uniform(0.5, 1.0))
            room = self.settings.max_running_jobs - len(self._callers)
            try:
                claimed = await self.store.claim_orphans(room)
            except asyncio.CancelledError:
                raise
            except Exception as error:
                log.warning("looking for orphaned jobs failed (%s)", error)
                continue
            for job_id in claimed:
                try:
                    await self._resume(job_id)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("could not resume job %s; releasing it", job_id)
                    self._callers.pop(job_id, None)
                    await self.store.release_lease(job_id)

    async def _resume(self, job_id: str) -> None:
        """Run a claimed job again from where its events end; finished nodes come from their
        checkpoints, so no finished phase is called twice."""
        job = await self.store.get_job(job_id)
        if job is None or job.state in TERMINAL_JOB_STATES:
            await self.store.forget(job_id)  # its record expired, or it ended as we claimed it
            return
        sequence = await self.store.last_sequence(job_id)
        run = JobRun(job, self.settings, self.store, self._clients, resumed_after=sequence)
        if await self.store.cancel_requested(job_id):
            log.info("job %s was cancelled while no replica held it", job_id)
            run.cancel_before_start()
        log.info("resuming job %s after event %d", job_id, sequence)
        self._launch(run, ADOPTED)


def _copy(job: sitefarm_pb2.Job) -> sitefarm_pb2.Job:
    copied = sitefarm_pb2.Job()
    copied.CopyFrom(job)
    return copied
