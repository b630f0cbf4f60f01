"""The fleet balances per call and scales on its work: headless Services that resolve to every
pod, and prod's HPAs on calls in flight per pod with CPU as a floor."""

from __future__ import annotations

from services.runtime.server_load import IN_FLIGHT
from testkit.deploy_checks import DEPLOY, Manifest, Rendered, component

# How a Prometheus-compatible pipeline names the OpenTelemetry instrument (dots to underscores;
# an up-down counter is a gauge, with no _total suffix).
IN_FLIGHT_METRIC = IN_FLIGHT.replace(".", "_")


def metrics_of(hpa: Manifest) -> list[Manifest]:
    return hpa["spec"]["metrics"]  # type: ignore[no-any-return]


def cpu_floor(hpa: Manifest) -> Manifest:
    (cpu,) = [m for m in metrics_of(hpa) if m["type"] == "Resource"]
    assert cpu["resource"]["name"] == "cpu"
    return cpu


def test_every_sitefarm_service_is_headless_so_clients_see_every_pod(overlay: Rendered) -> None:
    for deployment in overlay.sitefarm_deployments():
        name = deployment["metadata"]["name"]
        spec = overlay.named("Service", name)["spec"]
        assert spec["clusterIP"] == "None", f"{name}: a ClusterIP balances connections only"
        # A pod that is not ready (starting, draining) drops out of the name's answer.
        assert not spec.get("publishNotReadyAddresses", False), name


def test_prod_scales_each_phase_service_on_calls_in_flight_with_cpu_as_a_floor(
    prod: Rendered,
) -> None:
    phase_services = [d for d in prod.sitefarm_deployments() if component(d) == "phase-service"]
    assert len(phase_services) == 5
    for deployment in phase_services:
        hpa = prod.named("HorizontalPodAutoscaler", deployment["metadata"]["name"])
        calls = metrics_of(hpa)[0]
        assert calls["type"] == "Pods", "a per-pod average, so each replica's share counts"
        assert calls["pods"]["metric"] == {"name": IN_FLIGHT_METRIC}
        assert calls["pods"]["target"]["type"] == "AverageValue"
        assert float(calls["pods"]["target"]["averageValue"]) >= 1
        assert cpu_floor(hpa)["resource"]["target"]["type"] == "Utilization"


def test_the_orchestrator_scales_on_cpu_alone(prod: Rendered) -> None:
    hpa = prod.named("HorizontalPodAutoscaler", "orchestrator")
    assert metrics_of(hpa) == [cpu_floor(hpa)]


def test_the_documented_adapter_rule_serves_the_metric_the_hpas_read() -> None:
    readme = (DEPLOY / "README.md").read_text()
    assert f"seriesQuery: '{IN_FLIGHT_METRIC}{{" in readme
    assert f"name: {{as: {IN_FLIGHT_METRIC}}}" in readme
