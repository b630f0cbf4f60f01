"""The errors a phase can end with, and how each one becomes a gRPC status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import grpc
from google.protobuf import any_pb2, duration_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from services.runtime.printable import printable
from services.runtime.redact import redact


class PhaseError(Exception):
    """Base of every failure a phase reports to its caller."""

    code: grpc.StatusCode = grpc.StatusCode.INTERNAL


class ProviderError(PhaseError):
    """The model provider failed; `transient` says whether trying again may help."""

    transient = False
    code = grpc.StatusCode.FAILED_PRECONDITION

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(redact(message))
        self.retry_after = retry_after


class TransientProviderError(ProviderError):
    """429, 5xx, a reset connection or a timeout: worth another attempt."""

    transient = True
    code = grpc.StatusCode.UNAVAILABLE


class RateLimitedError(TransientProviderError):
    """The provider or the key pool said: not now."""

    code = grpc.StatusCode.RESOURCE_EXHAUSTED
    # True once the refusing key sits in the limiter's cooldown: the limiter then owns the
    # wait, and a retry may go at once to another key of the pool.
    key_cooled_down = False


class InvalidAnswerError(TransientProviderError):
    """The model's answer broke the schema, even after being asked again."""

    code = grpc.StatusCode.INTERNAL


class PhaseDeadlineError(PhaseError):
    """The caller's deadline will pass before another attempt could finish."""

    code = grpc.StatusCode.DEADLINE_EXCEEDED


@dataclass(frozen=True)
class FieldViolation:
    """One wrong field of a request, by its path (e.g. `brief.brand_colors[1]`)."""

    field: str
    description: str


# Trailing metadata is capped (8 KiB by default): a request with thousands of wrong fields
# gets the first ones named, not an error about the error.
MAX_VIOLATIONS = 20
_MAX_DESCRIPTION = 200


def invalid_argument(violations: list[FieldViolation]) -> grpc.Status:
    """INVALID_ARGUMENT carrying google.rpc.BadRequest with every violation (the first
    MAX_VIOLATIONS of them)."""
    shown = [
        FieldViolation(v.field[:_MAX_DESCRIPTION], v.description[:_MAX_DESCRIPTION])
        for v in violations[:MAX_VIOLATIONS]
    ]
    bad_request = error_details_pb2.BadRequest(
        field_violations=[
            error_details_pb2.BadRequest.FieldViolation(field=v.field, description=v.description)
            for v in shown
        ]
    )
    summary = "; ".join(f"{v.field}: {v.description}" for v in shown)
    if len(violations) > len(shown):
        summary += f"; and {len(violations) - len(shown)} more"
    return _status(code_pb2.INVALID_ARGUMENT, f"invalid request: {summary}", bad_request)


def resource_exhausted(message: str, retry_after: float) -> grpc.Status:
    """RESOURCE_EXHAUSTED with google.rpc.RetryInfo saying when trying again makes sense."""
    delay = duration_pb2.Duration()
    delay.FromMilliseconds(int(retry_after * 1000))
    return _status(
        code_pb2.RESOURCE_EXHAUSTED, message, error_details_pb2.RetryInfo(retry_delay=delay)
    )


class _Status(NamedTuple):
    code: grpc.StatusCode
    details: str
    trailing_metadata: tuple[tuple[str, str | bytes], ...]


# gRFC A6 server pushback: a negative value tells the caller's gRPC retry policy not to
# retry. The gateway has already retried the provider; the policy is for unreachable pods.
NO_RETRY_PUSHBACK = ("grpc-retry-pushback-ms", "-1")


def phase_status(error: PhaseError) -> grpc.Status:
    """The status a phase error is reported as; a provider's wait travels as RetryInfo."""
    # A provider's error text is outside text: no escape sequence reaches a caller's terminal.
    message = redact(printable(str(error))) or type(error).__name__
    detail = None
    if isinstance(error, ProviderError) and error.retry_after is not None:
        delay = duration_pb2.Duration()
        delay.FromMilliseconds(int(error.retry_after * 1000))
        detail = error_details_pb2.RetryInfo(retry_delay=delay)
    status = _status(error.code.value[0], message, detail)
    metadata = (*status.trailing_metadata, NO_RETRY_PUSHBACK)
    return _Status(status.code, status.details, metadata)  # type: ignore[return-value]


def _status(code: int, message: str, detail: object | None) -> grpc.Status:
    details = []
    if detail is not None:
        packed = any_pb2.Any()
        packed.Pack(detail)  # type: ignore[arg-type]
        details.append(packed)
    return rpc_status.to_status(status_pb2.Status(code=code, message=message, details=details))
