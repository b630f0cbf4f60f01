"""The `sitefarm` command, run as a user runs it, with the whole stack started in process."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from orchestrator.cli import app
from testkit.briefs import EXAMPLES


def test_generate_writes_the_site_its_timeline_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "bakery"
    result = CliRunner().invoke(
        app, ["generate", str(EXAMPLES / "bakery.yaml"), "--out", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert (out / "index.html").read_text(encoding="utf-8").lower().startswith("<!doctype html>")
    timeline = (out / "_report" / "timeline.svg").read_text(encoding="utf-8")
    assert timeline.startswith("<svg") and "wave 5" in timeline and "page[index]" in timeline
    assert "Critical path (» above):" in result.output and "-> site " in result.output
    # The phases on the path are marked in the table; which ones depends on the run's timing.
    path = result.output.split("Critical path (» above):", 1)[1].split("\n\n", 1)[0]
    on_path = {step.strip().split("[")[0].split()[0] for step in path.split("->") if step.strip()}
    assert any(f"» {phase}" in result.output for phase in on_path), (on_path, result.output)
    assert 'stroke-dasharray="3 2"' in timeline  # and joined in the timeline
    assert str((out / "index.html").resolve()) in result.output.replace("\n", "")


def test_generate_names_each_bad_field_on_its_own_line(tmp_path: Path) -> None:
    brief = tmp_path / "bad.yaml"
    brief.write_text("description: A shop.\nbrand_colors: ['red']\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["generate", str(brief), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert any(line.startswith("error: brief.business_name: required") for line in lines)
    assert any(line.startswith("error: brief.brand_colors[0]:") for line in lines)
    assert "Traceback" not in result.output


def test_generate_reports_an_unreadable_brief_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["generate", str(tmp_path / "missing.yaml"), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 2
    assert result.output.startswith("error: cannot read") and "Traceback" not in result.output
