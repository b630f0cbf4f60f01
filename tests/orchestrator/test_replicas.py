"""Two orchestrator replicas on one Redis answer for each other's jobs."""

from __future__ import annotations

from sitefarm.v1 import sitefarm_pb2

from orchestrator.settings import OrchestratorSettings
from testkit.briefs import BRIEF
from testkit.fake_openai import FakeOpenAI
from testkit.farm import farm_of
from testkit.settings import fake_settings


async def test_job_started_on_one_replica_is_watched_and_fetched_on_the_other(
    redis_url: str,
) -> None:
    settings = OrchestratorSettings(provider="offline", redis_url=redis_url)
    async with farm_of(settings, replicas=2) as (first, second):
        started = await first.stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF))
        job_id = started.job.job_id
        events = [
            e async for e in second.stub.WatchJob(sitefarm_pb2.WatchJobRequest(job_id=job_id))
        ]
        assert [e.sequence for e in events] == list(range(1, len(events) + 1))
        assert events[0].kind == sitefarm_pb2.EVENT_KIND_JOB_STARTED
        assert events[-1].kind == sitefarm_pb2.EVENT_KIND_JOB_FINISHED
        job = (await second.stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=job_id))).job
        assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED
        # Resuming a watch from a sequence number replays only what came after it.
        tail = [
            e.sequence
            async for e in second.stub.WatchJob(
                sitefarm_pb2.WatchJobRequest(job_id=job_id, after_sequence=len(events) - 2)
            )
        ]
        assert tail == [len(events) - 1, len(events)]
        files = {
            c.path
            async for c in second.stub.DownloadSite(sitefarm_pb2.DownloadSiteRequest(job_id=job_id))
        }
        assert "index.html" in files
        listed = (await second.stub.ListJobs(sitefarm_pb2.ListJobsRequest())).jobs
        assert [j.job_id for j in listed] == [job_id]


async def test_cancel_on_one_replica_stops_a_job_running_on_the_other(
    fake: FakeOpenAI, redis_url: str
) -> None:
    fake.set_latency(chat=5.0)
    async with farm_of(fake_settings(fake, redis_url=redis_url), replicas=2) as (first, second):
        started = await first.stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF))
        assert await fake.wait_for_async(lambda f: f.in_flight == 3, max_wait=5)
        answer = await second.stub.CancelJob(
            sitefarm_pb2.CancelJobRequest(job_id=started.job.job_id)
        )
        assert answer.job.state == sitefarm_pb2.JOB_STATE_CANCELLED
        assert await fake.wait_for_async(lambda f: f.in_flight == 0, max_wait=2)
