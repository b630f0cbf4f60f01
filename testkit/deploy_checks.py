"""What the deploy checks share: the repository's paths, overlays rendered by kustomize and read
as objects, and the checkers (.venv-deploy) they run."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
DEPLOY = REPO / "deploy"
OVERLAYS = ("dev", "prod")
# Every process the sitefarm image runs, and its role (app.kubernetes.io/component).
STATELESS_COMPONENTS = ("orchestrator", "phase-service")

Manifest = dict[str, Any]


def deploy_tool(name: str) -> Path:
    """A checker from .venv-deploy, which `make deploy-tools` installs apart from the app."""
    path = REPO / ".venv-deploy" / "bin" / name
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make deploy-tools` first")
    return path


def run(command: list[str | Path], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """A command's result, its output kept for the assertion message."""
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        check=False,
    )


@dataclass(frozen=True)
class Rendered:
    """One overlay as `kubectl kustomize` renders it: the YAML file and its objects."""

    overlay: str
    path: Path
    objects: list[Manifest]

    def of_kind(self, kind: str) -> list[Manifest]:
        return [o for o in self.objects if o["kind"] == kind]

    def named(self, kind: str, name: str) -> Manifest:
        matches = [o for o in self.of_kind(kind) if o["metadata"]["name"] == name]
        assert len(matches) == 1, f"{self.overlay}: expected one {kind}/{name}, got {len(matches)}"
        return matches[0]

    def workloads(self) -> list[Manifest]:
        """Deployments and StatefulSets: everything that runs pods."""
        return self.of_kind("Deployment") + self.of_kind("StatefulSet")

    def sitefarm_deployments(self) -> list[Manifest]:
        """The six Deployments that run the sitefarm image."""
        return [d for d in self.of_kind("Deployment") if component(d) in STATELESS_COMPONENTS]

    def config_map(self, name: str) -> dict[str, str]:
        return dict(self.named("ConfigMap", name).get("data", {}))


def component(obj: Manifest) -> str:
    return str(obj["metadata"].get("labels", {}).get("app.kubernetes.io/component", ""))


def pod_spec(workload: Manifest) -> Manifest:
    return workload["spec"]["template"]["spec"]  # type: ignore[no-any-return]


def container_env(rendered: Rendered, container: Manifest) -> dict[str, Manifest]:
    """Every variable a container gets, by name: ConfigMaps through envFrom, then env."""
    variables: dict[str, Manifest] = {}
    for source in container.get("envFrom", []):
        assert "configMapRef" in source, "envFrom is for ConfigMaps only: secrets are named keys"
        for name, value in rendered.config_map(source["configMapRef"]["name"]).items():
            variables[name] = {"name": name, "value": value}
    for entry in container.get("env", []):
        variables[entry["name"]] = entry
    return variables


def kustomize(overlay_dir: Path) -> str:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.fail("kubectl is not installed: `kubectl kustomize` renders the overlays")
    result = run([kubectl, "kustomize", overlay_dir])
    assert result.returncode == 0, result.stderr
    return result.stdout


def render_overlays(out: Path) -> dict[str, Rendered]:
    """Both overlays rendered into `out` (one YAML file each) and read back."""
    overlays = {}
    for overlay in OVERLAYS:
        text = kustomize(DEPLOY / "k8s" / "overlays" / overlay)
        path = out / f"{overlay}.yaml"
        path.write_text(text)
        objects = [o for o in yaml.safe_load_all(text) if o]
        overlays[overlay] = Rendered(overlay, path, objects)
    return overlays
