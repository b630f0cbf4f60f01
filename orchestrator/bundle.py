"""Writes a finished site's bundle to a folder, refusing any file that would land outside it."""

from __future__ import annotations

from pathlib import Path

from sitefarm.v1 import artifacts_pb2

from services.runtime.site_paths import check_site_path


def write_bundle(bundle: artifacts_pb2.SiteBundle, out_dir: Path) -> list[Path]:
    """Write every file of the bundle under out_dir; refuse (ValueError) before writing
    anything if a single path would land outside it."""
    root = Path(out_dir).resolve()
    targets: list[tuple[Path, bytes]] = []
    for site_file in bundle.files:
        check_site_path(site_file.path)
        target = (root / site_file.path).resolve()
        # resolve() follows symlinks already in out_dir, so a planted link cannot lead out.
        if not target.is_relative_to(root) or target == root:
            raise ValueError(f"refusing to write outside {root}: {site_file.path!r}")
        targets.append((target, bytes(site_file.content)))
    written: list[Path] = []
    for target, content in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        written.append(target)
    return written
