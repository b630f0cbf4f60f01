"""The SiteFarm API's contract: errors with details, safe retries, hang-ups, listing, watching
to the end, and verifiable chunked downloads."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator

import grpc
import pytest
from google.rpc import error_details_pb2
from sitefarm.v1 import artifacts_pb2, brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

from orchestrator.nodes import new_job
from orchestrator.server import CHUNK_BYTES, orchestrator
from orchestrator.settings import OrchestratorSettings
from orchestrator.status import status_details
from services.runtime.auth import bearer_interceptors, caller_id
from services.runtime.server import start_server
from testkit.briefs import BRIEF
from testkit.fake_openai import FakeOpenAI
from testkit.farm import Farm, farm_of, locked_farm_of
from testkit.jobs import TERMINAL, generate
from testkit.settings import fake_settings, locked_offline_settings
from testkit.watch import API_TOKEN, OTHER_TOKEN


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


async def test_an_empty_job_id_is_invalid_argument_naming_the_field(offline_farm: Farm) -> None:
    stub = offline_farm.stub
    calls = [
        stub.GetJob(sitefarm_pb2.GetJobRequest()),
        stub.CancelJob(sitefarm_pb2.CancelJobRequest()),
    ]
    for call in calls:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await call
        assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        (details,) = status_details(caught.value, error_details_pb2.BadRequest)
        assert [v.field for v in details.field_violations] == ["job_id"]
    for stream in (
        stub.WatchJob(sitefarm_pb2.WatchJobRequest()),
        stub.DownloadSite(sitefarm_pb2.DownloadSiteRequest()),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            async for _ in stream:
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


BIG = bytes(range(256)) * (CHUNK_BYTES // 256 * 2 + 7)  # two full chunks and a bit
INDEX = b"<!doctype html><html><head><title>Crumb &amp; Co.</title></head></html>"
MENU = "<!doctype html><html><head><title>\n  Menu · Crumb </title></head></html>".encode()


@pytest.fixture
async def site_stub() -> AsyncIterator[sitefarm_pb2_grpc.SiteFarmStub]:
    """SiteFarm serving one finished job, `finished-job`, whose site is made up here."""
    settings = OrchestratorSettings(provider="offline", redis_url=None)
    site = artifacts_pb2.SiteBundle(entry_path="index.html")
    site.files.add(path="index.html", media_type="text/html; charset=utf-8", content=INDEX)
    site.files.add(path="images/big.png", media_type="image/png", content=BIG)
    site.files.add(path="menu.html", media_type="text/html; charset=utf-8", content=MENU)
    site.files.add(path="images/empty.txt", media_type="text/plain", content=b"")
    async with orchestrator(settings) as farm:
        job = new_job("finished-job", BRIEF, sitefarm_pb2.JobOptions())
        job.state = sitefarm_pb2.JOB_STATE_COMPLETED
        await farm.jobs.store.create_job(job)
        await farm.jobs.store.put_site(job.job_id, site)
        server = await start_server([farm.registration], settings, 0)
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as channel:
                yield sitefarm_pb2_grpc.SiteFarmStub(channel)
        finally:
            await server.drain(grace=0.5)


async def download(
    stub: sitefarm_pb2_grpc.SiteFarmStub, **selection: str
) -> list[sitefarm_pb2.DownloadSiteResponse]:
    request = sitefarm_pb2.DownloadSiteRequest(job_id="finished-job", **selection)
    return [chunk async for chunk in stub.DownloadSite(request, timeout=10)]


async def test_download_streams_files_in_chunks_of_at_most_one_mebibyte(
    site_stub: sitefarm_pb2_grpc.SiteFarmStub,
) -> None:
    chunks = await download(site_stub)
    assert all(len(c.chunk) <= CHUNK_BYTES for c in chunks)
    big_chunks = [c for c in chunks if c.path == "images/big.png"]
    assert len(big_chunks) == 3 and b"".join(c.chunk for c in big_chunks) == BIG
    assert [c.last for c in big_chunks] == [False, False, True]
    assert [c.offset for c in big_chunks] == [0, CHUNK_BYTES, 2 * CHUNK_BYTES]
    assert big_chunks[0].media_type == "image/png"
    (empty,) = [c for c in chunks if c.path == "images/empty.txt"]
    assert empty.last and empty.chunk == b""


async def test_download_opens_with_a_manifest_the_files_received_match(
    site_stub: sitefarm_pb2_grpc.SiteFarmStub,
) -> None:
    chunks = await download(site_stub)
    manifest = chunks[0].manifest
    assert chunks[0].HasField("manifest") and not any(c.HasField("manifest") for c in chunks[1:])
    received: dict[str, bytes] = {}
    for chunk in chunks:
        received[chunk.path] = received.get(chunk.path, b"") + chunk.chunk
    assert [f.path for f in manifest.files] == list(received)  # in the order they are sent
    for entry in manifest.files:
        assert entry.size == len(received[entry.path])
        assert entry.sha256 == hashlib.sha256(received[entry.path]).hexdigest()
    assert manifest.total_bytes == sum(len(c) for c in received.values())
    assert manifest.files[1].media_type == "image/png"
    assert manifest.entry_path == "index.html"
    pages = [(p.path, p.title) for p in manifest.pages]
    assert pages == [("index.html", "Crumb & Co."), ("menu.html", "Menu · Crumb")]


async def test_download_of_one_path_or_a_prefix_sends_only_those_files(
    site_stub: sitefarm_pb2_grpc.SiteFarmStub,
) -> None:
    (menu,) = await download(site_stub, path="menu.html")
    assert menu.chunk == MENU and [f.path for f in menu.manifest.files] == ["menu.html"]
    assert len(menu.manifest.pages) == 2  # the site's pages, whatever was asked for
    images = await download(site_stub, path_prefix="images/")
    assert {c.path for c in images} == {"images/big.png", "images/empty.txt"}
    assert images[0].manifest.total_bytes == len(BIG)
    for selection, code in (
        ({"path": "missing.html"}, grpc.StatusCode.NOT_FOUND),
        ({"path_prefix": "fonts/"}, grpc.StatusCode.NOT_FOUND),
        ({"path": "menu.html", "path_prefix": "images/"}, grpc.StatusCode.INVALID_ARGUMENT),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await download(site_stub, **selection)
        assert caught.value.code() == code, selection


async def test_watching_after_the_last_event_of_a_finished_job_ends_at_once(
    offline_farm: Farm,
) -> None:
    job, events = await generate(offline_farm.stub)
    last = events[-1].sequence
    for after in (last, last + 1, last + 1000):
        request = sitefarm_pb2.WatchJobRequest(job_id=job.job_id, after_sequence=after)
        assert [e async for e in offline_farm.stub.WatchJob(request, timeout=10)] == []
    request = sitefarm_pb2.WatchJobRequest(job_id=job.job_id, after_sequence=last - 1)
    (final,) = [e async for e in offline_farm.stub.WatchJob(request, timeout=10)]
    assert final.kind == sitefarm_pb2.EVENT_KIND_JOB_FINISHED
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        negative = sitefarm_pb2.WatchJobRequest(job_id=job.job_id, after_sequence=-1)
        async for _ in offline_farm.stub.WatchJob(negative, timeout=10):
            pass
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_a_retried_start_with_the_same_request_id_returns_the_first_job(
    offline_farm: Farm,
) -> None:
    stub = offline_farm.stub
    request = sitefarm_pb2.StartJobRequest(brief=BRIEF, request_id="order-1234")
    # Retries racing each other (a client that timed out twice) still start one job.
    answers = await asyncio.gather(*(stub.StartJob(request) for _ in range(5)))
    assert len({a.job.job_id for a in answers}) == 1
    job = answers[0].job
    assert job.request_id == "order-1234" and job.caller == "anonymous"
    # Generate with the same request_id streams that job's events from the first one.
    again = sitefarm_pb2.GenerateRequest(brief=BRIEF, request_id="order-1234")
    events = [e async for e in stub.Generate(again, timeout=30)]
    assert {e.job_id for e in events} == {job.job_id}
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    # Another request_id, or none, is another job.
    other = await stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF, request_id="order-9"))
    plain = await stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF))
    assert len({job.job_id, other.job.job_id, plain.job.job_id}) == 3


async def test_a_request_id_sent_again_with_another_brief_is_already_exists(
    offline_farm: Farm,
) -> None:
    stub = offline_farm.stub
    await stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF, request_id="order-55"))
    changed = brief_pb2.ProjectConfig()
    changed.CopyFrom(BRIEF)
    changed.business_name = "Another Bakery"
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.StartJob(sitefarm_pb2.StartJobRequest(brief=changed, request_id="order-55"))
    assert caught.value.code() == grpc.StatusCode.ALREADY_EXISTS
    for bad in ("has space", "x" * 129, "naïve"):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF, request_id=bad))
        assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        (details,) = status_details(caught.value, error_details_pb2.BadRequest)
        assert [v.field for v in details.field_violations] == ["request_id"]


async def test_request_ids_belong_to_their_caller() -> None:
    async with locked_farm_of(locked_offline_settings()) as farm:
        request = sitefarm_pb2.StartJobRequest(brief=BRIEF, request_id="same-id")
        mine = (await farm.stub.StartJob(request)).job
        interceptors = bearer_interceptors(OTHER_TOKEN)
        async with grpc.aio.insecure_channel(farm.address, interceptors=interceptors) as channel:
            theirs = (await sitefarm_pb2_grpc.SiteFarmStub(channel).StartJob(request)).job
    assert mine.job_id != theirs.job_id
    assert (mine.caller, theirs.caller) == (caller_id(API_TOKEN), caller_id(OTHER_TOKEN))


async def wait_for_state(stub: sitefarm_pb2_grpc.SiteFarmStub, job_id: str) -> int:
    """The job's state once it has been running a moment or has ended."""
    await asyncio.sleep(0.5)
    return (await stub.GetJob(sitefarm_pb2.GetJobRequest(job_id=job_id))).job.state


