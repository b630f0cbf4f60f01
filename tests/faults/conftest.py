"""The fault suite's shared parts: the secrets it must never leak, a log of everything it logged
and every span it exported, and real processes whose output is kept for the final scan."""

from __future__ import annotations

import io
import itertools
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from services.runtime.redact import RedactingFilter
from testkit.otlp_receiver import OtlpReceiver
from tests.conftest import free_port

# Secrets the suite's processes hold: no log line, error, event or span may contain one.
API_KEY = "sk-faults-key-0123456789abcdefghij"  # the provider key pool
API_TOKEN = "faults-api-token-0123456789abcdef"  # a caller's bearer token for SiteFarm
OTHER_TOKEN = "faults-other-token-0123456789abcd"  # a second caller
EXPIRED_TOKEN = "faults-expired-token-0123456789ab"  # accepted once, expired in 2020
INTERNAL_TOKEN = "faults-internal-token-0123456789a"  # orchestrator -> phase services
SECRETS = (API_KEY, API_TOKEN, OTHER_TOKEN, EXPIRED_TOKEN, INTERNAL_TOKEN)
API_TOKENS = f"{API_TOKEN},{OTHER_TOKEN},{EXPIRED_TOKEN}@2020-01-01T00:00:00Z"

# Everything the suite's in-process parts logged, through the filter every process uses.
SUITE_LOG = io.StringIO()
# Errors, event messages and job errors the suite's callers received.
SEEN_BY_CALLERS: list[str] = []
# Spans exported by the suite's processes (module fixtures add theirs when they stop).
EXPORTED_SPANS: list[str] = []
_PROCESS_LOGS: list[Path] = []


def process_logs() -> list[Path]:
    """The output files of every process the suite started."""
    return list(_PROCESS_LOGS)


@pytest.fixture(scope="package", autouse=True)
def suite_log() -> Iterator[io.StringIO]:
    """Every record logged in this process during the fault suite, INFO and up, formatted the
    way configure_logging formats it (through the one RedactingFilter)."""
    handler = logging.StreamHandler(SUITE_LOG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(min(level, logging.INFO))
    yield SUITE_LOG
    root.removeHandler(handler)
    root.setLevel(level)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The scan for leaked secrets runs after every other test of the fault suite."""
    scans = [i for i in items if i.get_closest_marker("after_fault_suite")]
    if not scans:
        return
    rest = [i for i in items if i not in scans]
    ours = [n for n, i in enumerate(rest) if "tests/faults/" in i.nodeid.replace("\\", "/")]
    at = (ours[-1] + 1) if ours else len(rest)
    items[:] = [*rest[:at], *scans, *rest[at:]]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "after_fault_suite: runs after the rest of tests/faults")


# --- real processes -------------------------------------------------------------------------

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


def otlp_env(receiver: OtlpReceiver) -> dict[str, str]:
    """Export every span to `receiver`, quickly."""
    return {
        "OTEL_SDK_DISABLED": "false",
        "OTEL_EXPORTER_OTLP_ENDPOINT": receiver.endpoint,
        "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc",
        "OTEL_TRACES_EXPORTER": "otlp",
        "OTEL_METRICS_EXPORTER": "none",
        "OTEL_TRACES_SAMPLER": "parentbased_always_on",
        "OTEL_BSP_SCHEDULE_DELAY": "50",
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
    """Start `python -m module` on a port (a free one unless given), output kept in a file."""
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
    _PROCESS_LOGS.append(log)
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
        with grpc.insecure_channel(process.address) as channel:
            health = health_pb2_grpc.HealthStub(channel)
            while True:
                if process.popen.poll() is not None:
                    tail = process.log.read_text(errors="replace")[-2000:]
                    raise RuntimeError(
                        f"{process.name} exited ({process.popen.returncode}): {tail}"
                    )
                try:
                    answer = health.Check(health_pb2.HealthCheckRequest(), timeout=1.0)
                    if answer.status == health_pb2.HealthCheckResponse.SERVING:
                        break
                except grpc.RpcError:
                    pass
                if time.monotonic() > until:
                    raise RuntimeError(f"{process.name} at {process.address} is not serving")
                time.sleep(0.05)


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


@pytest.fixture(scope="session")
def process_log_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("process-logs")


def remember_spans(receiver: OtlpReceiver) -> None:
    """Keep every span `receiver` got, parsed and as the raw bytes sent, for the final scan."""
    EXPORTED_SPANS.extend(repr(span) for span in receiver.snapshot())
    EXPORTED_SPANS.extend(raw.decode("latin-1") for raw in list(receiver.raw_requests))
