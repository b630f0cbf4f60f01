"""A process started with a bad setting says which variable is wrong, never its value, and
exits with status 2 before serving anything."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from orchestrator.settings import OrchestratorSettings
from services.runtime.settings import Settings, environment_name

# A value that looks like a secret in a setting that must be a number.
SECRET_LOOKING = "sk-live-DoNotPrintMe-4242"


def _start(module: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SITEFARM_", "OPENAI_"))}
    return subprocess.run(
        [sys.executable, "-m", module],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("module", ["services.design", "orchestrator"])
def test_a_bad_setting_is_named_without_its_value_and_nothing_starts(module: str) -> None:
    done = _start(module, SITEFARM_PORT=SECRET_LOOKING, SITEFARM_CPU_WORKERS="0")
    assert done.returncode == 2
    assert "SITEFARM_PORT:" in done.stderr
    assert "SITEFARM_CPU_WORKERS: Input should be greater than or equal to 1" in done.stderr
    assert SECRET_LOOKING not in done.stderr + done.stdout
    assert "Traceback" not in done.stderr


def test_settings_are_named_by_the_variable_they_are_read_from() -> None:
    assert environment_name(Settings, "openai_api_key") == "OPENAI_API_KEY"
    assert environment_name(Settings, "cpu_workers") == "SITEFARM_CPU_WORKERS"
    assert environment_name(OrchestratorSettings, "max_running_jobs") == (
        "SITEFARM_MAX_RUNNING_JOBS"
    )
