"""What a path inside a site bundle may be: plain, relative, inside the site's folder. Codegen
checks every path it adds to a bundle, and whoever writes a bundle to disk checks it again."""

from __future__ import annotations


def check_site_path(path: str) -> str:
    """Return path if it is a plain relative path inside the site; raise ValueError if not."""
    if not path or not isinstance(path, str):
        raise ValueError("empty site path")
    if "\\" in path or "\x00" in path or ":" in path:
        raise ValueError(f"site path has a forbidden character: {path!r}")
    if path.startswith("/"):
        raise ValueError(f"site path is absolute: {path!r}")
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ValueError(f"site path leaves or blurs the site folder: {path!r}")
    return path
