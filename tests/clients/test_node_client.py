"""A Node.js client written from the .proto files alone (tests/clients/node/client.mjs, with
@grpc/grpc-js and @grpc/proto-loader pinned there) runs every SiteFarm RPC against the stack
started as separate processes, with the in-process job store and with Redis: Generate,
StartJob and WatchJob with reconnects past the end, DownloadSite with hash checks, an
idempotent retry, the filters of ListJobs and the error cases."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.runtime.phase_services import PHASE_SERVICES
from testkit.processes import Process, child_env, spawn, wait_serving

ROOT = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).resolve().parent / "node"
API_TOKEN = "node-client-api-token-0123456789"
INTERNAL_TOKEN = "node-client-internal-token-01234"


def stack(env: dict[str, str], log_dir: Path) -> Iterator[Process]:
    """The five phase services and the orchestrator, each `python -m` as in production."""
    processes: list[Process] = []
    try:
        common = {"SITEFARM_PROVIDER": "offline", "SITEFARM_INTERNAL_TOKEN": INTERNAL_TOKEN}
        services = {
            s.name: spawn(s.name, f"services.{s.name}", common, log_dir) for s in PHASE_SERVICES
        }
        processes += services.values()
        orchestrator = spawn(
            "orchestrator",
            "orchestrator",
            {
                **common,
                **env,
                **{f"SITEFARM_{n.upper()}_ADDRESS": p.address for n, p in services.items()},
                "SITEFARM_API_TOKENS": API_TOKEN,
            },
            log_dir,
        )
        processes.append(orchestrator)
        wait_serving(*processes)
        yield orchestrator
    finally:
        for process in processes:
            process.stop()


@pytest.fixture(params=["memory", "redis"])
def orchestrator(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Process]:
    env = {"SITEFARM_REDIS_URL": request.getfixturevalue("redis_url")}
    yield from stack(env if request.param == "redis" else {}, tmp_path)


@pytest.mark.slow  # two fleets of six processes
def test_a_node_client_from_the_protos_alone_runs_every_rpc(orchestrator: Process) -> None:
    node = shutil.which("node")
    if node is None or not (CLIENT / "node_modules" / "@grpc" / "grpc-js").is_dir():
        pytest.fail("node and the client's packages are needed: `make test` installs them")
    result = subprocess.run(
        [node, str(CLIENT / "client.mjs"), orchestrator.address, str(ROOT / "protos")],
        env=child_env({"SITEFARM_API_TOKEN": API_TOKEN}),
        capture_output=True,
        text=True,
        timeout=300,
    )
    logs = orchestrator.log.read_text(encoding="utf-8", errors="replace")[-3000:]
    assert result.returncode == 0, f"{result.stderr[-3000:]}\norchestrator:\n{logs}"
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["generate"]["events"] > 10
    assert report["watch"]["events"] > 10 and report["watch"]["reconnects"] >= 1
    assert report["download"]["files"] > 5 and report["download"]["pages"] >= 3
    assert report["errors"] == "as documented"
