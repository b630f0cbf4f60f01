"""Nothing secret leaks: every log line, error, event and span of the whole fault suite is
scanned for the keys and tokens its processes held. Runs after the rest of tests/faults."""

from __future__ import annotations

import logging

import grpc
import pytest
from sitefarm.v1 import sitefarm_pb2, sitefarm_pb2_grpc

from services.runtime.auth import bearer_interceptors
from testkit.briefs import BRIEF
from testkit.fake_openai import FakeOpenAI
from testkit.farm import locked_farm_of
from testkit.jobs import watched_generate
from testkit.settings import locked_fake_settings
from testkit.watch import (
    API_KEY,
    API_TOKEN,
    EXPORTED_SPANS,
    INTERNAL_TOKEN,
    SECRETS,
    SEEN_BY_CALLERS,
    SUITE_LOG,
    process_logs,
    seen,
)

log = logging.getLogger(__name__)


async def leak_bait() -> None:
    """What most tempts a leak: a provider error quoting the key and its bearer header, a
    crash whose traceback holds a token, and a caller sending a secret as its token."""
    async with FakeOpenAI(latency=0) as fake:
        quoting = f"Incorrect API key provided: {API_KEY}; header was Bearer {API_KEY}"
        fake.add_fault("status", status=401, message=quoting, schema="DesignStrategy", times=9)
        fake.add_fault("status", status=500, message=quoting, schema="SeoStrategy", times=99)
        async with locked_farm_of(locked_fake_settings(fake)) as farm:
            job, _ = await watched_generate(farm.stub)
            assert job.state == sitefarm_pb2.JOB_STATE_FAILED and "401" in job.error
            async with grpc.aio.insecure_channel(
                farm.address, interceptors=bearer_interceptors(INTERNAL_TOKEN)
            ) as channel:
                with pytest.raises(grpc.aio.AioRpcError) as caught:
                    await sitefarm_pb2_grpc.SiteFarmStub(channel).StartJob(
                        sitefarm_pb2.StartJobRequest(brief=BRIEF)
                    )
                assert seen(caught.value).code() == grpc.StatusCode.UNAUTHENTICATED
    try:
        raise RuntimeError(f"could not call with token {API_TOKEN} and key {API_KEY}")
    except RuntimeError:
        log.exception("a crash that quotes secrets")


@pytest.mark.after_fault_suite
async def test_no_log_error_event_or_span_of_the_fault_suite_holds_a_key_or_token() -> None:
    await leak_bait()
    sources = {
        "this process's logs": SUITE_LOG.getvalue(),
        "what callers were told": "\n".join(SEEN_BY_CALLERS),
        "exported spans": "\n".join(EXPORTED_SPANS),
        **{
            f"{path.name}": path.read_text(encoding="utf-8", errors="replace")
            for path in process_logs()
            if path.exists()
        },
    }
    assert "a crash that quotes secrets" in sources["this process's logs"]
    assert "Traceback" in sources["this process's logs"]  # the crash was logged...
    assert "[redacted]" in sources["this process's logs"]  # ...with its secrets masked
    assert "401" in sources["what callers were told"]
    leaks = [
        (name, secret[:6]) for name, text in sources.items() for secret in SECRETS if secret in text
    ]
    assert not leaks, leaks
    log.info(
        "scanned %d sources, %d characters, for %d secrets",
        len(sources),
        sum(len(t) for t in sources.values()),
        len(SECRETS),
    )
