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


@pytest.mark.timeout(240)  # seven processes start and stop: slow on a busy machine
def test_jitter_scenario_runs_every_mode_and_langgraph_against_the_fake(tmp_path: Path) -> None:
    out = tmp_path / "latest.json"
    finished = subprocess.run(
        [
            sys.executable, "-m", "bench.run",
            "--scenarios", "jitter",
            "--time-scale", "0.002",
            "--repeats", "1",
            "--out", str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=230,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stdout[-3000:] + finished.stderr[-3000:]
    results = json.loads(out.read_text())
    jitter = results["scenarios"]["jitter"]
    for key in ("sequential_s", "waves_s", "dag_s", "langgraph_s", "bound_s"):
        assert jitter[key] > 0, key
    # The fake served each node the latency the bound was computed from, and nobody was refused.
    assert jitter["served_as_planned"] is True
    assert set(jitter["status_429"].values()) == {0}
    assert results["commit"]["sha"]
    assert {g["goal"] for g in results["goals"]} >= {"jitter: dag / bound"}
    assert "Makespan" in finished.stdout
