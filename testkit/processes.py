"""sitefarm processes started as production starts them (`python -m <module>`), each on a port
of its own with its output kept in a file, and waited for until their health check answers;
one at a time, or a whole stack (the five phase services and an orchestrator in front)."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from services.runtime.phase_services import PHASE_SERVICES
from services.stack import wait_until_serving
from testkit.otlp_receiver import OtlpReceiver
from testkit.ports import free_port
from testkit.watch import API_KEY, INTERNAL_TOKEN, keep_process_log

_counter = itertools.count(1)


def child_env(extra: Mapping[str, str]) -> dict[str, str]:
    """The test's environment without any sitefarm, OpenAI or OpenTelemetry variable, plus
    `extra`: a child reads exactly what the test gives it."""
    inherited = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SITEFARM_", "OPENAI_", "OTEL_", "REDIS_URL"))
    }
    return {**inherited, "OTEL_SDK_DISABLED": "true", **extra}


def span_export_env(receiver: OtlpReceiver) -> dict[str, str]:
    """Export every span (no metrics) to `receiver`, quickly."""
    return {
        "OTEL_SDK_DISABLED": "false",
        "OTEL_EXPORTER_OTLP_ENDPOINT": receiver.endpoint,
        "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc",
        "OTEL_TRACES_EXPORTER": "otlp",
        "OTEL_METRICS_EXPORTER": "none",
        "OTEL_TRACES_SAMPLER": "parentbased_always_on",
        "OTEL_BSP_SCHEDULE_DELAY": "50",
    }


def provider_env(base_url: str) -> dict[str, str]:
    """A phase service on the openai provider, answered by the fake, quick gateway retries."""
    return {
        "SITEFARM_PROVIDER": "openai",
        "OPENAI_BASE_URL": base_url,
        "SITEFARM_OPENAI_API_KEYS": API_KEY,
        "SITEFARM_INTERNAL_TOKEN": INTERNAL_TOKEN,
        "SITEFARM_RETRY_ATTEMPTS": "2",
        "SITEFARM_RETRY_BASE_SECONDS": "0.01",
        "SITEFARM_RETRY_MAX_SECONDS": "0.05",
        "SITEFARM_GRACE_SECONDS": "1",
        # The key pool's limits are another suite's subject: here the provider is never slowed.
        "SITEFARM_CHAT_RPM": "0",
        "SITEFARM_CHAT_TPM": "0",
        "SITEFARM_IMAGES_IPM": "0",
    }


@dataclass
class Process:
    """A sitefarm process the test started: `python -m <module>` on `port`."""

    name: str
    module: str
    port: int
    env: dict[str, str]
    popen: subprocess.Popen[bytes]
    log: Path

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def kill(self) -> None:
        """SIGKILL: no drain, no goodbye, as when a node dies."""
        self.popen.kill()
        self.popen.wait(10)

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.terminate()
            try:
                self.popen.wait(10)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(5)


def spawn(
    name: str, module: str, env: Mapping[str, str], log_dir: Path, port: int | None = None
) -> Process:
    """Start `python -m module` on a port (a free one unless given), output kept in a file that
    the fault suite's secrets scan reads at the end."""
    port = port or free_port()
    full_env = child_env(
        {
            "SITEFARM_HOST": "127.0.0.1",
            "SITEFARM_LOG_LEVEL": "INFO",
            **env,
            "SITEFARM_PORT": str(port),
        }
    )
    log = log_dir / f"{name}-{next(_counter)}.log"
    keep_process_log(log)
    with log.open("wb") as out:
        popen = subprocess.Popen(
            [sys.executable, "-m", module], env=full_env, stdout=out, stderr=subprocess.STDOUT
        )
    return Process(name, module, port, dict(env), popen, log)


def respawn(process: Process, log_dir: Path) -> Process:
    """The same process started again on the same port (a pod replaced)."""
    return spawn(process.name, process.module, process.env, log_dir, process.port)


def wait_serving(*processes: Process, timeout: float = 30.0) -> None:
    """Block until each process's health check answers SERVING."""
    until = time.monotonic() + timeout
    for process in processes:
        left = max(until - time.monotonic(), 0.0)
        try:
            wait_until_serving(process.address, process.popen, left, process.log)
        except RuntimeError as error:
            raise RuntimeError(f"{process.name}: {error}") from None


@dataclass
class ProcessStack:
    """One stack as production runs it: the five phase services, an orchestrator in front."""

    services: dict[str, Process]
    orchestrator: Process

    @property
    def processes(self) -> list[Process]:
        return [*self.services.values(), self.orchestrator]

    def stop(self) -> None:
        for process in self.processes:
            process.stop()


def spawn_stack(
    name: str,
    env: Mapping[str, str],
    log_dir: Path,
    orchestrator_env: Mapping[str, str] | None = None,
) -> ProcessStack:
    """The five phase services with `env`, then an orchestrator pointed at them with `env` and
    `orchestrator_env`; every log named after the stack. Not yet waited for (wait_serving)."""
    started: list[Process] = []
    try:
        for service in PHASE_SERVICES:
            module = f"services.{service.name}"
            started.append(spawn(f"{name}-{service.name}", module, env, log_dir))
        addresses = {
            f"SITEFARM_{service.name.upper()}_ADDRESS": process.address
            for service, process in zip(PHASE_SERVICES, started, strict=True)
        }
        orchestrator = spawn(
            f"{name}-orchestrator",
            "orchestrator",
            {**env, **addresses, **(orchestrator_env or {})},
            log_dir,
        )
    except BaseException:
        for process in started:
            process.stop()
        raise
    return ProcessStack({p.name.removeprefix(f"{name}-"): p for p in started}, orchestrator)
