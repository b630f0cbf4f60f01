"""What the fault suite watches for leaks: the secrets its processes hold, and everything that
could carry one out (log lines, what callers were told, exported spans, process output)."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import grpc

from services.runtime.redact import RedactingFilter
from testkit.otlp_receiver import OtlpReceiver

# Secrets the suite's processes hold: no log line, error, event or span may contain one.
API_KEY = "sk-faults-key-0123456789abcdefghij"  # the provider key pool
API_TOKEN = "faults-api-token-0123456789abcdef"  # a caller's bearer token for SiteFarm
OTHER_TOKEN = "faults-other-token-0123456789abcd"  # a second caller
EXPIRED_TOKEN = "faults-expired-token-0123456789ab"  # accepted once, expired in 2020
INTERNAL_TOKEN = "faults-internal-token-0123456789a"  # orchestrator -> phase services
SECRETS = (API_KEY, API_TOKEN, OTHER_TOKEN, EXPIRED_TOKEN, INTERNAL_TOKEN)
API_TOKENS = f"{API_TOKEN},{OTHER_TOKEN},{EXPIRED_TOKEN}@2020-01-01T00:00:00Z"

# Everything the suite's in-process parts logged, through the filter every process uses.
SUITE_LOG = io.StringIO()
# Errors, event messages and job errors the suite's callers received.
SEEN_BY_CALLERS: list[str] = []
# Spans exported by the suite's processes (module fixtures add theirs when they stop).
EXPORTED_SPANS: list[str] = []
_PROCESS_LOGS: list[Path] = []


def process_logs() -> list[Path]:
    """The output files of every process the suite started."""
    return list(_PROCESS_LOGS)


def keep_process_log(path: Path) -> None:
    """Scan this process output file with the rest at the end."""
    _PROCESS_LOGS.append(path)


@contextmanager
def logging_into_suite_log() -> Iterator[io.StringIO]:
    """Every record logged in this process meanwhile, INFO and up, lands in SUITE_LOG formatted
    the way configure_logging formats it (through the one RedactingFilter)."""
    handler = logging.StreamHandler(SUITE_LOG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(min(level, logging.INFO))
    try:
        yield SUITE_LOG
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def seen(error: grpc.aio.AioRpcError) -> grpc.aio.AioRpcError:
    """Keep what a caller was told, for the secrets scan."""
    SEEN_BY_CALLERS.append(f"{error.code().name}: {error.details()}")
    SEEN_BY_CALLERS.extend(repr(v) for _, v in error.trailing_metadata() or ())
    return error


def remember_spans(receiver: OtlpReceiver) -> None:
    """Keep every span `receiver` got, parsed and as the raw bytes sent, for the final scan."""
    EXPORTED_SPANS.extend(repr(span) for span in receiver.snapshot())
    EXPORTED_SPANS.extend(raw.decode("latin-1") for raw in list(receiver.raw_requests))
