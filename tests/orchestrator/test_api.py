"""The SiteFarm API's contract: errors with details, listing, and chunked downloads."""

from __future__ import annotations

from collections.abc import AsyncIterator

import grpc
import pytest
from google.rpc import error_details_pb2
from sitefarm.v1 import artifacts_pb2, brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

from orchestrator.nodes import new_job
from orchestrator.server import CHUNK_BYTES, orchestrator
from orchestrator.settings import OrchestratorSettings
from orchestrator.status import status_details
from services.runtime.server import start_server
from testkit.briefs import BRIEF
from testkit.fake_openai import FakeOpenAI
from testkit.farm import Farm, farm_of
from testkit.jobs import generate
from testkit.settings import fake_settings


@pytest.fixture
async def offline_farm() -> AsyncIterator[Farm]:
    async with farm_of(OrchestratorSettings(provider="offline", redis_url=None)) as (farm,):
        yield farm


async def test_bad_brief_is_invalid_argument_naming_each_field(offline_farm: Farm) -> None:
    bad = brief_pb2.ProjectConfig(description="A bakery.", brand_colors=["red"])
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await offline_farm.stub.StartJob(sitefarm_pb2.StartJobRequest(brief=bad))
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    (details,) = status_details(caught.value, error_details_pb2.BadRequest)
    fields = {v.field for v in details.field_violations}
    assert fields == {"brief.business_name", "brief.brand_colors[0]"}
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        async for _ in offline_farm.stub.Generate(sitefarm_pb2.GenerateRequest()):
            pass
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_unknown_job_is_not_found(offline_farm: Farm) -> None:
    stub = offline_farm.stub
    calls = [
        stub.GetJob(sitefarm_pb2.GetJobRequest(job_id="nope")),
        stub.CancelJob(sitefarm_pb2.CancelJobRequest(job_id="nope")),
    ]
    for call in calls:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await call
        assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    for stream in (
        stub.WatchJob(sitefarm_pb2.WatchJobRequest(job_id="nope")),
        stub.DownloadSite(sitefarm_pb2.DownloadSiteRequest(job_id="nope")),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            async for _ in stream:
                pass
        assert caught.value.code() == grpc.StatusCode.NOT_FOUND


async def test_download_of_an_unfinished_job_is_failed_precondition(fake: FakeOpenAI) -> None:
    fake.set_latency(chat=5.0)
    async with farm_of(fake_settings(fake)) as (farm,):
        started = await farm.stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF))
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            async for _ in farm.stub.DownloadSite(
                sitefarm_pb2.DownloadSiteRequest(job_id=started.job.job_id)
            ):
                pass
        assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION


@pytest.mark.parametrize("store", ["memory", "redis"])
async def test_list_jobs_pages_newest_first(store: str, request: pytest.FixtureRequest) -> None:
    redis_url = request.getfixturevalue("redis_url") if store == "redis" else None
    settings = OrchestratorSettings(provider="offline", redis_url=redis_url)
    async with farm_of(settings) as (farm,):
        stub = farm.stub
        ids = [(await generate(stub))[0].job_id for _ in range(3)]
        first = await stub.ListJobs(sitefarm_pb2.ListJobsRequest(page_size=2))
        second = await stub.ListJobs(
            sitefarm_pb2.ListJobsRequest(page_size=2, page_token=first.next_page_token)
        )
        assert [j.job_id for j in first.jobs] + [j.job_id for j in second.jobs] == ids[::-1]
        assert first.next_page_token and not second.next_page_token
        everything = await stub.ListJobs(sitefarm_pb2.ListJobsRequest())
        assert [j.job_id for j in everything.jobs] == ids[::-1]
        assert not everything.next_page_token
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.ListJobs(sitefarm_pb2.ListJobsRequest(page_token="garbage!"))
        assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_download_streams_files_in_chunks_of_at_most_one_mebibyte() -> None:
    settings = OrchestratorSettings(provider="offline", redis_url=None)
    big = bytes(range(256)) * (CHUNK_BYTES // 256 * 2 + 7)  # two full chunks and a bit
    site = artifacts_pb2.SiteBundle(entry_path="index.html")
    site.files.add(path="index.html", media_type="text/html", content=b"<!doctype html>")
    site.files.add(path="images/big.png", media_type="image/png", content=big)
    site.files.add(path="empty.txt", media_type="text/plain", content=b"")
    async with orchestrator(settings) as farm:
        job = new_job("finished-job", BRIEF, sitefarm_pb2.JobOptions())
        job.state = sitefarm_pb2.JOB_STATE_COMPLETED
        await farm.jobs.store.create_job(job)
        await farm.jobs.store.put_site(job.job_id, site)
        server = await start_server([farm.registration], settings, 0)
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as channel:
                stub = sitefarm_pb2_grpc.SiteFarmStub(channel)
                chunks = [
                    c
                    async for c in stub.DownloadSite(
                        sitefarm_pb2.DownloadSiteRequest(job_id=job.job_id)
                    )
                ]
        finally:
            await server.drain(grace=0.5)
    assert all(len(c.chunk) <= CHUNK_BYTES for c in chunks)
    big_chunks = [c for c in chunks if c.path == "images/big.png"]
    assert len(big_chunks) == 3 and b"".join(c.chunk for c in big_chunks) == big
    assert [c.last for c in big_chunks] == [False, False, True]
    assert [c.offset for c in big_chunks] == [0, CHUNK_BYTES, 2 * CHUNK_BYTES]
    assert big_chunks[0].media_type == "image/png"
    (empty,) = [c for c in chunks if c.path == "empty.txt"]
    assert empty.last and empty.chunk == b""
