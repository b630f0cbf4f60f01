"""The manifests and the compose file set exactly the settings the code reads, so neither can
drift from services/runtime/settings.py."""

from __future__ import annotations

from urllib.parse import urlsplit

import opentelemetry.environment_variables as otel_api_variables
import opentelemetry.sdk.environment_variables as otel_sdk_variables
from pydantic import AliasChoices

from orchestrator.settings import OrchestratorSettings
from services.runtime.settings import Settings
from testkit.deploy_checks import Manifest, Rendered, container_env, pod_spec


def settings_class(deployment: Manifest) -> type[Settings]:
    """The settings a process reads: the orchestrator has knobs of its own."""
    if deployment["metadata"]["name"] == "orchestrator":
        return OrchestratorSettings
    return Settings


def settings_variables(settings: type[Settings] = Settings) -> set[str]:
    """Every environment variable `settings` reads: prefixed field names, or their aliases."""
    prefix = str(settings.model_config.get("env_prefix", ""))
    names: set[str] = set()
    for field, info in settings.model_fields.items():
        alias = info.validation_alias
        if alias is None:
            names.add(f"{prefix}{field}".upper())
        elif isinstance(alias, str):
            names.add(alias.upper())
        elif isinstance(alias, AliasChoices):
            names |= {choice.upper() for choice in alias.choices if isinstance(choice, str)}
    return names


def required_settings_variables(settings: type[Settings]) -> set[str]:
    prefix = str(settings.model_config.get("env_prefix", ""))
    return {
        f"{prefix}{field}".upper()
        for field, info in settings.model_fields.items()
        if info.is_required()
    }


def opentelemetry_variables() -> set[str]:
    """The OTEL_* names the OpenTelemetry SDK itself defines."""
    return {
        value
        for module in (otel_api_variables, otel_sdk_variables)
        for name, value in vars(module).items()
        if name.startswith("OTEL_") and isinstance(value, str)
    }


# What a container needs set, beyond Settings' defaults (which are right for a laptop only).
NEEDED_EVERYWHERE = {
    "SITEFARM_HOST",
    "SITEFARM_PORT",
    "SITEFARM_REDIS_URL",
    "SITEFARM_GRACE_SECONDS",
    "SITEFARM_DRAIN_DELAY_SECONDS",
    "OTEL_SERVICE_NAME",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
}
ADDRESS_SUFFIX = "_ADDRESS"
DNS_SCHEME = "dns:///"


def test_settings_reads_the_names_the_deploy_files_rely_on() -> None:
    known = settings_variables() | opentelemetry_variables()
    assert NEEDED_EVERYWHERE | {"SITEFARM_OPENAI_API_KEYS", "OPENAI_BASE_URL"} <= known


def test_every_variable_a_manifest_sets_is_read_by_the_code(overlay: Rendered) -> None:
    for deployment in overlay.sitefarm_deployments():
        known = settings_variables(settings_class(deployment)) | opentelemetry_variables()
        for container in pod_spec(deployment)["containers"]:
            unknown = set(container_env(overlay, container)) - known
            assert not unknown, f"{overlay.overlay} {deployment['metadata']['name']}: {unknown}"


def test_every_process_gets_what_it_needs_to_run_in_a_pod(overlay: Rendered) -> None:
    services = {s["metadata"]["name"]: s for s in overlay.of_kind("Service")}
    for deployment in overlay.sitefarm_deployments():
        name = deployment["metadata"]["name"]
        required = required_settings_variables(settings_class(deployment)) | NEEDED_EVERYWHERE
        env = {
            k: v.get("value")
            for k, v in container_env(overlay, pod_spec(deployment)["containers"][0]).items()
        }
        assert required <= env.keys(), f"{name} misses {required - env.keys()}"
        assert env["SITEFARM_HOST"] == "0.0.0.0", "a pod's loopback is unreachable"
        assert env["OTEL_SERVICE_NAME"] == f"sitefarm-{name}"
        redis = urlsplit(env["SITEFARM_REDIS_URL"])
        assert (redis.scheme, redis.hostname) == ("redis", "redis")
        assert redis.port in {p["port"] for p in services["redis"]["spec"]["ports"]}


def test_the_orchestrator_resolves_every_phase_service_to_the_pods_of_its_headless_service(
    overlay: Rendered,
) -> None:
    orchestrator = overlay.named("Deployment", "orchestrator")
    env = container_env(overlay, pod_spec(orchestrator)["containers"][0])
    addresses = {n for n in settings_variables() if n.endswith(ADDRESS_SUFFIX)}
    assert addresses and addresses <= env.keys()
    for variable in addresses:
        # dns:///: gRPC resolves the name itself, to every pod of the headless Service.
        target = env[variable]["value"]
        assert target.startswith(DNS_SCHEME), f"{variable}={target}: not a dns:/// target"
        host, port = target.removeprefix(DNS_SCHEME).rsplit(":", 1)
        service = overlay.named("Service", host)
        assert service["spec"].get("clusterIP") == "None", f"{host} is not headless"
        assert int(port) == service["spec"]["ports"][0]["port"], variable
        process = variable.removeprefix("SITEFARM_").removesuffix(ADDRESS_SUFFIX).lower()
        assert host == process
