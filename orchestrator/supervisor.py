"""Owns the running jobs of one orchestrator: starts them, cancels them, outlives none."""

from __future__ import annotations

import asyncio
import logging
import uuid
from types import TracebackType

from sitefarm.v1 import brief_pb2, sitefarm_pb2

from orchestrator.scheduler import JobRun, PhaseClients, new_job
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


class JobSupervisor:
    """A long-lived TaskGroup holding every job this replica runs; leaving it cancels them.

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
        self._listener: asyncio.Task[None] | None = None

    async def __aenter__(self) -> JobSupervisor:
        await self._group.__aenter__()
        self._listener = self._group.create_task(self._follow_cancel_requests())
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for task in [*self._jobs.values(), self._listener]:
            if task is not None:
                task.cancel()
        await self._group.__aexit__(exc_type, exc, traceback)

    async def start(
        self, brief: brief_pb2.ProjectConfig, options: sitefarm_pb2.JobOptions
    ) -> sitefarm_pb2.Job:
        """Accept a job and start running it; returns it as stored (QUEUED)."""
        job = new_job(uuid.uuid4().hex, brief, options)
        await self.store.create_job(job)
        run = JobRun(_copy(job), self.settings, self.store, self._clients)
        task = self._group.create_task(self._run(run), name=f"job-{job.job_id}")
        self._jobs[job.job_id] = task
        task.add_done_callback(lambda _: self._jobs.pop(job.job_id, None))
        return job

    async def _run(self, run: JobRun) -> None:
        try:
            await run.run()
        except asyncio.CancelledError:
            raise
        except Exception:  # one broken job must not take the others down with the group
            log.exception("job %s ended with an error", run.job.job_id)

    def runs_here(self, job_id: str) -> bool:
        return job_id in self._jobs

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
            # Another replica runs it: ask through the store, then watch it stop.
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


def _copy(job: sitefarm_pb2.Job) -> sitefarm_pb2.Job:
    copied = sitefarm_pb2.Job()
    copied.CopyFrom(job)
    return copied
