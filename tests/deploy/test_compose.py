"""compose.yaml: the same processes, settings and health checks as Kubernetes, on one machine."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from testkit.deploy_checks import DEPLOY, Rendered, container_env, pod_spec

COMPOSE = DEPLOY / "compose.yaml"
# Where one machine and a dev cluster differ on purpose.
DIFFERENT_ON_PURPOSE = {"SITEFARM_LOG_LEVEL", "OTEL_RESOURCE_ATTRIBUTES"}
INTERPOLATION = re.compile(r"\$\{(\w+)(?::?-([^}]*))?\}")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    document = yaml.safe_load(COMPOSE.read_text())
    assert isinstance(document, dict)
    return document


def default_value(value: object) -> str:
    """A compose value as it is with nothing set in the shell: ${X:-default} -> default."""
    return INTERPOLATION.sub(lambda m: m.group(2) or "", str(value))


def test_compose_names_every_process_redis_and_jaeger(
    compose: dict[str, Any], dev: Rendered
) -> None:
    processes = {d["metadata"]["name"] for d in dev.sitefarm_deployments()}
    assert set(compose["services"]) == processes | {"redis", "jaeger"}


def test_each_process_gets_the_settings_it_gets_in_kubernetes(
    compose: dict[str, Any], dev: Rendered
) -> None:
    for deployment in dev.sitefarm_deployments():
        name = deployment["metadata"]["name"]
        (container,) = pod_spec(deployment)["containers"]
        in_kubernetes = container_env(dev, container)
        in_compose = compose["services"][name]["environment"]
        assert set(in_compose) == set(in_kubernetes), name
        assert compose["services"][name]["command"] == container["args"], name
        for variable, entry in in_kubernetes.items():
            if "value" in entry and variable not in DIFFERENT_ON_PURPOSE:
                assert default_value(in_compose[variable]) == entry["value"], (name, variable)


def test_the_key_pool_comes_from_the_shell_never_from_the_file(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        for variable, value in service.get("environment", {}).items():
            if "KEY" in variable:
                assert default_value(value) == "", (name, variable)


def test_each_process_is_health_checked_over_grpc_and_restricted(
    compose: dict[str, Any], dev: Rendered
) -> None:
    for deployment in dev.sitefarm_deployments():
        service = compose["services"][deployment["metadata"]["name"]]
        assert service["healthcheck"]["test"] == ["CMD", "python", "/app/deploy/healthcheck.py"]
        assert service["user"] == "10001:10001"
        assert service["read_only"] is True
        assert service["cap_drop"] == ["ALL"]
        stop = int(str(service["stop_grace_period"]).removesuffix("s"))
        assert stop == pod_spec(deployment)["terminationGracePeriodSeconds"]


def test_the_orchestrator_waits_for_healthy_phase_services(
    compose: dict[str, Any], dev: Rendered
) -> None:
    depends = compose["services"]["orchestrator"]["depends_on"]
    for deployment in dev.sitefarm_deployments():
        name = deployment["metadata"]["name"]
        if name != "orchestrator":
            assert depends[name] == {"condition": "service_healthy"}, name


def test_only_the_api_and_jaeger_are_published_and_only_on_localhost(
    compose: dict[str, Any],
) -> None:
    published = {
        name: service["ports"]
        for name, service in compose["services"].items()
        if "ports" in service
    }
    assert set(published) == {"orchestrator", "jaeger"}
    assert "127.0.0.1:50050:50050" in published["orchestrator"]
    assert "127.0.0.1:16686:16686" in published["jaeger"]
    assert all(port.startswith("127.0.0.1:") for ports in published.values() for port in ports)


def test_jaeger_receives_otlp(compose: dict[str, Any]) -> None:
    jaeger = compose["services"]["jaeger"]
    assert jaeger["image"].startswith("jaegertracing/jaeger:2.")
    assert jaeger["environment"]["JAEGER_LISTEN_HOST"] == "0.0.0.0"


def test_redis_and_jaeger_run_the_images_kubernetes_runs(
    compose: dict[str, Any], dev: Rendered
) -> None:
    for name in ("redis", "jaeger"):
        (workload,) = [w for w in dev.workloads() if w["metadata"]["name"] == name]
        (container,) = pod_spec(workload)["containers"]
        assert compose["services"][name]["image"] == container["image"], name