@pytest.mark.parametrize(
    ("detach", "state"),
    [(False, sitefarm_pb2.JOB_STATE_CANCELLED), (True, sitefarm_pb2.JOB_STATE_RUNNING)],
)
async def test_hanging_up_generate_cancels_the_job_unless_it_is_detached(
    fake: FakeOpenAI, detach: bool, state: int
) -> None:
    fake.set_latency(chat=5.0)
    async with farm_of(fake_settings(fake)) as (farm,):
        call = farm.stub.Generate(sitefarm_pb2.GenerateRequest(brief=BRIEF, detach=detach))
        first = await call.read()
        assert isinstance(first, sitefarm_pb2.JobEvent)
        call.cancel()
        assert await wait_for_state(farm.stub, first.job_id) == state
        # A detached job is followed again with WatchJob, from the last sequence received.
        if detach:
            await farm.stub.CancelJob(sitefarm_pb2.CancelJobRequest(job_id=first.job_id))
            request = sitefarm_pb2.WatchJobRequest(
                job_id=first.job_id, after_sequence=first.sequence
            )
            rest = [e async for e in farm.stub.WatchJob(request, timeout=10)]
            assert rest[0].sequence == first.sequence + 1
            assert rest[-1].job_state in TERMINAL


async def test_list_jobs_filters_by_state_and_caller_and_answers_summaries() -> None:
    async with locked_farm_of(locked_offline_settings()) as farm:
        stub = farm.stub
        mine = [(await generate(stub))[0] for _ in range(2)]
        interceptors = bearer_interceptors(OTHER_TOKEN)
        async with grpc.aio.insecure_channel(farm.address, interceptors=interceptors) as channel:
            theirs, _ = await generate(sitefarm_pb2_grpc.SiteFarmStub(channel))
        done = sitefarm_pb2.ListJobsRequest(states=[sitefarm_pb2.JOB_STATE_COMPLETED])
        listed = (await stub.ListJobs(done)).jobs
        assert [j.job_id for j in listed] == [theirs.job_id, *(j.job_id for j in mine[::-1])]
        # A summary: no nodes, of the brief only the name.
        assert all(not j.nodes and j.brief.business_name == BRIEF.business_name for j in listed)
        assert not listed[0].brief.description
        by_caller = sitefarm_pb2.ListJobsRequest(
            caller=caller_id(API_TOKEN), view=sitefarm_pb2.JOB_VIEW_FULL
        )
        full = (await stub.ListJobs(by_caller)).jobs
        assert [j.job_id for j in full] == [j.job_id for j in mine[::-1]]
        assert all(j.nodes and j.brief.description for j in full)
        running = sitefarm_pb2.ListJobsRequest(states=[sitefarm_pb2.JOB_STATE_RUNNING])
        assert not (await stub.ListJobs(running)).jobs
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.ListJobs(sitefarm_pb2.ListJobsRequest(states=[99], view=7))  # type: ignore[list-item, arg-type]
        assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        (details,) = status_details(caught.value, error_details_pb2.BadRequest)
        assert {v.field for v in details.field_violations} == {"states[0]", "view"}
