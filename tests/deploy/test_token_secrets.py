"""The API and internal tokens come from Secrets: optional in dev, required in prod."""

from __future__ import annotations

from testkit.deploy_checks import REPO, Rendered, component, container_env, pod_spec


def test_prod_requires_the_api_and_internal_tokens_and_dev_does_not(
    prod: Rendered, dev: Rendered
) -> None:
    for rendered, optional in ((prod, False), (dev, True)):
        for deployment in rendered.sitefarm_deployments():
            env = container_env(rendered, pod_spec(deployment)["containers"][0])
            internal = env["SITEFARM_INTERNAL_TOKEN"]["valueFrom"]["secretKeyRef"]
            assert (internal["name"], internal["key"]) == ("sitefarm-internal", "token")
            assert internal["optional"] is optional, rendered.overlay
            api = env.get("SITEFARM_API_TOKENS")
            if component(deployment) != "orchestrator":
                assert api is None, "only the orchestrator checks API tokens"
                continue
            reference = api["valueFrom"]["secretKeyRef"]
            assert (reference["name"], reference["key"]) == ("sitefarm-api", "tokens")
            assert reference["optional"] is optional, rendered.overlay


def test_both_readmes_name_every_secret_prod_requires(prod: Rendered) -> None:
    required = {
        entry["valueFrom"]["secretKeyRef"]["name"]
        for deployment in prod.sitefarm_deployments()
        for entry in container_env(prod, pod_spec(deployment)["containers"][0]).values()
        if "secretKeyRef" in entry.get("valueFrom", {})
        and not entry["valueFrom"]["secretKeyRef"]["optional"]
    }
    assert required == {"sitefarm-openai", "sitefarm-api", "sitefarm-internal"}
    for readme in ("README.md", "deploy/README.md"):
        text = (REPO / readme).read_text()
        assert all(f"`{name}`" in text for name in required), (readme, required)
