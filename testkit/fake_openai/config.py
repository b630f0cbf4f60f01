"""The fake provider's configuration: value objects that travel as JSON through /_fake/config."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

FAULT_KINDS = frozenset(
    {
        "status",
        "hang",
        "timeout",
        "reset",
        "malformed_json",
        "schema_break",
        "empty",
        "length",
        "refusal",
    }
)
DEFAULT_MODELS = ("gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-image-1", "dall-e-3")


class Counting(StrEnum):
    """The ways a provider counts a key's usage against its per-minute limits."""

    # OpenAI's documented way: each request charged at admission its estimated prompt plus the
    # max output it asks for, counted for 60 s, never refunded.
    SLIDING_WINDOW = "sliding_window"
    # A bucket refilling continuously, charged at admission and settled to the reported usage.
    CONTINUOUS_BUCKET = "continuous_bucket"
    # The minute's limit enforced over fixed slices (a 60,000 rpm limit as 1,000 per second),
    # charged at admission, never refunded.
    QUANTIZED = "quantized"


@dataclass
class Limits:
    """Per-minute budgets for one API key; ``None`` means unlimited in that dimension, and a
    ``counting`` of ``None`` counts the way the fake counts by default."""

    rpm: float | None = None
    tpm: float | None = None
    ipm: float | None = None
    counting: Counting | None = None

    def __post_init__(self) -> None:
        if self.counting is not None:
            self.counting = Counting(self.counting)

    @classmethod
    def coerce(cls, value: Limits | Mapping[str, Any] | None) -> Limits:
        if value is None:
            return cls()
        if isinstance(value, Limits):
            return value
        return cls(**{k: value.get(k) for k in ("rpm", "tpm", "ipm", "counting")})


@dataclass
class LatencyConfig:
    """Delays in seconds; a ``routes`` entry (exact key, else longest prefix) beats the endpoint."""

    chat: float = 0.0
    images: float = 0.0
    models: float = 0.0
    routes: dict[str, float] = field(default_factory=dict)
    # Multiplicative log-normal jitter with mean 1, so the average delay stays the configured one.
    jitter_sigma: float = 0.0
    jitter_seed: int = 0
    # Extra seconds per generated completion token, to mimic decode time of long answers.
    per_completion_token: float = 0.0

    @classmethod
    def coerce(cls, value: LatencyConfig | Mapping[str, Any] | float | None) -> LatencyConfig:
        """A config from itself, its dict form, or one number for chat and images."""
        if value is None:
            return cls()
        if isinstance(value, LatencyConfig):
            return value
        if isinstance(value, int | float):
            return cls(chat=float(value), images=float(value))
        return cls(**dict(value))


@dataclass
class RequestInfo:
    """What latency functions and fault filters get to see about a request."""

    endpoint: str
    key: str
    schema: str | None
    model: str | None
    body: dict[str, Any]
    route: str | None = None


@dataclass
class Fault:
    """One scripted misbehaviour, applied to the next ``times`` requests that match the filters."""

    kind: str
    times: int = 1
    status: int = 500
    retry_after: float | None = None
    seconds: float = 0.0  # hang/timeout duration, or delay before a status/reset fault fires
    message: str | None = None
    content: str | None = None  # overrides the broken content of content faults
    endpoint: str | None = None  # "chat" | "images"
    schema: str | None = None  # exact json_schema name
    schema_prefix: str | None = None
    key: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(
                f"unknown fault kind {self.kind!r}; expected one of {sorted(FAULT_KINDS)}"
            )

    @classmethod
    def coerce(cls, value: Fault | Mapping[str, Any]) -> Fault:
        if isinstance(value, Fault):
            return value
        known = {f.name for f in fields(cls)}
        unknown = set(value) - known
        if unknown:
            raise ValueError(f"unknown fault fields: {sorted(unknown)}")
        return cls(**dict(value))

    def matches(self, info: RequestInfo) -> bool:
        if self.endpoint is not None and self.endpoint != info.endpoint:
            return False
        if self.key is not None and self.key != info.key:
            return False
        if self.schema is not None and self.schema != info.schema:
            return False
        if self.schema_prefix is not None and not (info.schema or "").startswith(
            self.schema_prefix
        ):
            return False
        return True


@dataclass
class RandomFaults:
    """Inject a fault into a seeded-random fraction ``rate`` of matching requests."""

    rate: float = 0.0
    seed: int = 0
    faults: list[Fault] = field(default_factory=lambda: [Fault("status", status=500)])
    endpoint: str | None = None
    schema_prefix: str | None = None

    @classmethod
    def coerce(cls, value: RandomFaults | Mapping[str, Any] | None) -> RandomFaults | None:
        if value is None or isinstance(value, RandomFaults):
            return value
        data = dict(value)
        if "faults" in data:
            data["faults"] = [Fault.coerce(f) for f in data["faults"]]
        return cls(**data)


# A scripted answer: the JSON object itself, or a function of the request body that makes it.
ScriptedAnswer = Mapping[str, Any] | Callable[[dict[str, Any]], Mapping[str, Any]]
