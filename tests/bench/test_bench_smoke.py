"""`make bench` still runs: the harness end to end on one scenario, scaled down to seconds.

Only that it works is checked here; how fast is bench/'s business, never a test's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Seven processes per scheduling mode, minutes on a busy machine: make test only.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(360)  # seven processes start and stop, twice: slow on a busy machine
def test_jitter_and_tokens_scenarios_run_every_mode_and_both_graphs(tmp_path: Path) -> None:
    out = tmp_path / "latest.json"
    finished = subprocess.run(
        [
            sys.executable, "-m", "bench.run",
            "--scenarios", "jitter,tokens",
            "--time-scale", "0.002",
            "--repeats", "1",
            "--jitter-repeats", "1",
            "--out", str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=350,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stdout[-3000:] + finished.stderr[-3000:]
    results = json.loads(out.read_text())
    jitter = results["scenarios"]["jitter"]
    for key in ("sequential_s", "waves_s", "dag_s", "langgraph_s", "bound_s"):
        assert jitter[key] > 0, key
    # The fake served each node the latency the bound was computed from, and nobody was refused.
    assert jitter["served_as_planned"] is True
    assert set(jitter["status_429"].values()) == {0}
    assert jitter["time_scale"] == 0.002 and jitter["runs"] == 1
    # The graph and the plan's graph on token-aware latency, each served as computed.
    tokens = results["scenarios"]["tokens"]
    for key in ("dag_s", "plan_graph_dag_s", "bound_s", "plan_graph_bound_s", "time_scale"):
        assert tokens[key] > 0, key
    assert tokens["served_as_planned"] is True and tokens["pages"] == 5
    assert results["commit"]["sha"]
    goals = {g["goal"] for g in results["goals"]}
    assert {"jitter: dag / bound", "tokens: dag / plan's graph dag"} <= goals
    assert "Makespan" in finished.stdout and "Token-aware latency" in finished.stdout
