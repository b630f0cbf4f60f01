"""How urgent a node's call is: the seconds of work left on the longest path from it to the end
of its job, sent with the RPC so the rate limiter serves the critical path first."""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable
from typing import Any

from orchestrator.graph import PhaseGraph
from services.runtime.call_context import priority_metadata

# Before a phase has been seen to finish, assume it takes this long: equal guesses make the
# priority the number of phases left on the longest path, which already orders them right.
PRIOR_PHASE_SECONDS = 10.0
# Weight of the newest duration in the running average: recent calls describe today's model.
SMOOTHING = 0.3


class RemainingPath:
    """Each phase's remaining critical-path seconds, from the durations seen in this process."""

    def __init__(self, graph: PhaseGraph, prior_seconds: float = PRIOR_PHASE_SECONDS) -> None:
        self._seconds = dict.fromkeys(graph.phases, prior_seconds)
        self._dependents: dict[str, list[str]] = {name: [] for name in graph.phases}
        for phase in graph.phases.values():
            for needed in phase.depends_on():
                self._dependents[needed].append(phase.name)
        # Every phase's remaining seconds, worked out again only after a new observation: a
        # busy orchestrator dispatches many calls between two of them.
        self._remaining: dict[str, float] | None = None

    def observe(self, phase: str, seconds: float) -> None:
        """A call of `phase` took `seconds`."""
        self._seconds[phase] += SMOOTHING * (seconds - self._seconds[phase])
        self._remaining = None

    def seconds(self, phase: str) -> float:
        """The phase's own time plus the longest chain of phases that wait for it."""
        if self._remaining is None:
            memo: dict[str, float] = {}

            def remaining(name: str) -> float:
                if name not in memo:
                    after = max((remaining(d) for d in self._dependents[name]), default=0.0)
                    memo[name] = self._seconds[name] + after
                return memo[name]

            self._remaining = {name: remaining(name) for name in self._seconds}
        return self._remaining[phase]

    def prioritised(
        self, phase: str, rpc: Callable[..., Awaitable[Any]]
    ) -> Callable[..., Awaitable[Any]]:
        """`rpc` sending the phase's priority as metadata and timing its successful calls."""
        metadata = priority_metadata(self.seconds(phase))

        async def call(request: Any, **kwargs: Any) -> Any:
            started = time.monotonic()
            response = await rpc(request, metadata=metadata, **kwargs)
            self.observe(phase, time.monotonic() - started)
            return response

        return call


@functools.cache
def remaining_path(graph: PhaseGraph) -> RemainingPath:
    """One estimate per graph and process, learnt across every job it runs."""
    return RemainingPath(graph)
