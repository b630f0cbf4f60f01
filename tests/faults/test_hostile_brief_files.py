"""Brief files a user might hand the CLI, run as a user runs it (`sitefarm generate FILE`, a
process of its own): other encodings, deep nesting, alias bombs, huge or binary files and
escape sequences each end in one clear line naming the file or the field, exit code 2, no
traceback, no escape sequence on the terminal, in bounded time and memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from services.runtime.brief import BriefError, load_brief
from services.runtime.settings import Settings
from services.runtime.validation import validate_brief
from testkit.processes import child_env

EXAMPLE = (Path(__file__).resolve().parents[2] / "examples" / "bakery.yaml").read_text("utf-8")
# Offline, Hebrew is refused at validation: a file that reaches it was read and decoded.
HEBREW = EXAMPLE + "\nlanguage: he\n"
_LAUGHS = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)
BOMB = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + _LAUGHS


# file content -> what its error line must say
BRIEF_FILES: dict[str, tuple[bytes, str]] = {
    "latin-1": ("business_name: Bäckerei Müller\ndescription: Brot\n".encode("latin-1"), "UTF-8"),
    "utf-16 with bom": (HEBREW.encode("utf-16"), "brief.language"),
    "utf-16 without bom": (HEBREW.encode("utf-16-le"), "brief.language"),
    "utf-32": (HEBREW.encode("utf-32"), "brief.language"),
    "utf-8 with bom": (HEBREW.encode("utf-8-sig"), "brief.language"),
    "deep flow nesting": (b"business_name: " + b"[" * 5000 + b"]" * 5000, "nested"),
    "deep block nesting": ("".join(f"{'  ' * i}k{i}:\n" for i in range(300)).encode(), "nested"),
    "alias bomb": (BOMB.encode() + b"business_name: *i\n", "aliases"),
    "recursive alias": (b"business_name: &a [*a]\n", "contains it"),
    "one megabyte": (b"description: " + b"x" * 1024 * 1024, "larger than"),
    "NUL byte": (b"business_name: a\x00b\ndescription: c\n", "not YAML"),
    "escape in a tone": (
        b'business_name: x\ndescription: y\ntone: "\\e]0;pwned\\a\\e[2J"\n',
        "tone",
    ),
    "escape in a name": (
        b'business_name: "Crumb\\e]52;c;cHduZWQ=\\a"\ndescription: y\n',
        "brief.business_name",
    ),
    "5000-digit number": (b"business_name: x\ndescription: y\nfounded: 1" + b"0" * 5000, "YAML"),
    "binary": (os.urandom(4096), "brief"),
    "python object": (b"business_name: !!python/object/apply:os.system [id]\n", "YAML"),
}


@pytest.mark.slow  # sixteen CLI processes at once: about half a minute on two cores
def test_a_hostile_brief_file_is_one_clear_line_never_a_traceback(tmp_path: Path) -> None:
    sitefarm = Path(sys.executable).with_name("sitefarm")
    runs = {}
    for name, (content, _) in BRIEF_FILES.items():
        path = tmp_path / f"{name.replace(' ', '-')}.yaml"
        path.write_bytes(content)
        runs[name] = subprocess.Popen(
            [str(sitefarm), "generate", str(path), "--out", str(tmp_path / "out")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env({"COLUMNS": "200", "TERM": "xterm-256color"}),
        )
    for name, run in runs.items():
        stdout, stderr = run.communicate(timeout=60)
        output = (stdout + stderr).decode("utf-8", "replace")
        said = BRIEF_FILES[name][1]
        assert run.returncode == 2, (name, output)
        assert said in output and "error:" in output, (name, output)
        assert "Traceback" not in output and len(output) < 2000, (name, output)
        assert b"\x1b" not in stdout + stderr and b"\x07" not in stdout + stderr, name
    assert not (tmp_path / "out").exists()  # refused before anything was written
    # The bomb expands to 387,420,489 strings: none of the runs came near holding them.
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mb < 1024, peak_mb


@pytest.mark.parametrize("name", list(BRIEF_FILES))
def test_the_loader_refuses_a_hostile_brief_file_naming_the_file_or_field(
    tmp_path: Path, name: str
) -> None:
    """The same files in this process (the quick tier's share of the CLI test above)."""
    content, said = BRIEF_FILES[name]
    path = tmp_path / "brief.yaml"
    path.write_bytes(content)
    try:
        brief = load_brief(path)
    except BriefError as error:
        message = str(error)
    else:
        problems = validate_brief(brief, Settings(), at="brief")
        message = "; ".join(f"{p.field}: {p.description}" for p in problems)
    assert said in message and len(message) <= 500, message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_a_brief_in_any_unicode_encoding_reads_as_the_same_brief(
    tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "brief.yaml"
    path.write_bytes(EXAMPLE.encode(encoding))
    (tmp_path / "plain.yaml").write_text(EXAMPLE, encoding="utf-8")
    assert load_brief(path) == load_brief(tmp_path / "plain.yaml")
