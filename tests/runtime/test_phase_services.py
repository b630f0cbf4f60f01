"""The registry of phase services is the one place their names, gRPC services and ports live."""

from __future__ import annotations

from pathlib import Path

from sitefarm.v1 import phases_pb2

from orchestrator.graph import GRAPH
from services.runtime.phase_services import PHASE_SERVICES, phase_service, serving
from services.runtime.settings import Settings

SERVICES_DIR = Path(__file__).resolve().parents[2] / "services"


def test_every_address_setting_defaults_to_its_service_port_on_loopback() -> None:
    addresses = {
        name: info.default
        for name, info in Settings.model_fields.items()
        if name.endswith("_address")
    }
    assert addresses == {s.address_setting: f"127.0.0.1:{s.port}" for s in PHASE_SERVICES}


def test_every_service_of_the_proto_has_one_process_and_its_own_port() -> None:
    assert {s.grpc_service for s in PHASE_SERVICES} == set(phases_pb2.DESCRIPTOR.services_by_name)
    assert len({s.port for s in PHASE_SERVICES}) == len(PHASE_SERVICES)
    for service in PHASE_SERVICES:
        assert (SERVICES_DIR / service.name / "__main__.py").is_file(), service.name
        assert serving(service.grpc_service) is phase_service(service.name)


def test_every_phase_is_routed_to_the_process_that_serves_its_rpc() -> None:
    assert GRAPH.phases["image"].served_by.name == "images"
    assert GRAPH.phases["site"].address_setting == "codegen_address"
    assert {p.served_by for p in GRAPH.phases.values()} == set(PHASE_SERVICES)
