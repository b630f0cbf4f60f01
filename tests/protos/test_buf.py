"""The API's hygiene, checked by the buf CLI that `make lint` runs (pinned in tools/buf): the
protos pass buf's STANDARD lint rules (with the exceptions buf.yaml states and explains), and
break nothing for clients compared with the last release tag."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUF = ROOT / "tools" / "buf" / "node_modules" / ".bin" / "buf"
AGAINST = ROOT / "tools" / "buf" / "against.sh"
JOB_FIELD = "  string request_id = 13;\n"


@pytest.fixture(scope="module")
def buf() -> Path:
    if not BUF.exists():
        pytest.fail("the buf CLI is not installed: run `make buf` (make test and make lint do)")
    return BUF


def run(*command: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_the_protos_pass_buf_lint(buf: Path) -> None:
    result = run(buf, "lint")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_protos_break_nothing_since_the_last_release(buf: Path) -> None:
    against = run("sh", AGAINST).stdout.strip()
    result = run(buf, "breaking", "--against", f".git#ref={against},subdir=protos")
    assert result.returncode == 0, result.stdout + result.stderr


def git(repo: Path, *arguments: str) -> None:
    identity = ("-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "tag.gpgSign=false")
    result = run("git", *identity, *arguments, cwd=repo)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def released(tmp_path: Path) -> Path:
    """A repository holding today's protos and buf.yaml, released as v0.1.0."""
    shutil.copytree(ROOT / "protos", tmp_path / "protos")
    shutil.copy(ROOT / "buf.yaml", tmp_path / "buf.yaml")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "v1")
    git(tmp_path, "tag", "v0.1.0")
    return tmp_path


def breaking(buf: Path, repo: Path) -> subprocess.CompletedProcess[str]:
    against = run("sh", AGAINST, cwd=repo).stdout.strip()
    assert against == "v0.1.0"  # the last release tag, once there is one
    return run(buf, "breaking", "--against", f".git#ref={against},subdir=protos", cwd=repo)


def test_a_field_deleted_after_a_release_is_a_breaking_change(buf: Path, released: Path) -> None:
    api = released / "protos" / "sitefarm" / "v1" / "sitefarm.proto"
    text = api.read_text(encoding="utf-8")
    assert JOB_FIELD in text
    api.write_text(text.replace(JOB_FIELD, ""), encoding="utf-8")
    git(released, "commit", "-q", "-am", "drop Job.request_id")
    result = breaking(buf, released)
    assert result.returncode != 0
    assert 'field "13" with name "request_id" on message "Job" was deleted' in result.stdout


def test_a_field_added_after_a_release_breaks_nothing(buf: Path, released: Path) -> None:
    api = released / "protos" / "sitefarm" / "v1" / "sitefarm.proto"
    text = api.read_text(encoding="utf-8")
    added = JOB_FIELD + "  // A label a client gives the job.\n  string label = 99;\n"
    api.write_text(text.replace(JOB_FIELD, added), encoding="utf-8")
    git(released, "commit", "-q", "-am", "add Job.label")
    result = breaking(buf, released)
    assert result.returncode == 0, result.stdout + result.stderr
