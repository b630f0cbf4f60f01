"""The key pool's limits as the settings give them, and the limiter they ask for: shared in
Redis when SITEFARM_REDIS_URL is set, else in this process."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from services.llm.keys import ApiKey, ModelClass
from services.llm.limiter.buckets import Limits
from services.llm.limiter.local import LocalRateLimiter
from services.llm.limiter.redis_backend import RedisRateLimiter, redis_client
from services.llm.limiter.reports import ProviderSyncedLimiter
from services.runtime.settings import Settings

log = logging.getLogger(__name__)

# The settings fields of each model class's limits: (requests, units) per period.
_LIMIT_FIELDS = {
    ModelClass.CHAT: ("chat_rpm", "chat_tpm"),
    ModelClass.IMAGES: (None, "images_ipm"),
}


def pool_limits(settings: Settings, keys: Iterable[ApiKey]) -> dict[tuple[ModelClass, str], Limits]:
    """Every key's limits per model class: the settings' defaults, then its own overrides."""
    known = {name for pair in _LIMIT_FIELDS.values() for name in pair if name}
    ids = set()
    limits: dict[tuple[ModelClass, str], Limits] = {}
    for key in keys:
        ids.add(key.id)
        own = settings.key_limits.get(key.id, {})
        if unknown := set(own) - known:
            raise ValueError(f"SITEFARM_KEY_LIMITS[{key.id}]: unknown limits {sorted(unknown)}")
        for model_class, (requests, units) in _LIMIT_FIELDS.items():
            limits[(model_class, key.id)] = Limits(
                own.get(requests, getattr(settings, requests)) if requests else 0,
                own.get(units, getattr(settings, units)),
            )
    if stray := set(settings.key_limits) - ids:
        log.warning("SITEFARM_KEY_LIMITS names keys outside the pool: %s", ", ".join(sorted(stray)))
    return limits


def burst_share(settings: Settings) -> float:
    """How much of a period's limit a full burst bucket holds: SITEFARM_LIMITER_BURST_SECONDS
    of refill, at most the whole period (the window holds every period to the limit anyway)."""
    return min(1.0, settings.limiter_burst_seconds / settings.limiter_period_seconds)


def make_limiter(settings: Settings) -> ProviderSyncedLimiter:
    """The limiter the settings ask for: shared in Redis when SITEFARM_REDIS_URL is set."""
    keys = [ApiKey.of(secret) for secret in settings.api_keys()]
    limits = pool_limits(settings, keys)
    if settings.redis_url is None:
        return LocalRateLimiter(
            keys,
            limits,
            settings.limiter_period_seconds,
            settings.limiter_max_wait_seconds,
            burst_share(settings),
            refund_unused=settings.limiter_refund_unused_tokens,
        )
    return RedisRateLimiter(
        keys,
        limits,
        redis_client(settings.redis_url),
        period=settings.limiter_period_seconds,
        max_wait=settings.limiter_max_wait_seconds,
        fallback_share=settings.limiter_fallback_share,
        redis_wait=settings.limiter_redis_wait_seconds,
        burst=burst_share(settings),
        refund_unused=settings.limiter_refund_unused_tokens,
    )
