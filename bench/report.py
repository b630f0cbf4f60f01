"""The results as goals met or missed, rich tables for the terminal, and Markdown for the README."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table

MODE_SCENARIOS = ("seed", "jitter", "rate_bound")


@dataclass(frozen=True)
class Goal:
    """One goal of issue 7: a ratio from the results and the side of the target it must be on."""

    name: str
    measure: Callable[[dict[str, Any]], float]
    target: float
    at_most: bool = True

    def value(self, scenarios: dict[str, Any]) -> float | None:
        try:
            return self.measure(scenarios)
        except (KeyError, ZeroDivisionError, TypeError):
            return None  # the scenario was not run

    def met(self, value: float) -> bool:
        return value <= self.target if self.at_most else value >= self.target


def _per_job_growth(s: dict[str, Any]) -> float:
    """Memory per job at the most jobs over memory per job at the fewest jobs above one."""
    counts = sorted(int(k) for k in s["scale"] if k.isdigit())
    several = [c for c in counts if c > 1]
    first, last = several[0], several[-1]
    return float(s["scale"][str(last)]["rss_per_job_mb"] / s["scale"][str(first)]["rss_per_job_mb"])


def _scale_ratio(s: dict[str, Any]) -> float:
    counts = sorted(int(k) for k in s["scale"] if k.isdigit())
    scale = s["scale"]
    return float(scale[str(counts[-1])]["makespan_s"] / scale[str(counts[0])]["makespan_s"])


GOALS = (
    Goal("seed: dag / bound", lambda s: s["seed"]["dag_s"] / s["seed"]["bound_s"], 1.05),
    Goal("jitter: dag / bound", lambda s: s["jitter"]["dag_s"] / s["jitter"]["bound_s"], 1.05),
    Goal("jitter: dag / waves", lambda s: s["jitter"]["dag_s"] / s["jitter"]["waves_s"], 0.90),
    Goal(
        "jitter: dag / LangGraph",
        lambda s: s["jitter"]["dag_s"] / s["jitter"]["langgraph_s"],
        0.90,
    ),
    Goal(
        "seed: sequential / dag",
        lambda s: s["seed"]["sequential_s"] / s["seed"]["dag_s"],
        2.8,
        at_most=False,
    ),
    Goal(
        "rate_bound: dag / bound",
        lambda s: s["rate_bound"]["dag_s"] / s["rate_bound"]["bound_s"],
        1.10,
    ),
    Goal("rate_bound: dag 429s", lambda s: s["rate_bound"]["status_429"]["dag"], 0),
    Goal(
        "overhead: p50 ms per phase, tracing off", lambda s: s["overhead"]["overhead_ms_p50"], 2.0
    ),
    Goal("scale: makespan most jobs / 1 job", _scale_ratio, 1.25),
    Goal("scale: memory per job, most / fewest jobs", _per_job_growth, 1.25),
)


def goal_rows(scenarios: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for goal in GOALS:
        value = goal.value(scenarios)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        yield {
            "goal": goal.name,
            "value": round(value, 4),
            "target": ("<= " if goal.at_most else ">= ") + f"{goal.target:g}",
            "met": goal.met(value),
        }


def _s(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}"


def tables(results: dict[str, Any]) -> list[Table]:
    """The run as rich tables: modes against the bound, overhead, scale, goals."""
    scenarios = results["scenarios"]
    out: list[Table] = []
    scale = results["time_scale"]
    modes = Table(title=f"Makespan, seconds (1 plan second = {scale:g} s; median of runs)")
    for column in ("scenario", "sequential", "waves", "dag", "LangGraph", "bound", "dag/bound"):
        modes.add_column(column, justify="left" if column == "scenario" else "right")
    modes.add_column("429s (dag)", justify="right")
    for name in MODE_SCENARIOS:
        if (row := scenarios.get(name)) is None:
            continue
        modes.add_row(
            name,
            _s(row["sequential_s"]),
            _s(row["waves_s"]),
            _s(row["dag_s"]),
            _s(row["langgraph_s"]),
            _s(row["bound_s"]),
            f"{row['dag_s'] / row['bound_s']:.3f}",
            str(row["status_429"]["dag"]),
        )
    if modes.row_count:
        out.append(modes)
    if (overhead := scenarios.get("overhead")) is not None:
        table = Table(title="Overhead per phase at zero provider latency, ms")
        columns = ("variant", "p50", "p99", "orchestrator", "gRPC + servicer", "gateway + SDK")
        for column in (*columns, "dag job"):
            table.add_column(column, justify="left" if column == "variant" else "right")
        for name, v in overhead["variants"].items():
            table.add_row(
                name,
                f"{v['overhead_ms_p50']:.2f}",
                f"{v['overhead_ms_p99']:.2f}",
                f"{v['orchestrator_ms_p50']:.2f}",
                f"{v['grpc_and_servicer_ms_p50']:.2f}",
                f"{v['gateway_ms_p50']:.2f}",
                f"{v['dag_job_ms_p50']:.1f}",
            )
        out.append(table)
    if (scaled := scenarios.get("scale")) is not None:
        title = f"Concurrent jobs, one orchestrator (1 plan second = {scaled['time_scale']:g} s)"
        table = Table(title=title)
        for column in ("jobs", "makespan s", "x 1 job", "RSS peak MB", "MB per job"):
            table.add_column(column, justify="right")
        counts = sorted(int(k) for k in scaled if k.isdigit())
        one = scaled[str(counts[0])]["makespan_s"]
        for count in counts:
            row = scaled[str(count)]
            table.add_row(
                str(count),
                f"{row['makespan_s']:.2f}",
                f"{row['makespan_s'] / one:.3f}",
                f"{row['rss_mb']:.0f}",
                f"{row['rss_per_job_mb']:.2f}",
            )
        out.append(table)
    goals = Table(title="Goals")
    for column in ("goal", "measured", "target", "met"):
        goals.add_column(column, justify="left" if column == "goal" else "right")
    for row in results["goals"]:
        goals.add_row(
            row["goal"], f"{row['value']:g}", row["target"], "yes" if row["met"] else "NO"
        )
    out.append(goals)
    return out


def print_tables(results: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console()
    for table in tables(results):
        console.print(table)


def markdown(results: dict[str, Any]) -> str:
    """The same tables in Markdown, for bench/README.md."""
    lines: list[str] = []
    for table in tables(results):
        headers = [str(c.header) for c in table.columns]
        cells = [list(c.cells) for c in table.columns]
        lines += [f"**{table.title}**", "", "| " + " | ".join(headers) + " |"]
        lines.append("|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|")
        for row in zip(*cells, strict=True):
            lines.append("| " + " | ".join(str(c) for c in row) + " |")
        lines.append("")
    return "\n".join(lines)
