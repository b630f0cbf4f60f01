"""The API-key pool and the seam where the rate limiter decides which key a call may use."""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class ModelClass(StrEnum):
    """Provider limits differ by kind of model."""

    CHAT = "chat"
    IMAGES = "images"


def key_id(secret: str) -> str:
    """A short, stable, non-reversible name for a key: what logs and spans show."""
    return "k-" + hashlib.sha256(secret.encode()).hexdigest()[:8]


@dataclass(frozen=True)
class ApiKey:
    """One key of the pool. Only the provider call itself reads `secret`."""

    id: str
    secret: str = field(repr=False)

    @classmethod
    def of(cls, secret: str) -> ApiKey:
        return cls(id=key_id(secret), secret=secret)


@dataclass(frozen=True)
class Lease:
    """Permission to make one call with one key, having reserved `tokens` of its budget."""

    key: ApiKey
    model_class: ModelClass
    tokens: int
    # Reserved from the in-process fallback buckets while Redis was unreachable.
    fallback: bool = False


class RateLimiter(Protocol):
    """Chooses a key for each call and keeps the pool inside the provider's limits."""

    async def acquire(self, model_class: ModelClass, tokens: int, priority: float = 0.0) -> Lease:
        """Wait until some key may make a call of `tokens`, reserve it, return the lease."""
        ...

    async def settle(self, lease: Lease, used_tokens: int) -> None:
        """Correct the reservation with the usage the provider reported."""
        ...

    async def cooldown(self, lease: Lease, seconds: float) -> None:
        """The provider refused the key (429): keep every caller off it for `seconds`."""
        ...

    async def aclose(self) -> None:
        """Release connections (the Redis client of a shared limiter)."""
        ...


class RoundRobinPool:
    """No limits, keys in turn: for tests and servers that enforce limits themselves."""

    def __init__(self, secrets: list[str]) -> None:
        if not secrets:
            raise ValueError("the key pool is empty")
        self._keys = itertools.cycle([ApiKey.of(s) for s in secrets])

    async def acquire(self, model_class: ModelClass, tokens: int, priority: float = 0.0) -> Lease:
        return Lease(next(self._keys), model_class, tokens)

    async def settle(self, lease: Lease, used_tokens: int) -> None:
        return None

    async def cooldown(self, lease: Lease, seconds: float) -> None:
        return None

    async def aclose(self) -> None:
        return None
