"""Server reflection answers in both versions clients speak: grpc.reflection.v1 (grpcurl,
Postman, current gRPC libraries) and v1alpha (older ones)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import grpc
import pytest
from google.protobuf import descriptor_pb2
from grpc_reflection.v1alpha import reflection_pb2

from orchestrator.server import running_orchestrator
from orchestrator.settings import OrchestratorSettings

VERSIONS = ("grpc.reflection.v1", "grpc.reflection.v1alpha")


@pytest.fixture
async def channel() -> AsyncIterator[grpc.aio.Channel]:
    settings = OrchestratorSettings(provider="offline", redis_url=None, host="127.0.0.1")
    async with running_orchestrator(settings) as server:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as opened:
            yield opened


async def ask(
    channel: grpc.aio.Channel, version: str, request: reflection_pb2.ServerReflectionRequest
) -> reflection_pb2.ServerReflectionResponse:
    """One reflection request in `version` (the two versions share their wire format)."""
    call = channel.stream_stream(
        f"/{version}.ServerReflection/ServerReflectionInfo",
        request_serializer=reflection_pb2.ServerReflectionRequest.SerializeToString,
        response_deserializer=reflection_pb2.ServerReflectionResponse.FromString,
    )
    answers = [answer async for answer in call(iter([request]), timeout=10)]
    (answer,) = answers
    return answer


def files_of(
    answer: reflection_pb2.ServerReflectionResponse,
) -> list[descriptor_pb2.FileDescriptorProto]:
    return [
        descriptor_pb2.FileDescriptorProto.FromString(raw)
        for raw in answer.file_descriptor_response.file_descriptor_proto
    ]


@pytest.mark.parametrize("version", VERSIONS)
async def test_each_reflection_version_lists_the_api_and_both_reflection_services(
    channel: grpc.aio.Channel, version: str
) -> None:
    answer = await ask(channel, version, reflection_pb2.ServerReflectionRequest(list_services=""))
    listed = {s.name for s in answer.list_services_response.service}
    assert {
        "sitefarm.v1.SiteFarm",
        "grpc.health.v1.Health",
        "grpc.reflection.v1.ServerReflection",
        "grpc.reflection.v1alpha.ServerReflection",
    } <= listed


@pytest.mark.parametrize("version", VERSIONS)
async def test_each_reflection_version_describes_the_api_and_itself(
    channel: grpc.aio.Channel, version: str
) -> None:
    api = await ask(
        channel,
        version,
        reflection_pb2.ServerReflectionRequest(file_containing_symbol="sitefarm.v1.SiteFarm"),
    )
    assert "sitefarm/v1/sitefarm.proto" in [f.name for f in files_of(api)]
    itself = await ask(
        channel,
        version,
        reflection_pb2.ServerReflectionRequest(
            file_containing_symbol=f"{version}.ServerReflection"
        ),
    )
    (file,) = files_of(itself)
    assert file.package == version
    assert [s.name for s in file.service] == ["ServerReflection"]
