"""Writing a site's bundle to disk: every file inside the folder named, or nothing at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitefarm.v1 import artifacts_pb2 as a

from orchestrator.bundle import write_bundle
from services.runtime.site_paths import check_site_path


def test_write_bundle_writes_every_file_under_the_folder(tmp_path: Path) -> None:
    bundle = a.SiteBundle(
        files=[
            a.SiteFile(path="index.html", content=b"<!doctype html>"),
            a.SiteFile(path="images/hero.svg", content=b"<svg/>"),
        ]
    )
    written = write_bundle(bundle, tmp_path / "site")
    assert [p.relative_to(tmp_path / "site").as_posix() for p in written] == [
        "index.html",
        "images/hero.svg",
    ]
    assert (tmp_path / "site" / "images" / "hero.svg").read_bytes() == b"<svg/>"


@pytest.mark.parametrize(
    "path",
    ["../evil.html", "/etc/passwd", "a/../../b.html", "..\\..\\win.html", "C:/x", "", "a//b"],
)
def test_write_bundle_refuses_a_path_outside_the_folder_and_writes_nothing(
    tmp_path: Path, path: str
) -> None:
    bundle = a.SiteBundle(
        files=[
            a.SiteFile(path="index.html", content=b"ok"),
            a.SiteFile(path=path, content=b"evil"),
        ]
    )
    out = tmp_path / "site"
    with pytest.raises(ValueError):
        write_bundle(bundle, out)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_write_bundle_refuses_to_follow_a_planted_symlink_out(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "images").symlink_to(elsewhere, target_is_directory=True)
    bundle = a.SiteBundle(files=[a.SiteFile(path="images/x.png", content=b"x")])
    with pytest.raises(ValueError):
        write_bundle(bundle, out)
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("path", ["index.html", "images/a-b.png", "assets/site.css"])
def test_a_plain_relative_path_is_a_site_path(path: str) -> None:
    assert check_site_path(path) == path
