"""The Kubernetes overlays render, validate against pinned schemas, pass checkov, and every
workload is probed, limited, locked down and labelled."""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

import pytest

from orchestrator.settings import DEFAULT_PORT as ORCHESTRATOR_PORT
from services.runtime.settings import Settings
from testkit.deploy_checks import (
    REPO,
    STATELESS_COMPONENTS,
    Manifest,
    Rendered,
    component,
    container_env,
    deploy_tool,
    pod_spec,
    run,
)

# The oldest Kubernetes these manifests claim (PDB unhealthyPodEvictionPolicy is GA in 1.31)
# and a current one; kubernetes-validate ships the schemas of both.
KUBERNETES_VERSIONS = ("1.31.0", "1.34.0")
RECOMMENDED_LABELS = (
    "app.kubernetes.io/name",
    "app.kubernetes.io/component",
    "app.kubernetes.io/part-of",
    "app.kubernetes.io/version",
)
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
SITEFARM_UID = 10001
# The placeholder the operator replaces with their registry (deploy/README.md).
PROD_REGISTRY = "registry.example.com"


def containers(workload: Manifest) -> list[Manifest]:
    return pod_spec(workload)["containers"]  # type: ignore[no-any-return]


def sitefarm_processes() -> dict[str, tuple[str, int]]:
    """Deployment name -> (python -m module, port), from the code: each phase service's port is
    the one in its Settings address default and in its __main__.py."""
    processes = {"orchestrator": ("orchestrator", ORCHESTRATOR_PORT)}
    for field, info in Settings.model_fields.items():
        if field.endswith("_address"):
            name = field.removesuffix("_address")
            processes[name] = (f"services.{name}", int(str(info.default).rsplit(":", 1)[1]))
    for module, port in processes.values():
        main = REPO.joinpath(*module.split("."), "__main__.py")
        if main.exists() and "default_port" in main.read_text():
            assert f"default_port={port}" in main.read_text(), main
    return processes


# --- rendering and validation ---------------------------------------------------------------


def test_both_overlays_render_the_same_set_of_processes(
    rendered_overlays: dict[str, Rendered],
) -> None:
    for rendered in rendered_overlays.values():
        names = {d["metadata"]["name"] for d in rendered.sitefarm_deployments()}
        assert names == set(sitefarm_processes()), rendered.overlay
        assert {w["metadata"]["name"] for w in rendered.workloads()} >= {"redis", "jaeger"}


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_every_rendered_object_validates_strictly_against_pinned_schemas(
    rendered_overlays: dict[str, Rendered], version: str
) -> None:
    paths = [r.path for r in rendered_overlays.values()]
    result = run([deploy_tool("kubernetes-validate"), "--strict", "--quiet", "-k", version, *paths])
    assert result.returncode == 0, result.stdout + result.stderr


