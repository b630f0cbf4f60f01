"""Only holders of a token get in: SiteFarm wants an API token, the phase services the internal
one; health and reflection answer anyone."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from sitefarm.v1 import phases_pb2, phases_pb2_grpc, sitefarm_pb2, sitefarm_pb2_grpc
from typer.testing import CliRunner, Result

from orchestrator.cli import app
from orchestrator.status import status_details
from services.runtime.auth import (
    Authenticator,
    TokenError,
    Verdict,
    bearer_interceptors,
    parse_tokens,
)
from testkit.briefs import BRIEF
from testkit.fake_openai import FakeOpenAI, LatencyConfig
from testkit.farm import Farm, locked_farm_of
from testkit.jobs import watched_generate
from testkit.settings import locked_fake_settings, locked_offline_settings
from testkit.watch import API_TOKEN, EXPIRED_TOKEN, INTERNAL_TOKEN, OTHER_TOKEN, SECRETS, seen


@pytest.fixture
async def farm() -> AsyncIterator[Farm]:
    async with locked_farm_of(locked_offline_settings()) as running:
        yield running


def stub_with(
    farm: Farm, token: str | None
) -> tuple[grpc.aio.Channel, sitefarm_pb2_grpc.SiteFarmStub]:
    channel = grpc.aio.insecure_channel(farm.address, interceptors=bearer_interceptors(token))
    return channel, sitefarm_pb2_grpc.SiteFarmStub(channel)


async def every_call(stub: sitefarm_pb2_grpc.SiteFarmStub) -> list[grpc.aio.AioRpcError]:
    """The error of each SiteFarm method, unary and streaming, called once."""
    errors = []
    unary = [
        stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF)),
        stub.GetJob(sitefarm_pb2.GetJobRequest(job_id="x")),
        stub.CancelJob(sitefarm_pb2.CancelJobRequest(job_id="x")),
        stub.ListJobs(sitefarm_pb2.ListJobsRequest()),
    ]
    for call in unary:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await call
        errors.append(seen(caught.value))
    streams = [
        stub.Generate(sitefarm_pb2.GenerateRequest(brief=BRIEF)),
        stub.WatchJob(sitefarm_pb2.WatchJobRequest(job_id="x")),
        stub.DownloadSite(sitefarm_pb2.DownloadSiteRequest(job_id="x")),
    ]
    for stream in streams:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            async for _ in stream:
                pass
        errors.append(seen(caught.value))
    return errors


@pytest.mark.parametrize(
    ("token", "says"),
    [(None, "missing bearer token"), ("not-a-token-of-ours-at-all", "invalid token"),
     (EXPIRED_TOKEN, "token expired")],
    ids=["unauthenticated", "wrong-token", "expired-token"],
)  # fmt: skip
async def test_calls_without_a_valid_token_are_unauthenticated_and_health_still_answers(
    farm: Farm, token: str | None, says: str
) -> None:
    channel, stub = stub_with(farm, token)
    async with channel:
        errors = await every_call(stub)
        assert {e.code() for e in errors} == {grpc.StatusCode.UNAUTHENTICATED}
        assert all(e.details().startswith(says) for e in errors), errors
        health = health_pb2_grpc.HealthStub(channel)
        for service in ("", "sitefarm.v1.SiteFarm"):
            answer = await health.Check(health_pb2.HealthCheckRequest(service=service))
            assert answer.status == health_pb2.HealthCheckResponse.SERVING
        reflection = reflection_pb2_grpc.ServerReflectionStub(channel)
        listing = reflection.ServerReflectionInfo(
            iter([reflection_pb2.ServerReflectionRequest(list_services="")])
        )
        names = [s.name async for a in listing for s in a.list_services_response.service]
        assert "sitefarm.v1.SiteFarm" in names
    # No job was started by any refused call.
    listed = (await farm.stub.ListJobs(sitefarm_pb2.ListJobsRequest())).jobs
    assert listed == []
    assert not any(secret in e.details() for e in errors for secret in SECRETS)


async def test_each_accepted_token_runs_jobs(farm: Farm) -> None:
    for token in (API_TOKEN, OTHER_TOKEN):
        channel, stub = stub_with(farm, token)
        async with channel:
            job, _ = await watched_generate(stub)
            assert job.state == sitefarm_pb2.JOB_STATE_COMPLETED, job.error


async def test_phase_services_take_calls_carrying_the_internal_token_only(farm: Farm) -> None:
    design = farm.settings.design_address
    request = phases_pb2.GenerateDesignStrategyRequest(brief=BRIEF)
    for token in (None, API_TOKEN, "guessed-internal-token-0000"):
        async with grpc.aio.insecure_channel(
            design, interceptors=bearer_interceptors(token)
        ) as channel:
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await phases_pb2_grpc.DesignServiceStub(channel).GenerateDesignStrategy(request)
            assert seen(caught.value).code() == grpc.StatusCode.UNAUTHENTICATED
            health = health_pb2_grpc.HealthStub(channel)
            answer = await health.Check(health_pb2.HealthCheckRequest())
            assert answer.status == health_pb2.HealthCheckResponse.SERVING
    async with grpc.aio.insecure_channel(
        design, interceptors=bearer_interceptors(INTERNAL_TOKEN)
    ) as channel:
        answer = await phases_pb2_grpc.DesignServiceStub(channel).GenerateDesignStrategy(request)
        assert answer.design_strategy.positioning


async def test_bytes_that_are_no_request_are_invalid_argument_and_refused_unauthenticated(
    farm: Farm,
) -> None:
    garbage = b"\x0a\xff\xff\xff\xff\x0f\x00junk"  # field 1, a length far past the end
    for token, code in ((API_TOKEN, grpc.StatusCode.INVALID_ARGUMENT),
                        (None, grpc.StatusCode.UNAUTHENTICATED)):  # fmt: skip
        async with grpc.aio.insecure_channel(
            farm.address, interceptors=bearer_interceptors(token)
        ) as channel:
            start = channel.unary_unary("/sitefarm.v1.SiteFarm/StartJob")
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await start(garbage)
            assert seen(caught.value).code() == code, caught.value.details()


async def test_jobs_over_the_limits_get_resource_exhausted_with_retry_info() -> None:
    async with FakeOpenAI(latency=LatencyConfig(chat=5.0, images=5.0)) as fake:
        settings = locked_fake_settings(
            fake, max_jobs_per_caller=2, max_running_jobs=3, busy_retry_seconds=7.0
        )
        async with locked_farm_of(settings) as farm:
            other_channel, other = stub_with(farm, OTHER_TOKEN)
            async with other_channel:
                started = [await farm.stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF))
                           for _ in range(2)]  # fmt: skip
                # The same caller's third job: over its own limit.
                with pytest.raises(grpc.aio.AioRpcError) as caught:
                    await farm.stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF))
                assert seen(caught.value).code() == grpc.StatusCode.RESOURCE_EXHAUSTED
                (info,) = status_details(caught.value, error_details_pb2.RetryInfo)
                assert info.retry_delay.seconds == 7
                # Another caller still gets the server's last place, then is refused too.
                started.append(await other.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF)))
                with pytest.raises(grpc.aio.AioRpcError) as caught:
                    async for _ in other.Generate(sitefarm_pb2.GenerateRequest(brief=BRIEF)):
                        pass
                assert seen(caught.value).code() == grpc.StatusCode.RESOURCE_EXHAUSTED
                assert "most" in caught.value.details()
                assert status_details(caught.value, error_details_pb2.RetryInfo)
                for answer in started:
                    cancel = sitefarm_pb2.CancelJobRequest(job_id=answer.job.job_id)
                    await farm.stub.CancelJob(cancel)
                # A place freed is a place taken again.
                again = await farm.stub.StartJob(sitefarm_pb2.StartJobRequest(brief=BRIEF))
                await farm.stub.CancelJob(sitefarm_pb2.CancelJobRequest(job_id=again.job.job_id))


def test_tokens_are_read_with_an_optional_expiry_and_checked_against_every_one() -> None:
    tokens = parse_tokens(
        f"{API_TOKEN}, {OTHER_TOKEN}@2030-01-01T00:00:00+00:00 ,"
        f"{EXPIRED_TOKEN}@2020-01-01T00:00:00Z"
    )
    assert [t.expires_at is not None for t in tokens] == [False, True, True]
    now = datetime(2026, 6, 1, tzinfo=UTC)
    auth = Authenticator(tokens, clock=lambda: now)

    def verdict(token: str | None) -> Verdict:
        return auth.check([("authorization", f"Bearer {token}")] if token else [])[0]

    assert verdict(API_TOKEN) is Verdict.OK
    assert verdict(OTHER_TOKEN) is Verdict.OK
    assert verdict(EXPIRED_TOKEN) is Verdict.EXPIRED
    assert verdict(API_TOKEN[:-1]) is Verdict.WRONG
    assert verdict(None) is Verdict.MISSING
    assert auth.check([("authorization", f"Basic {API_TOKEN}")])[0] is Verdict.MISSING
    # Callers are named by a digest, never by their token.
    callers = {auth.check([("authorization", f"Bearer {t}")])[1] for t in (API_TOKEN, OTHER_TOKEN)}
    assert len(callers) == 2 and not any(API_TOKEN in c or OTHER_TOKEN in c for c in callers)
    later = Authenticator(tokens, clock=lambda: datetime(2030, 1, 1, tzinfo=UTC))
    assert later.check([("authorization", f"Bearer {OTHER_TOKEN}")])[0] is Verdict.EXPIRED
    for bad in ("short", f"{API_TOKEN}@tomorrow", f"{API_TOKEN}@2030-01-01T00:00:00"):
        with pytest.raises(TokenError):
            parse_tokens(bad)
    assert parse_tokens("") == [] and Authenticator([]).open


EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "bakery.yaml"


async def test_the_cli_sends_its_token_to_a_server_at_an_address(
    farm: Farm, tmp_path: Path
) -> None:
    brief = EXAMPLE

    def cli(token: str) -> Result:
        arguments = ["generate", str(brief), "--out", str(tmp_path / token[:6])]
        arguments += ["--address", farm.address, "--token", token]
        return CliRunner().invoke(app, arguments, catch_exceptions=False)

    # The CLI runs its own event loop: in a thread, while this loop serves the farm.
    refused = await asyncio.to_thread(cli, "not-a-token-of-ours-at-all")
    assert refused.exit_code == 1 and "UNAUTHENTICATED" in refused.output, refused.output
    accepted = await asyncio.to_thread(cli, API_TOKEN)
    assert accepted.exit_code == 0, accepted.output
    assert (tmp_path / API_TOKEN[:6] / "index.html").exists()
    assert API_TOKEN not in accepted.output + refused.output
