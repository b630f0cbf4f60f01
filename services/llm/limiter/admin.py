"""Run-time administration of the shared pool: each key's limits (the settings', the provider's,
an operator's), its accounts and holds, and overrides that every replica takes at its next
acquire, without a redeploy."""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Mapping
from typing import Any

import redis.asyncio as aioredis

from services.llm.keys import ApiKey, ModelClass
from services.llm.limiter.pool import pool_limits
from services.llm.limiter.redis_backend import (
    accounts_key,
    limits_key,
    redis_client,
    window_key,
)
from services.runtime.settings import Settings


async def set_key_limits(
    client: aioredis.Redis,
    key_id: str,
    model_class: ModelClass,
    requests: int | None = None,
    units: int | None = None,
) -> None:
    """Override one key's limits for every replica, now, until cleared (0: unlimited)."""
    values = {name: v for name, v in (("requests", requests), ("units", units)) if v is not None}
    if values:
        await client.hset(limits_key(model_class, key_id), mapping=values)  # type: ignore[arg-type,misc]


async def clear_key_limits(client: aioredis.Redis, key_id: str, model_class: ModelClass) -> None:
    """Drop a run-time override: the key's limits are the settings' again."""
    await client.delete(limits_key(model_class, key_id))


def _number(fields: Mapping[Any, Any], name: str) -> float | None:
    value = fields.get(name.encode())
    return float(value) if value is not None else None


async def describe_pool(client: aioredis.Redis, settings: Settings) -> list[dict[str, Any]]:
    """Each key's limits in force (and where they come from), burst levels, window, holds and
    the provider's last report, as the next acquire sees them."""
    seconds, micros = await client.time()
    now = seconds + micros / 1_000_000
    rows = []
    for (model_class, key_id), limits in pool_limits(
        settings, [ApiKey.of(s) for s in settings.api_keys()]
    ).items():
        stored = await client.hgetall(limits_key(model_class, key_id))  # type: ignore[misc]
        accounts = await client.hgetall(accounts_key(model_class, key_id))  # type: ignore[misc]
        window = await client.zcard(window_key(model_class, key_id))
        row: dict[str, Any] = {"key": key_id, "class": str(model_class)}
        for dimension, own in (("requests", limits.requests), ("units", limits.units)):
            operator = _number(stored, dimension)
            provider = _number(stored, f"provider_{dimension}")
            in_force = operator if operator is not None else provider
            row[f"{dimension}_limit"] = int(in_force if in_force is not None else own)
            row[f"{dimension}_limit_from"] = (
                "operator" if operator is not None else "provider" if provider is not None
                else "settings"
            )  # fmt: skip
        held = {d: _number(accounts, f"h{d[0]}") or 0.0 for d in ("requests", "units")}
        row |= {
            "overridden": any(_number(stored, d) is not None for d in ("requests", "units")),
            "burst_requests_left": _number(accounts, "r"),
            "burst_units_left": _number(accounts, "u"),
            "window_requests": window,
            "window_units": _number(accounts, "wu") or 0.0,
            "held_requests_seconds": round(max(0.0, held["requests"] - now), 3),
            "held_units_seconds": round(max(0.0, held["units"] - now), 3),
            "provider_requests_remaining": _number(accounts, "vrr"),
            "provider_units_remaining": _number(accounts, "vur"),
            "provider_refunds": _number(accounts, "rf") == 1,
        }
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> None:
    """`python -m services.llm.limiter show|set|clear`: the pool's limits at run time."""
    parser = argparse.ArgumentParser(
        prog="python -m services.llm.limiter", description=main.__doc__
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("show", help="limits, accounts and holds of every key (JSON)")
    change = commands.add_parser("set", help="override a key's limits for every replica")
    clear = commands.add_parser("clear", help="drop a key's override")
    for sub in (change, clear):
        sub.add_argument("key_id", help="the key's id, e.g. k-1a2b3c4d (never the key)")
        sub.add_argument("model_class", choices=[m.value for m in ModelClass])
    change.add_argument("--requests", type=int, help="requests per period (0: unlimited)")
    change.add_argument("--units", type=int, help="tokens (chat) or images per period")
    args = parser.parse_args(argv)
    settings = Settings()
    if settings.redis_url is None:
        parser.error("SITEFARM_REDIS_URL is not set: limits live in each process")

    async def run() -> None:
        client = redis_client(settings.redis_url or "")
        try:
            if args.command == "show":
                print(json.dumps(await describe_pool(client, settings), indent=2))
            elif args.command == "set":
                model_class = ModelClass(args.model_class)
                await set_key_limits(client, args.key_id, model_class, args.requests, args.units)
            else:
                await clear_key_limits(client, args.key_id, ModelClass(args.model_class))
        finally:
            await client.aclose()

    asyncio.run(run())
