"""Fixtures and order of the fault suite: everything it logs is kept (testkit.watch) for the
secrets scan, which runs after every other test of the suite."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from testkit.watch import logging_into_suite_log


@pytest.fixture(scope="package", autouse=True)
def suite_log() -> Iterator[io.StringIO]:
    """Every record logged in this process during the fault suite, INFO and up, formatted the
    way configure_logging formats it (through the one RedactingFilter)."""
    with logging_into_suite_log() as log:
        yield log


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The scan for leaked secrets runs after every other test of the fault suite."""
    scans = [i for i in items if i.get_closest_marker("after_fault_suite")]
    if not scans:
        return
    rest = [i for i in items if i not in scans]
    ours = [n for n, i in enumerate(rest) if "tests/faults/" in i.nodeid.replace("\\", "/")]
    at = (ours[-1] + 1) if ours else len(rest)
    items[:] = [*rest[:at], *scans, *rest[at:]]


@pytest.fixture(scope="session")
def process_log_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("process-logs")
