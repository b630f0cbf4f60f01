"""The five phase services started together: in one process for tests and the CLI, or as
separate processes for `sitefarm up`, each waited for until its health check answers."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from services.codegen import service as codegen
from services.design import service as design
from services.images import service as images
from services.layout import service as layout
from services.llm.gateway import Gateway
from services.planning import service as planning
from services.runtime.phase_services import PHASE_SERVICES, PhaseService
from services.runtime.server import Registration, RunningServer, start_server
from services.runtime.settings import Settings

# What each phase service registers on its server, by process name.
REGISTRATIONS: dict[str, Callable[[Settings, Gateway | None], list[Registration]]] = {
    "design": design.registrations,
    "layout": layout.registrations,
    "planning": planning.registrations,
    "images": images.registrations,
    "codegen": codegen.registrations,
}


@dataclass
class Stack:
    """Running phase services and the settings that point an orchestrator at them."""

    servers: dict[str, RunningServer]
    settings: Settings

    @property
    def addresses(self) -> dict[str, str]:
        return {
            service.name: getattr(self.settings, service.address_setting)
            for service in PHASE_SERVICES
            if service.name in self.servers
        }


@asynccontextmanager
async def in_process_stack(
    settings: Settings, gateway: Gateway | None = None
) -> AsyncIterator[Stack]:
    """Every phase service as a real gRPC server on a free loopback port, in this process.

    One gateway (and so one provider and key pool) is shared, as one pod would share it."""
    owned = gateway is None
    gateway = gateway or Gateway(settings)
    servers: dict[str, RunningServer] = {}
    try:
        for service in PHASE_SERVICES:
            servers[service.name] = await start_server(
                REGISTRATIONS[service.name](settings, gateway), settings, port=0
            )
        addresses = {
            service.address_setting: f"{settings.host}:{servers[service.name].port}"
            for service in PHASE_SERVICES
        }
        yield Stack(servers, settings.model_copy(update=addresses))
    finally:
        await asyncio.gather(*(s.drain(grace=1.0) for s in servers.values()))
        if owned:
            await gateway.aclose()


def spawn_service(
    service: PhaseService, port: int, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """`python -m services.<name>` as a child process on `port`."""
    child_env = {**os.environ, **(env or {}), "SITEFARM_PORT": str(port)}
    return subprocess.Popen([sys.executable, "-m", f"services.{service.name}"], env=child_env)


def wait_until_serving(
    address: str,
    popen: subprocess.Popen[bytes],
    timeout: float = 30.0,
    output: Path | None = None,
) -> None:
    """Block until the health check at `address` answers SERVING; fail (with the tail of
    `output`) if the process exits first or the time runs out."""
    until = time.monotonic() + timeout
    with grpc.insecure_channel(address) as channel:
        health = health_pb2_grpc.HealthStub(channel)
        while True:
            if popen.poll() is not None:
                tail = output.read_text(errors="replace")[-2000:] if output else ""
                raise RuntimeError(f"{address} exited ({popen.returncode}): {tail}")
            try:
                answer = health.Check(health_pb2.HealthCheckRequest(), timeout=1.0)
                if answer.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                pass
            if time.monotonic() > until:
                raise RuntimeError(f"{address} is not serving")
            time.sleep(0.05)
