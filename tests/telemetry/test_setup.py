"""What telemetry set-up installs, and what the exporter lets out, without any global state."""

from __future__ import annotations

import os

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import Event, ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanContext, Status, StatusCode

from services.runtime import telemetry
from services.runtime.redact import register_secrets

SECRET = "sk-setup-test-0123456789abcdef"


def _clear_otel(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("OTEL_"):
            monkeypatch.delenv(name)


def test_without_an_endpoint_nothing_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    _clear_otel(monkeypatch)
    before = trace.get_tracer_provider()
    handle = telemetry.configure("design")
    assert not handle.enabled
    assert trace.get_tracer_provider() is before
    assert telemetry.server_interceptors() == []
    assert telemetry.client_interceptors() == []
    handle.close()  # closing nothing is fine


def test_sdk_disabled_wins_over_an_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    _clear_otel(monkeypatch)
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317")
    monkeypatch.setenv("OTEL_SDK_DISABLED", "true")
    assert not telemetry.configure("design").enabled


def test_exporter_none_turns_a_signal_off(monkeypatch: pytest.MonkeyPatch) -> None:
    _clear_otel(monkeypatch)
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317")
    monkeypatch.setenv("OTEL_TRACES_EXPORTER", "none")
    monkeypatch.setenv("OTEL_METRICS_EXPORTER", "none")
    assert not telemetry.configure("design").enabled


def test_service_name_is_sitefarm_process_unless_the_environment_names_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _clear_otel(monkeypatch)
    assert telemetry.resource_for("layout").attributes["service.name"] == "sitefarm-layout"
    monkeypatch.setenv("OTEL_RESOURCE_ATTRIBUTES", "service.namespace=sitefarm,team=web")
    resource = telemetry.resource_for("layout")
    assert resource.attributes["service.name"] == "sitefarm-layout"
    assert resource.attributes["team"] == "web"
    monkeypatch.setenv("OTEL_SERVICE_NAME", "layout-canary")
    assert telemetry.resource_for("layout").attributes["service.name"] == "layout-canary"


def _span(**fields: object) -> ReadableSpan:
    context = SpanContext(trace_id=1, span_id=2, is_remote=False)
    return ReadableSpan(name="work", context=context, **fields)  # type: ignore[arg-type]


def test_the_exporter_masks_secrets_in_attributes_events_and_status() -> None:
    register_secrets([SECRET])
    exported = InMemorySpanExporter()
    exporter = telemetry.RedactingSpanExporter(exported)
    leaky = _span(
        attributes={"note": f"key {SECRET}", "list": (f"x {SECRET}", "y"), "count": 3},
        events=[Event("exception", {"exception.message": "Authorization: Bearer abc.def-123"})],
        status=Status(StatusCode.ERROR, f"refused {SECRET}"),
    )
    clean = _span(attributes={"sitefarm.phase": "seo"})
    exporter.export([leaky, clean])
    first, second = exported.get_finished_spans()
    text = repr(
        (
            dict(first.attributes or {}),
            [dict(e.attributes or {}) for e in first.events],
            first.status.description,
        )
    )
    assert SECRET not in text and "abc.def-123" not in text
    assert first.attributes is not None and first.attributes["count"] == 3
    assert first.attributes["list"] == ("x [redacted]", "y")
    assert second is clean  # nothing to mask: the very span goes out, no copy


def test_safe_clips_long_text() -> None:
    assert telemetry.safe("a" * 600, limit=10) == "a" * 9 + "…"
