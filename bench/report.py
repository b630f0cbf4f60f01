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
    """One goal: a ratio from the results and the side of the target it must be on."""

    name: str
    measure: Callable[[dict[str, Any]], float]
    target: float
    at_most: bool = True
    strictly: bool = False  # below (above) the target, not on it

    def value(self, scenarios: dict[str, Any]) -> float | None:
        try:
            return self.measure(scenarios)
        except (KeyError, ZeroDivisionError, TypeError):
            return None  # the scenario was not run

    def met(self, value: float) -> bool:
        if self.strictly:
            return value < self.target if self.at_most else value > self.target
        return value <= self.target if self.at_most else value >= self.target

    @property
    def bound(self) -> str:
        side = ("<" if self.at_most else ">") + ("" if self.strictly else "=")
        return f"{side} {self.target:g}"


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


def _ratio(scenario: str, over: str, under: str) -> Callable[[dict[str, Any]], float]:
    return lambda s: float(s[scenario][over] / s[scenario][under])


# Issue 15's goals first, then issue 7's that still stand.
GOALS = (
    Goal("seed: dag / the plan's 63 s", _ratio("seed", "dag_s", "plan_estimate_s"), 0.70),
    Goal("seed: dag / bound", _ratio("seed", "dag_s", "bound_s"), 1.05),
    Goal("seed: sequential / dag", _ratio("seed", "sequential_s", "dag_s"), 4.0, at_most=False),
    Goal("tokens: dag / plan's graph dag", _ratio("tokens", "dag_s", "plan_graph_dag_s"), 0.6),
    Goal("jitter: dag / bound", _ratio("jitter", "dag_s", "bound_s"), 1.05),
    Goal(
        "jitter: runs with dag below waves and LangGraph",
        lambda s: float(s["jitter"]["runs_dag_below_waves_and_langgraph"]),
        5,
        at_most=False,
    ),
    Goal(
        "overhead: p50 ms per phase, tracing on",
        lambda s: float(s["overhead"]["overhead_ms_p50_tracing_on"]),
        3.0,
        strictly=True,
    ),
    Goal("scale: makespan most jobs / 1 job", _scale_ratio, 1.25),
    Goal("jitter: dag / waves (issue 7)", _ratio("jitter", "dag_s", "waves_s"), 0.90),
    Goal("jitter: dag / LangGraph (issue 7)", _ratio("jitter", "dag_s", "langgraph_s"), 0.90),
    Goal("rate_bound: dag / bound (issue 7)", _ratio("rate_bound", "dag_s", "bound_s"), 1.10),
    Goal("rate_bound: dag 429s (issue 7)", lambda s: s["rate_bound"]["status_429"]["dag"], 0),
    Goal(
        "overhead: p50 ms per phase, tracing off (issue 7)",
        lambda s: s["overhead"]["overhead_ms_p50"],
        2.0,
    ),
    Goal("scale: memory per job, most / fewest jobs (issue 7)", _per_job_growth, 1.25),
)  # fmt: skip


def goal_rows(scenarios: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for goal in GOALS:
        value = goal.value(scenarios)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        yield {
            "goal": goal.name,
            "value": round(value, 4),
            "target": goal.bound,
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
    if (tokens := scenarios.get("tokens")) is not None:
        out.append(_tokens_table(tokens))
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


def _tokens_table(tokens: dict[str, Any]) -> Table:
    chat, image = tokens["chat_model"]["model"], tokens["image_model"]["model"]
    table = Table(
        title=f"Token-aware latency, {tokens['pages']} pages, {chat} and {image} "
        f"(1 model second = {tokens['time_scale']:g} s; median of runs)"
    )
    for column in ("graph", "dag", "bound", "dag/bound"):
        table.add_column(column, justify="left" if column == "graph" else "right")
    for name, dag, bound in (
        ("this graph", tokens["dag_s"], tokens["bound_s"]),
        ("the plan's graph", tokens["plan_graph_dag_s"], tokens["plan_graph_bound_s"]),
    ):
        table.add_row(name, _s(dag), _s(bound), f"{dag / bound:.3f}")
    table.add_row(
        "ratio", f"{tokens['dag_s'] / tokens['plan_graph_dag_s']:.3f}",
        f"{tokens['bound_s'] / tokens['plan_graph_bound_s']:.3f}", "",
    )  # fmt: skip
    return table


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
