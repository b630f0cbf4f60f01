"""Fixtures of the deploy checks: both overlays rendered once per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from testkit.deploy_checks import OVERLAYS, Rendered, render_overlays


@pytest.fixture(scope="session")
def rendered_overlays(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    """Both overlays, rendered once for the whole session."""
    return render_overlays(tmp_path_factory.mktemp("rendered"))


@pytest.fixture(scope="session")
def prod(rendered_overlays: dict[str, Rendered]) -> Rendered:
    return rendered_overlays["prod"]


@pytest.fixture(scope="session")
def dev(rendered_overlays: dict[str, Rendered]) -> Rendered:
    return rendered_overlays["dev"]


@pytest.fixture(params=OVERLAYS)
def overlay(
    request: pytest.FixtureRequest, rendered_overlays: dict[str, Rendered]
) -> Iterator[Rendered]:
    yield rendered_overlays[request.param]
