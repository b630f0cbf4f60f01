"""The API-key pool and the seam where the rate limiter decides which key a call may use."""

from __future__ import annotations

import hashlib
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
class KeyGrant:
    """The limiter's yes to one model call: this key, with `tokens` of its budget reserved.

    (Not a job's lease, which is a replica's hold on a job in the job store.)"""

    key: ApiKey
    model_class: ModelClass
    tokens: int
    # Reserved from the in-process fallback buckets while Redis was unreachable.
    fallback: bool = False


class RateLimiter(Protocol):
    """Chooses a key for each call and keeps the pool inside the provider's limits."""

    async def acquire(
        self, model_class: ModelClass, tokens: int, priority: float = 0.0
    ) -> KeyGrant:
        """Wait until some key may make a call of `tokens`, reserve it, return the grant."""
        ...

    async def reconcile(self, grant: KeyGrant, used_tokens: int) -> None:
        """Correct the reservation with the usage the provider reported: refund what the call
        did not use, charge what it used beyond."""
        ...

    async def cooldown(self, grant: KeyGrant, seconds: float) -> None:
        """The provider refused the key (429): keep every caller off it for `seconds`."""
        ...

    async def aclose(self) -> None:
        """Release connections (the Redis client of a shared limiter)."""
        ...
