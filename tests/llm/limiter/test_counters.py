"""The limiter's own record: its counts reach the metrics exporter as soon as a process turns
telemetry on, though telemetry knows nothing of the limiter (no import either way round); every
decision is seen per key: admitted, waited and why, refused by the provider and why, and the
headroom the provider reports."""

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


# A model call's span and the limiter's record of it, in a process of its own.
DECISIONS = """
import json
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from services.llm.keys import ModelClass
from services.llm.limiter.buckets import Limits, Reconciled
from services.llm.limiter.counters import (
    record_admission, record_refusal, record_report, sleep_event,
)
from services.llm.limiter.reports import ProviderReport, Reading, refusal_of
from services.runtime import telemetry
reader, spans = InMemoryMetricReader(), InMemorySpanExporter()
handle = telemetry.configure("limiter-test", span_exporter=spans, metric_reader=reader)
CHAT = ModelClass.CHAT
with telemetry.rate_limit_wait(CHAT, 1200) as waited:
    sleep_event(CHAT, 0.25, 0, 1.0, "units:window")
    record_admission(CHAT, "k-1a2b3c4d")
    waited.granted("k-1a2b3c4d")
with telemetry.model_call("chat", "openai", "gpt-4o-mini", "layout", "json"):
    report = ProviderReport(Reading(39, 40, 1.5), Reading(5000, 20000, 45.0))
    record_report(CHAT, "k-1a2b3c4d", report, Reconciled(False, Limits(40, 20000), 0, True))
with telemetry.model_call("chat", "openai", "gpt-4o-mini", "layout", "json"):
    refused = ProviderReport(Reading(0, 40, 1.5), Reading(5000, 20000, 45.0), refused=True)
    record_refusal(CHAT, "k-1a2b3c4d", refusal_of(refused, CHAT, 1200))
handle.flush()
points = {
    metric.name: [
        [dict(point.attributes), getattr(point, "value", getattr(point, "count", None))]
        for point in metric.data.data_points
    ]
    for resource in reader.get_metrics_data().resource_metrics
    for scope in resource.scope_metrics
    for metric in scope.metrics
}
finished = [
    {"name": span.name, "attributes": dict(span.attributes),
     "events": [[event.name, dict(event.attributes)] for event in span.events]}
    for span in spans.get_finished_spans()
]
print(json.dumps({"points": points, "spans": finished}))
"""


def test_every_decision_is_seen_per_key_with_the_limit_that_binds() -> None:
    done = subprocess.run(
        [sys.executable, "-c", DECISIONS], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    points, spans = seen["points"], seen["spans"]
    key = {"sitefarm.model_class": "chat", "sitefarm.rate_limit.key_id": "k-1a2b3c4d"}
    assert [key, 1] in points["sitefarm.rate_limit.admitted"]
    assert [{**key, "sitefarm.rate_limit.dimension": "requests"}, 1] in points[
        "sitefarm.rate_limit.provider_refusals"
    ]
    headroom = {
        tuple(sorted(a.items())): v for a, v in points["sitefarm.rate_limit.provider_headroom"]
    }
    assert (
        headroom[tuple(sorted({**key, "sitefarm.rate_limit.dimension": "tokens"}.items()))] == 0.25
    )
    binding = {"sitefarm.model_class": "chat", "sitefarm.rate_limit.binding": "tokens:window"}
    assert [binding, 1] in points["sitefarm.rate_limit.binding"]
    assert any(a.get("sitefarm.rate_limit.key_id") == "k-1a2b3c4d"
               for a, _ in points["sitefarm.rate_limit.wait"])  # fmt: skip
    wait, answered, refused = spans
    assert wait["events"][0][1]["sitefarm.rate_limit.binding"] == "tokens:window"
    assert answered["attributes"]["sitefarm.rate_limit.provider.remaining_tokens"] == 5000
    assert answered["attributes"]["sitefarm.rate_limit.provider.limit_requests"] == 40
    (event,) = refused["events"]
    assert (
        event[0] == "rate_limit.refused" and event[1]["sitefarm.rate_limit.dimension"] == "requests"
    )
    assert "0 left of 40" in event[1]["sitefarm.rate_limit.reason"]


def test_telemetry_imports_nothing_of_the_model_stack() -> None:
    path = ROOT / "services" / "runtime" / "telemetry.py"
    imported = {
        f"{node.module}.{alias.name}" if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not {name for name in imported if name.startswith("services.llm")}
