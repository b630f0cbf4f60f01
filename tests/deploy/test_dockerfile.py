"""The image: hadolint and checkov pass, the base is pinned, and the final stage is only the
interpreter, the virtualenv and the code, run by a fixed non-root user."""

from __future__ import annotations

import json
import re
from pathlib import Path

from testkit.deploy_checks import DEPLOY, REPO, deploy_tool, run

DOCKERFILE = DEPLOY / "Dockerfile"
PINNED_BASE = re.compile(r"^python:3\.11\.\d+-slim-\w+@sha256:[0-9a-f]{64}$")


def stages() -> dict[str, list[str]]:
    """Stage name -> its instructions (continuation lines joined, comments dropped)."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    result: dict[str, list[str]] = {}
    current: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("FROM "):
            current = result.setdefault(line.split(" AS ")[-1].strip(), [line])
        else:
            current.append(line)
    return result


def test_hadolint_passes() -> None:
    result = run([deploy_tool("hadolint"), "--failure-threshold", "style", DOCKERFILE])
    assert result.returncode == 0, result.stdout + result.stderr


def test_checkov_finds_nothing_in_the_dockerfile() -> None:
    result = run(
        [
            deploy_tool("checkov"),
            "--framework",
            "dockerfile",
            "--skip-download",
            "--compact",
            "-o",
            "json",
            "-f",
            DOCKERFILE,
        ],
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["summary"]["failed"] == 0 and report["summary"]["passed"] > 0
    assert report["summary"]["skipped"] == 0


def test_both_stages_start_from_one_base_pinned_by_tag_and_digest() -> None:
    bases = {stage[0].split()[1] for stage in stages().values()}
    assert len(bases) == 1
    (base,) = bases
    assert PINNED_BASE.match(base), base


def test_stubs_are_generated_in_the_build_stage_only() -> None:
    build, runtime = stages()["build"], stages()["runtime"]
    assert any("grpc_tools.protoc" in line for line in build)
    assert not any(re.search(r"grpc_tools|pip install|apt-get|gcc", line) for line in runtime)
    copies = [line for line in runtime if line.startswith("COPY --from=build")]
    assert {line.split()[-1] for line in copies} == {"/opt/sitefarm", "/app"}


def test_the_final_stage_runs_python_m_as_a_fixed_non_root_user() -> None:
    runtime = stages()["runtime"]
    (user,) = [line for line in runtime if line.startswith("USER ")]
    uid, gid = user.split()[1].split(":")
    assert int(uid) >= 10000 and int(gid) >= 10000
    assert 'ENTRYPOINT ["python", "-m"]' in runtime
    assert 'CMD ["orchestrator"]' in runtime
    assert any(line.startswith("HEALTHCHECK ") and "healthcheck.py" in line for line in runtime)


def test_dockerignore_lets_in_exactly_what_the_build_copies() -> None:
    allowed = {
        line[1:].rstrip("/")
        for line in (REPO / ".dockerignore").read_text().splitlines()
        if line.startswith("!")
    }
    copied = {
        line.split()[1]
        for stage in stages().values()
        for line in stage
        if line.startswith("COPY ") and not line.startswith("COPY --from")
    }
    assert copied == allowed
    assert all(Path(REPO, path).exists() for path in allowed)
