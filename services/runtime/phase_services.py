"""The one list of phase services: each one's process name, gRPC service and default port.

The settings' address defaults, the graph's routing, the in-process stack and every
`python -m services.<name>` read it, so a port is written down once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PhaseService:
    """One phase service process."""

    name: str  # its package under services/ and its process name
    grpc_service: str  # the service it serves, as named in phases.proto
    port: int  # where it listens unless SITEFARM_PORT says otherwise

    @property
    def address_setting(self) -> str:
        """The Settings field holding where the orchestrator finds this service."""
        return f"{self.name}_address"

    @property
    def default_address(self) -> str:
        """Its address on a laptop: loopback, its own port."""
        return f"127.0.0.1:{self.port}"


PHASE_SERVICES: tuple[PhaseService, ...] = (
    PhaseService("design", "DesignService", 50051),
    PhaseService("layout", "LayoutService", 50052),
    PhaseService("planning", "PlanningService", 50053),
    PhaseService("images", "ImageService", 50054),
    PhaseService("codegen", "CodegenService", 50055),
)

_BY_NAME = {service.name: service for service in PHASE_SERVICES}
_BY_GRPC_SERVICE = {service.grpc_service: service for service in PHASE_SERVICES}


def phase_service(name: str) -> PhaseService:
    """The phase service whose process is `name` (KeyError when there is none)."""
    return _BY_NAME[name]


def serving(grpc_service: str) -> PhaseService | None:
    """The phase service that serves `grpc_service` of phases.proto, None when none does."""
    return _BY_GRPC_SERVICE.get(grpc_service)
