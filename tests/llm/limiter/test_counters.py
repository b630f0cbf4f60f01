"""The limiter's own record: its counts reach the metrics exporter as soon as a process turns
telemetry on, though telemetry knows nothing of the limiter (no import either way round)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# Its own process: a meter provider can be installed once per process.
EXPORT = """
import json
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from services.llm.limiter.counters import COUNTERS
from services.runtime import telemetry
reader = InMemoryMetricReader()
telemetry.configure("limiter-test", metric_reader=reader)
COUNTERS.cooled("k-1a2b3c4d")
COUNTERS.add("fallback_grants", 2)
points = {
    metric.name: [point.value for point in metric.data.data_points]
    for resource in reader.get_metrics_data().resource_metrics
    for scope in resource.scope_metrics
    for metric in scope.metrics
}
print(json.dumps(points))
"""


def test_the_limiters_counts_are_exported_once_telemetry_is_on() -> None:
    done = subprocess.run(
        [sys.executable, "-c", EXPORT], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    points = json.loads(done.stdout.splitlines()[-1])
    assert points["sitefarm.rate_limit.cooldowns"] == [1]
    assert points["sitefarm.rate_limit.fallback_grants"] == [2]
    assert points["sitefarm.rate_limit.fail_closed"] == [0]


def test_telemetry_imports_nothing_of_the_model_stack() -> None:
    path = ROOT / "services" / "runtime" / "telemetry.py"
    imported = {
        f"{node.module}.{alias.name}" if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not {name for name in imported if name.startswith("services.llm")}
