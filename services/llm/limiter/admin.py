"""Run-time administration of the shared pool: each key's limits, levels and cooldowns, and
overrides that every replica takes at its next acquire, without a redeploy."""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

import redis.asyncio as aioredis

from services.llm.keys import ApiKey, ModelClass
from services.llm.limiter.pool import pool_limits
from services.llm.limiter.redis_backend import bucket_key, cooldown_key, limits_key, redis_client
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


async def describe_pool(client: aioredis.Redis, settings: Settings) -> list[dict[str, Any]]:
    """Each key's limits in force, bucket levels and cooldown, as the next acquire sees them."""
    rows = []
    for (model_class, key_id), limits in pool_limits(
        settings, [ApiKey.of(s) for s in settings.api_keys()]
    ).items():
        override = await client.hgetall(limits_key(model_class, key_id))  # type: ignore[misc]
        bucket = await client.hgetall(bucket_key(model_class, key_id))  # type: ignore[misc]
        cooling = await client.pttl(cooldown_key(model_class, key_id))
        rows.append(
            {
                "key": key_id,
                "class": str(model_class),
                "requests_limit": int(override.get(b"requests", limits.requests)),
                "units_limit": int(override.get(b"units", limits.units)),
                "overridden": bool(override),
                "requests_left": float(bucket[b"r"]) if bucket else None,
                "units_left": float(bucket[b"u"]) if bucket else None,
                "cooldown_seconds": max(0, cooling) / 1000,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    """`python -m services.llm.limiter show|set|clear`: the pool's limits at run time."""
    parser = argparse.ArgumentParser(
        prog="python -m services.llm.limiter", description=main.__doc__
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("show", help="limits, levels and cooldowns of every key (JSON)")
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