def test_checkov_finds_nothing_in_the_rendered_manifests(
    rendered_overlays: dict[str, Rendered],
) -> None:
    files = [arg for r in rendered_overlays.values() for arg in ("-f", r.path)]
    result = run(
        [
            deploy_tool("checkov"),
            "--framework",
            "kubernetes",
            "--skip-download",
            "--compact",
            "-o",
            "json",
            *files,
        ],
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    reports = json.loads(result.stdout)
    reports = reports if isinstance(reports, list) else [reports]
    for report in reports:
        assert report["summary"]["failed"] == 0
        assert report["summary"]["passed"] > 0
        for skipped in report["results"]["skipped_checks"]:
            reason = skipped["check_result"].get("suppress_comment", "")
            assert len(reason) > 20, f"{skipped['check_id']} skipped without a reason"


def test_the_prod_key_pool_is_required_and_optional_only_in_dev(
    prod: Rendered, dev: Rendered
) -> None:
    for rendered, optional in ((prod, False), (dev, True)):
        for deployment in rendered.sitefarm_deployments():
            env = container_env(rendered, containers(deployment)[0])
            keys = env.get("SITEFARM_OPENAI_API_KEYS")
            if component(deployment) != "phase-service":
                assert keys is None, "only the phase services call the model"
                continue
            assert keys is not None
            reference = keys["valueFrom"]["secretKeyRef"]
            assert reference["name"] == "sitefarm-openai"
            assert reference["optional"] is optional, rendered.overlay


def test_no_secret_value_is_written_in_a_manifest(overlay: Rendered) -> None:
    assert not overlay.of_kind("Secret"), "the key pool Secret is the operator's, not the repo's"
    for deployment in overlay.workloads():
        for container in containers(deployment):
            for name, entry in container_env(overlay, container).items():
                # Secrets by name (a key, a token, a password), not settings about tokens
                # such as SITEFARM_LIMITER_REFUND_UNUSED_TOKENS.
                if re.search(r"(^|_)(API_KEYS?|API_TOKENS?|TOKEN|KEY|PASSWORD|SECRET)$", name):
                    assert "secretKeyRef" in entry.get("valueFrom", {}), name


# --- labels ---------------------------------------------------------------------------------


def test_every_object_and_pod_carries_the_recommended_labels(overlay: Rendered) -> None:
    for obj in overlay.objects:
        where = f"{overlay.overlay}: {obj['kind']}/{obj['metadata']['name']}"
        labels = obj["metadata"].get("labels", {})
        assert all(labels.get(key) for key in RECOMMENDED_LABELS), where
        assert labels["app.kubernetes.io/part-of"] == "sitefarm", where
        template = obj.get("spec", {}).get("template")
        if template:
            pod_labels = template["metadata"]["labels"]
            assert all(pod_labels.get(key) for key in RECOMMENDED_LABELS), where


def test_sitefarm_objects_carry_the_release_version_and_run_its_image(overlay: Rendered) -> None:
    third_party = {"redis", "jaeger"}
    for obj in overlay.objects:
        labels = obj["metadata"]["labels"]
        if obj["metadata"]["name"] not in third_party or obj["kind"] == "NetworkPolicy":
            assert labels["app.kubernetes.io/version"] == VERSION, obj["metadata"]["name"]
    # dev runs the image loaded into a local cluster; prod pulls it from a registry.
    image = (
        f"sitefarm:{VERSION}" if overlay.overlay == "dev" else f"{PROD_REGISTRY}/sitefarm:{VERSION}"
    )
    for deployment in overlay.sitefarm_deployments():
        assert containers(deployment)[0]["image"] == image


def test_selectors_never_hold_the_version_label(overlay: Rendered) -> None:
    for workload in overlay.workloads():
        selector = workload["spec"]["selector"]["matchLabels"]
        assert "app.kubernetes.io/version" not in selector, "selectors are immutable"
        assert selector.items() <= workload["spec"]["template"]["metadata"]["labels"].items()


# --- every workload: probes, resources, security --------------------------------------------


def test_every_container_has_probes_requests_and_limits(prod: Rendered) -> None:
    for workload in prod.workloads():
        for container in containers(workload):
            where = f"{workload['metadata']['name']}/{container['name']}"
            assert "livenessProbe" in container, where
            assert "readinessProbe" in container, where
            for bound in ("requests", "limits"):
                assert {"cpu", "memory"} <= container["resources"][bound].keys(), where


def test_every_pod_runs_non_root_read_only_with_no_privilege(prod: Rendered) -> None:
    for workload in prod.workloads():
        spec = pod_spec(workload)
        name = workload["metadata"]["name"]
        pod = spec["securityContext"]
        assert pod["runAsNonRoot"] is True, name
        assert isinstance(pod["runAsUser"], int) and pod["runAsUser"] >= 10000, name
        assert isinstance(pod["runAsGroup"], int), name
        assert pod["seccompProfile"]["type"] == "RuntimeDefault", name
        assert spec["automountServiceAccountToken"] is False, name
        account = prod.named("ServiceAccount", spec["serviceAccountName"])
        assert account["automountServiceAccountToken"] is False, name
        scratch = {v["name"] for v in spec["volumes"] if "emptyDir" in v}
        for container in containers(workload):
            context = container["securityContext"]
            assert context["allowPrivilegeEscalation"] is False, name
            assert context["readOnlyRootFilesystem"] is True, name
            assert context["runAsNonRoot"] is True, name
            assert context["capabilities"]["drop"] == ["ALL"], name
            assert context["seccompProfile"]["type"] == "RuntimeDefault", name
            mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
            assert mounts.get("/tmp") in scratch, f"{name}: /tmp must be an emptyDir"


def test_every_process_has_its_own_service_account(overlay: Rendered) -> None:
    accounts = [pod_spec(w)["serviceAccountName"] for w in overlay.workloads()]
    assert len(accounts) == len(set(accounts))
    assert "default" not in accounts


def test_sitefarm_image_runs_as_the_dockerfile_user(overlay: Rendered) -> None:
    dockerfile = (REPO / "deploy" / "Dockerfile").read_text()
    assert f"USER {SITEFARM_UID}:{SITEFARM_UID}" in dockerfile
    for deployment in overlay.sitefarm_deployments():
        context = pod_spec(deployment)["securityContext"]
        assert (context["runAsUser"], context["runAsGroup"]) == (SITEFARM_UID, SITEFARM_UID)


def test_each_process_runs_its_module_on_its_port_behind_a_grpc_service(
    overlay: Rendered,
) -> None:
    for name, (module, port) in sitefarm_processes().items():
        deployment = overlay.named("Deployment", name)
        (container,) = containers(deployment)
        assert container["args"] == [module]
        assert container["ports"] == [{"name": "grpc", "containerPort": port, "protocol": "TCP"}]
        assert container_env(overlay, container)["SITEFARM_PORT"]["value"] == str(port)
        service = overlay.named("Service", name)
        assert service["spec"]["type"] == "ClusterIP"
        (service_port,) = service["spec"]["ports"]
        assert service_port["name"] == "grpc"
        assert service_port["appProtocol"] == "grpc"
        assert service_port["port"] == port and service_port["targetPort"] == "grpc"
        pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert service["spec"]["selector"].items() <= pod_labels.items()


def test_probes_are_native_grpc_on_the_serving_port(overlay: Rendered) -> None:
    for deployment in overlay.sitefarm_deployments():
        (container,) = containers(deployment)
        port = container["ports"][0]["containerPort"]
        for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
            assert container[probe]["grpc"]["port"] == port, probe
        # Readiness asks for the process's own service: a wrong command never turns ready.
        assert container["readinessProbe"]["grpc"]["service"].startswith("sitefarm.v1.")


def test_pods_get_longer_to_stop_than_the_server_drains(overlay: Rendered) -> None:
    for deployment in overlay.sitefarm_deployments():
        env = container_env(overlay, containers(deployment)[0])
        drain = float(env["SITEFARM_DRAIN_DELAY_SECONDS"]["value"]) + float(
            env["SITEFARM_GRACE_SECONDS"]["value"]
        )
        assert pod_spec(deployment)["terminationGracePeriodSeconds"] > drain + 5


def test_redis_is_probed_limited_and_kept_on_a_volume(overlay: Rendered) -> None:
    redis = overlay.named("StatefulSet", "redis")
    (container,) = containers(redis)
    assert "exec" in container["readinessProbe"]
    assert container["image"].count("@sha256:") == 1
    assert [c["metadata"]["name"] for c in redis["spec"]["volumeClaimTemplates"]] == ["data"]


def test_jaeger_receives_otlp_where_the_processes_send_it(overlay: Rendered) -> None:
    ports = {p["name"]: p for p in overlay.named("Service", "jaeger")["spec"]["ports"]}
    assert ports["otlp-grpc"]["port"] == 4317 and ports["otlp-grpc"]["appProtocol"] == "grpc"
    assert "ui" in ports and ports["ui"]["port"] == 16686
    for deployment in overlay.sitefarm_deployments():
        env = container_env(overlay, containers(deployment)[0])
        assert env["OTEL_EXPORTER_OTLP_ENDPOINT"]["value"] == "http://jaeger:4317"


# --- overlays -------------------------------------------------------------------------------


def test_prod_scales_every_stateless_process_with_an_hpa_and_a_pdb(prod: Rendered) -> None:
    for deployment in prod.sitefarm_deployments():
        name = deployment["metadata"]["name"]
        hpa = prod.named("HorizontalPodAutoscaler", name)
        assert hpa["apiVersion"] == "autoscaling/v2"
        assert hpa["spec"]["scaleTargetRef"] == {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "name": name,
        }
        assert hpa["spec"]["minReplicas"] >= 2
        # The HPA owns the count: a replicas field would reset it on every apply.
        assert "replicas" not in deployment["spec"], name
        pdb = prod.named("PodDisruptionBudget", name)
        pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert pdb["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
    assert not [
        h
        for h in prod.of_kind("HorizontalPodAutoscaler")
        if h["spec"]["scaleTargetRef"]["name"] in ("redis", "jaeger")
    ]


def test_prod_requests_the_memory_it_limits(prod: Rendered, dev: Rendered) -> None:
    for deployment in prod.sitefarm_deployments():
        resources: dict[str, Any] = containers(deployment)[0]["resources"]
        assert resources["requests"]["memory"] == resources["limits"]["memory"]
        dev_limits = containers(dev.named("Deployment", deployment["metadata"]["name"]))[0]
        assert resources["limits"] != dev_limits["resources"]["limits"]


def test_dev_runs_one_replica_each_with_debug_logs(dev: Rendered) -> None:
    assert all(w["spec"]["replicas"] == 1 for w in dev.workloads())
    assert not dev.of_kind("HorizontalPodAutoscaler")
    for deployment in dev.sitefarm_deployments():
        env = container_env(dev, containers(deployment)[0])
        assert env["SITEFARM_LOG_LEVEL"]["value"] == "DEBUG"
        assert env["SITEFARM_PROVIDER"]["value"] == "offline"


def test_prod_uses_the_model_provider(prod: Rendered) -> None:
    for deployment in prod.sitefarm_deployments():
        assert component(deployment) in STATELESS_COMPONENTS
        env = container_env(prod, containers(deployment)[0])
        assert env["SITEFARM_PROVIDER"]["value"] == "openai"
