"""The CLI as a client of a SiteFarm server: it refuses a download whose files differ from the
manifest, and lists jobs by state."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import grpc
import pytest
from sitefarm.v1 import artifacts_pb2, sitefarm_pb2, sitefarm_pb2_grpc
from typer.testing import CliRunner

from orchestrator.cli import _download, app
from orchestrator.manifest import SiteMismatch
from orchestrator.nodes import new_job
from orchestrator.server import SiteFarmServicer, orchestrator, registration
from orchestrator.settings import OrchestratorSettings
from services.runtime.server import start_server
from testkit.briefs import BRIEF
from testkit.farm import farm_of
from testkit.jobs import generate

PAGE = b"<!doctype html><title>Crumb</title><p>Fresh bread.</p>"


class TamperingServicer(SiteFarmServicer):
    """Sends the site as SiteFarm does, with one byte of `index.html` changed on the way."""

    async def DownloadSite(  # type: ignore[override]
        self, request: sitefarm_pb2.DownloadSiteRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[sitefarm_pb2.DownloadSiteResponse]:
        async for message in super().DownloadSite(request, context):
            if message.path == "index.html":
                message.chunk = message.chunk.replace(b"Fresh", b"Stale")
            yield message


@asynccontextmanager
async def serving_site(tamper: bool) -> AsyncIterator[sitefarm_pb2_grpc.SiteFarmStub]:
    """SiteFarm serving one finished job, `finished-job`, whose site is one page."""
    settings = OrchestratorSettings(provider="offline", redis_url=None)
    site = artifacts_pb2.SiteBundle(entry_path="index.html")
    site.files.add(path="index.html", media_type="text/html; charset=utf-8", content=PAGE)
    async with orchestrator(settings) as farm:
        job = new_job("finished-job", BRIEF, sitefarm_pb2.JobOptions())
        job.state = sitefarm_pb2.JOB_STATE_COMPLETED
        await farm.jobs.store.create_job(job)
        await farm.jobs.store.put_site(job.job_id, site)
        servicer = TamperingServicer(settings, farm.jobs) if tamper else farm.servicer
        server = await start_server([registration(servicer)], settings, 0)
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as channel:
                yield sitefarm_pb2_grpc.SiteFarmStub(channel)
        finally:
            await server.drain(grace=0.5)


async def test_a_download_that_matches_its_manifest_is_kept() -> None:
    async with serving_site(tamper=False) as stub:
        bundle = await _download(stub, "finished-job")
    assert [(f.path, f.content) for f in bundle.files] == [("index.html", PAGE)]


async def test_a_download_whose_file_differs_from_its_manifest_is_refused() -> None:
    async with serving_site(tamper=True) as stub:
        with pytest.raises(SiteMismatch, match=r"index\.html: SHA-256 differs"):
            await _download(stub, "finished-job")


async def test_jobs_lists_only_the_states_asked_for() -> None:
    async with farm_of(OrchestratorSettings(provider="offline", redis_url=None)) as (farm,):
        done, _ = await generate(farm.stub)
        runner = CliRunner()

        def jobs(*states: str) -> str:
            options = [item for state in states for item in ("--state", state)]
            arguments = ["jobs", "--address", farm.address, *options]
            result = runner.invoke(app, arguments, env={"COLUMNS": "250"})  # ids unwrapped
            assert result.exit_code == 0, result.output
            return result.output

        assert done.job_id in await asyncio.to_thread(jobs, "completed")
        assert done.job_id in await asyncio.to_thread(jobs, "failed", "completed")
        assert done.job_id not in await asyncio.to_thread(jobs, "running")
