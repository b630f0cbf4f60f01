"""Every RPC of every phase service, over real gRPC on loopback, with the offline provider."""

from __future__ import annotations

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2, phases_pb2_grpc

from services.runtime.channels import open_channel
from services.stack import Stack
from testkit.phase_chain import run_chain


def field_violations(error: grpc.aio.AioRpcError) -> dict[str, str]:
    """The google.rpc.BadRequest field violations an error carries, by field."""
    for key, value in error.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            status = status_pb2.Status.FromString(value)
            for detail in status.details:
                bad_request = error_details_pb2.BadRequest()
                if detail.Unpack(bad_request):
                    return {v.field: v.description for v in bad_request.field_violations}
    return {}


async def test_every_phase_answers_over_grpc_offline(
    offline_stack: Stack, each_example_brief: brief_pb2.ProjectConfig
) -> None:
    result = await run_chain(offline_stack, each_example_brief)
    assert result.site is not None
    paths = {f.path for f in result.site.files}
    assert "index.html" in paths and "assets/site.css" in paths
    assert {"sitemap.xml", "robots.txt"} <= paths
    assert all(u.provider == "offline" for u in result.usage.values())
    # One HTML file per planned page, reachable by the bundle.
    page_plan = result.artifacts["page_plan"]
    assert isinstance(page_plan, artifacts_pb2.PagePlan)
    assert sum(p.endswith(".html") and p != "404.html" for p in paths) == len(page_plan.pages)
    assert each_example_brief.business_name.replace("&", "&amp;") in (
        next(f for f in result.site.files if f.path == "index.html").content.decode()
    )


async def test_offline_provider_is_deterministic(offline_stack: Stack) -> None:
    brief = brief_pb2.ProjectConfig(business_name="Fern Dental", description="A dental clinic.")
    first = await run_chain(offline_stack, brief)
    second = await run_chain(offline_stack, brief)
    assert first.site == second.site


@pytest.mark.parametrize(
    ("brief", "field"),
    [
        (brief_pb2.ProjectConfig(description="No name given."), "brief.business_name"),
        (brief_pb2.ProjectConfig(business_name="X"), "brief.description"),
        (
            brief_pb2.ProjectConfig(business_name="X", description="d", pages=["p"] * 10_000),
            "brief.pages",
        ),
        (
            brief_pb2.ProjectConfig(business_name="X", description="d" * 1_000_000),
            "brief.description",
        ),
        (
            brief_pb2.ProjectConfig(business_name="X", description="d", brand_colors=["red"]),
            "brief.brand_colors[0]",
        ),
    ],
    ids=["missing-name", "missing-description", "10000-pages", "1MB-field", "bad-colour"],
)
async def test_a_bad_brief_is_invalid_argument_naming_the_field(
    offline_stack: Stack, brief: brief_pb2.ProjectConfig, field: str
) -> None:
    settings = offline_stack.settings
    async with open_channel(settings.design_address, settings) as channel:
        stub = phases_pb2_grpc.DesignServiceStub(channel)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.GenerateDesignStrategy(phases_pb2.GenerateDesignStrategyRequest(brief=brief))
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(caught.value)
    assert field in (caught.value.details() or "")


async def test_a_missing_input_artifact_is_invalid_argument(offline_stack: Stack) -> None:
    settings = offline_stack.settings
    brief = brief_pb2.ProjectConfig(business_name="X", description="d")
    async with open_channel(settings.layout_address, settings) as channel:
        stub = phases_pb2_grpc.LayoutServiceStub(channel)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.GenerateLayout(
                phases_pb2.GenerateLayoutRequest(
                    brief=brief, design_context=artifacts_pb2.DesignContext()
                )
            )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field_violations(caught.value) == {"section_plan": "required"}


async def test_health_and_reflection_answer_on_every_service(offline_stack: Stack) -> None:
    settings = offline_stack.settings
    for name, address in offline_stack.addresses.items():
        async with open_channel(address, settings) as channel:
            health = health_pb2_grpc.HealthStub(channel)
            overall = await health.Check(health_pb2.HealthCheckRequest(service=""))
            assert overall.status == health_pb2.HealthCheckResponse.SERVING, name
            reflection = reflection_pb2_grpc.ServerReflectionStub(channel)
            request = reflection_pb2.ServerReflectionRequest(list_services="")
            async for answer in reflection.ServerReflectionInfo(iter([request])):
                listed = {s.name for s in answer.list_services_response.service}
            phase_services = {s for s in listed if s.startswith("sitefarm.v1.")}
            assert len(phase_services) == 1, (name, listed)
            (service,) = phase_services
            per_service = await health.Check(health_pb2.HealthCheckRequest(service=service))
            assert per_service.status == health_pb2.HealthCheckResponse.SERVING
