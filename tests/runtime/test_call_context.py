"""The served call's deadline and priority: read from gRPC once, seen by every layer below."""

from __future__ import annotations

import math
import time

from services.runtime import call_context
from services.runtime.call_context import PRIORITY_METADATA, priority_metadata, priority_of


def test_a_priority_arrives_as_metadata_and_nonsense_counts_as_none() -> None:
    assert priority_of(priority_metadata(12.5)) == 12.5
    assert priority_of([("other", "1"), (PRIORITY_METADATA, "3")]) == 3.0
    for nonsense in ("soon", "nan", "inf", "-4"):
        assert priority_of([(PRIORITY_METADATA, nonsense)]) == 0.0
    assert priority_of(None) == 0.0
    assert priority_metadata(-2.0) == ((PRIORITY_METADATA, "0.000"),)


def test_serving_a_call_sets_its_deadline_and_priority_and_restores_them_after() -> None:
    assert call_context.seconds_left() == math.inf and call_context.priority.get() == 0.0
    with call_context.serving(5.0, priority_metadata(7.25)):
        assert 4.0 < call_context.seconds_left() <= 5.0
        assert call_context.priority.get() == 7.25
        with call_context.serving(None, None):
            assert call_context.seconds_left() == math.inf
            assert call_context.priority.get() == 0.0
        assert call_context.priority.get() == 7.25
    assert call_context.deadline.get() is None and call_context.priority.get() == 0.0


def test_a_passed_deadline_leaves_no_time() -> None:
    token = call_context.deadline.set(time.monotonic() - 1.0)
    try:
        assert call_context.seconds_left() < 0
    finally:
        call_context.deadline.reset(token)
