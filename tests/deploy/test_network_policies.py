"""The NetworkPolicies, evaluated over the rendered pods: who may reach whom."""

from __future__ import annotations

from typing import Any

from testkit.deploy_checks import Manifest, Rendered, component

SITEFARM_PROCESSES = ("orchestrator", "phase-service")


def selects(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    """Whether a label selector (matchLabels and matchExpressions) picks these labels."""
    if not selector.get("matchLabels", {}).items() <= labels.items():
        return False
    for expression in selector.get("matchExpressions", []):
        key, operator, values = expression["key"], expression["operator"], expression.get("values")
        present = key in labels
        if operator == "In" and not (present and labels[key] in values):
            return False
        if operator == "NotIn" and present and labels[key] in values:
            return False
        if operator == "Exists" and not present:
            return False
        if operator == "DoesNotExist" and present:
            return False
    return True


def pods(rendered: Rendered) -> dict[str, dict[str, str]]:
    """Each workload's name -> the labels of its pods."""
    return {
        w["metadata"]["name"]: w["spec"]["template"]["metadata"]["labels"]
        for w in rendered.workloads()
    }


def policies_for(rendered: Rendered, labels: dict[str, str], direction: str) -> list[Manifest]:
    return [
        p
        for p in rendered.of_kind("NetworkPolicy")
        if direction in p["spec"]["policyTypes"] and selects(p["spec"]["podSelector"], labels)
    ]


def ingress_sources(rendered: Rendered, target: str) -> set[str] | None:
    """The workloads of the namespace that may connect to `target`; None: anything may."""
    policies = policies_for(rendered, pods(rendered)[target], "Ingress")
    assert policies, f"{target} is not isolated for ingress"
    sources: set[str] = set()
    for policy in policies:
        for rule in policy["spec"].get("ingress", []):
            peers = rule.get("from")
            if not peers:
                return None
            for peer in peers:
                if "ipBlock" in peer or "namespaceSelector" in peer:
                    return None
                sources |= {
                    name
                    for name, labels in pods(rendered).items()
                    if selects(peer["podSelector"], labels)
                }
    return sources


def egress_destinations(rendered: Rendered, source: str) -> set[str]:
    """The workloads of the namespace that `source` may connect to."""
    destinations: set[str] = set()
    for policy in policies_for(rendered, pods(rendered)[source], "Egress"):
        for rule in policy["spec"].get("egress", []):
            for peer in rule.get("to", []):
                if set(peer) == {"podSelector"}:
                    destinations |= {
                        name
                        for name, labels in pods(rendered).items()
                        if selects(peer["podSelector"], labels)
                    }
    return destinations


def workloads_of(rendered: Rendered, *components: str) -> set[str]:
    return {w["metadata"]["name"] for w in rendered.workloads() if component(w) in components}


def test_everything_is_denied_unless_allowed(overlay: Rendered) -> None:
    deny = overlay.named("NetworkPolicy", "default-deny")["spec"]
    assert deny == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}


def test_only_the_orchestrator_reaches_each_phase_service(overlay: Rendered) -> None:
    for phase in workloads_of(overlay, "phase-service"):
        assert ingress_sources(overlay, phase) == {"orchestrator"}, phase


def test_the_orchestrator_reaches_every_phase_service(overlay: Rendered) -> None:
    reachable = egress_destinations(overlay, "orchestrator")
    assert workloads_of(overlay, "phase-service") <= reachable


def test_only_sitefarm_processes_reach_redis_and_the_collector(overlay: Rendered) -> None:
    processes = workloads_of(overlay, *SITEFARM_PROCESSES)
    for backend in ("redis", "jaeger"):
        assert ingress_sources(overlay, backend) == processes, backend
    for process in processes:
        assert {"redis", "jaeger"} <= egress_destinations(overlay, process), process
    # Phase services never call each other, nor the orchestrator.
    for phase in workloads_of(overlay, "phase-service"):
        assert egress_destinations(overlay, phase) == {"redis", "jaeger"}, phase


def test_every_pod_may_resolve_names(overlay: Rendered) -> None:
    dns = overlay.named("NetworkPolicy", "allow-dns")["spec"]
    assert dns["podSelector"] == {}
    ports = {(p["protocol"], p["port"]) for rule in dns["egress"] for p in rule["ports"]}
    assert ports == {("UDP", 53), ("TCP", 53)}


def ip_block_rules(rendered: Rendered, workload: str) -> list[Manifest]:
    """The egress rules to addresses (not pods) that apply to a workload's pods."""
    return [
        rule
        for p in policies_for(rendered, pods(rendered)[workload], "Egress")
        for rule in p["spec"].get("egress", [])
        if any("ipBlock" in peer for peer in rule.get("to", []))
    ]


def test_only_the_phase_services_reach_the_provider_on_443_outside_the_cluster(
    overlay: Rendered,
) -> None:
    for phase in workloads_of(overlay, "phase-service"):
        (rule,) = ip_block_rules(overlay, phase)
        assert rule["ports"] == [{"protocol": "TCP", "port": 443}]
        (peer,) = rule["to"]
        assert {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"} <= set(peer["ipBlock"]["except"])
    assert not ip_block_rules(overlay, "orchestrator"), "the orchestrator calls no model"


def ports_to(rendered: Rendered, source: str, destination: str) -> set[object]:
    """The ports `source`'s pods may open on `destination`'s pods."""
    ports: set[object] = set()
    for policy in policies_for(rendered, pods(rendered)[source], "Egress"):
        for rule in policy["spec"].get("egress", []):
            peers = [p["podSelector"] for p in rule.get("to", []) if set(p) == {"podSelector"}]
            if any(selects(peer, pods(rendered)[destination]) for peer in peers):
                ports |= {p["port"] for p in rule["ports"]}
    return ports


def ingress_rules(rendered: Rendered, target: str) -> list[Manifest]:
    """Every ingress rule that admits traffic to `target`'s pods."""
    return [
        rule
        for p in policies_for(rendered, pods(rendered)[target], "Ingress")
        for rule in p["spec"].get("ingress", [])
    ]


def test_every_process_sends_otlp_over_grpc_only(overlay: Rendered) -> None:
    for process in workloads_of(overlay, *SITEFARM_PROCESSES):
        assert ports_to(overlay, process, "jaeger") == {4317}, process
    rules = ingress_rules(overlay, "jaeger")
    assert [port["port"] for rule in rules for port in rule["ports"]] == [4317]


def test_any_pod_in_the_cluster_reaches_the_api_on_the_grpc_port_only(overlay: Rendered) -> None:
    (rule,) = ingress_rules(overlay, "orchestrator")
    assert rule["from"] == [{"namespaceSelector": {}}]
    assert rule["ports"] == [{"protocol": "TCP", "port": "grpc"}]


def test_redis_and_jaeger_reach_nothing_but_dns(overlay: Rendered) -> None:
    for backend in ("redis", "jaeger"):
        assert not ip_block_rules(overlay, backend), backend
        assert egress_destinations(overlay, backend) == set(), backend
