"""`python -m bench.run` (`make bench`): every scenario in one run, a table, and
bench/results/latest.json."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import signal
import subprocess
import time
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
from rich.console import Console

from bench.harness import CHILD_LOG, ROOT, clean_environment
from bench.report import goal_rows, markdown, print_tables
from bench.scenarios import SCENARIOS, BenchConfig
from testkit.fake_openai.latency import CHAT_SPEEDS

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"


def machine() -> dict[str, Any]:
    """What the figures were measured on, including how busy it was."""
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
    }


def commit() -> dict[str, Any]:
    def git(*args: str) -> str:
        try:
            return subprocess.run(
                ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    return {"sha": git("rev-parse", "HEAD"), "dirty": bool(git("status", "--porcelain"))}


async def run(config: BenchConfig, console: Console) -> dict[str, Any]:
    results: dict[str, Any] = {
        "command": "make bench",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit(),
        "machine": machine(),
        "time_scale": config.time_scale,
        "config": asdict(config),
        "scenarios": {},
    }
    started = time.perf_counter()
    for name in config.scenarios:
        console.print(f"[bold]{name}[/] …")
        begun = time.perf_counter()
        results["scenarios"][name] = await SCENARIOS[name](config)
        console.print(f"  {name} done in {time.perf_counter() - begun:.0f}s")
    results["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    results["wall_seconds"] = round(time.perf_counter() - started, 1)
    results["goals"] = list(goal_rows(results["scenarios"]))
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    defaults = BenchConfig()
    parser.add_argument(
        "--scenarios", default=",".join(defaults.scenarios), help="comma-separated subset"
    )
    parser.add_argument("--time-scale", type=float, default=defaults.time_scale)
    parser.add_argument("--repeats", type=int, default=defaults.repeats)
    parser.add_argument("--jitter-repeats", type=int, default=defaults.jitter_repeats)
    parser.add_argument(
        "--tokens-chat-model", default=defaults.tokens_chat_model, choices=sorted(CHAT_SPEEDS)
    )
    parser.add_argument("--sigma", type=float, default=defaults.sigma)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--overhead-jobs", type=int, default=defaults.overhead_jobs)
    parser.add_argument(
        "--scale-jobs", default=",".join(map(str, defaults.scale_jobs)), help="e.g. 1,10,50,100"
    )
    parser.add_argument("--scale-time-scale", type=float, default=defaults.scale_time_scale)
    parser.add_argument("--out", type=Path, default=RESULTS, help="where the JSON goes")
    parser.add_argument(
        "--markdown", type=Path, help="print the tables of this results file as Markdown; exit"
    )
    args = parser.parse_args(argv)
    console = Console(width=max(Console().width, 110))
    if args.markdown:
        print(markdown(json.loads(args.markdown.read_text())))
        return
    unknown = set(args.scenarios.split(",")) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    config = replace(
        defaults,
        time_scale=args.time_scale,
        repeats=args.repeats,
        jitter_repeats=args.jitter_repeats,
        tokens_chat_model=args.tokens_chat_model,
        sigma=args.sigma,
        seed=args.seed,
        overhead_jobs=args.overhead_jobs,
        scale_jobs=tuple(int(n) for n in args.scale_jobs.split(",")),
        scale_time_scale=args.scale_time_scale,
        scenarios=tuple(args.scenarios.split(",")),
    )
    clean_environment()
    logging.basicConfig(level=logging.WARNING)
    # SIGTERM (`kill`, a CI timeout) unwinds like Ctrl-C, so every farm stops its processes
    # instead of leaving them running, and loading the machine, after the bench is gone.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    results = asyncio.run(run(config, console))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print_tables(results, console)
    console.print(
        f"wrote {args.out} ({results['wall_seconds']:.0f}s); the processes' logs: {CHILD_LOG}"
    )


if __name__ == "__main__":
    main()
