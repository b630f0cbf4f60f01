"""How a phase service reports a provider that keeps failing, as seen by a gRPC client."""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from sitefarm.v1 import brief_pb2, phases_pb2, phases_pb2_grpc

from services.runtime.channels import open_channel
from services.runtime.settings import Settings
from services.stack import in_process_stack
from testkit.settings import TEST_API_KEY


async def test_a_failing_provider_is_retried_by_the_gateway_only(fake_openai: Any) -> None:
    """The channel's retry policy (for unreachable pods) must not multiply provider calls."""
    settings = Settings(
        provider="openai",
        openai_base_url=fake_openai.base_url,
        openai_api_key=TEST_API_KEY,
        retry_attempts=2,
        retry_base_seconds=0.01,
        retry_max_seconds=0.02,
    )
    fake_openai.add_fault("status", status=503, times=50)
    async with in_process_stack(settings) as stack:
        async with open_channel(stack.settings.design_address, settings) as channel:
            stub = phases_pb2_grpc.DesignServiceStub(channel)
            brief = brief_pb2.ProjectConfig(business_name="Retry Co", description="d")
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await stub.GenerateDesignStrategy(
                    phases_pb2.GenerateDesignStrategyRequest(brief=brief)
                )
    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
    assert fake_openai.request_count(endpoint="chat") == 2
    assert TEST_API_KEY not in (caught.value.details() or "")
