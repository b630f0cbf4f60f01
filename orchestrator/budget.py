"""What one job may spend on models: tokens, or dollars by the price table in settings."""

from __future__ import annotations

from sitefarm.v1 import sitefarm_pb2

from orchestrator.report import node_cost
from orchestrator.settings import OrchestratorSettings


class JobBudget:
    """The spend of one job so far against its limits (0: no limit).

    A job stops starting model calls once it has spent its budget; calls already in flight
    finish and are checkpointed (they are paid for), so a rerun with a larger budget reuses
    them. Checkpoints reused by the job cost nothing and count nothing.
    """

    def __init__(self, settings: OrchestratorSettings) -> None:
        self._settings = settings
        self.tokens = 0
        self.cost = 0.0

    def charge(self, node: sitefarm_pb2.NodeStatus) -> None:
        """Add a finished node's model usage."""
        if node.cached:
            return
        self.tokens += node.usage.input_tokens + node.usage.output_tokens
        self.cost += node_cost(node, self._settings)

    def exhausted(self) -> str | None:
        """Why no further call may start, or None while the budget lasts."""
        settings = self._settings
        if settings.job_token_budget and self.tokens >= settings.job_token_budget:
            return (
                f"job budget of {settings.job_token_budget:,} tokens reached "
                f"(spent {self.tokens:,})"
            )
        if settings.job_cost_budget_usd and self.cost >= settings.job_cost_budget_usd:
            return (
                f"job budget of {_usd(settings.job_cost_budget_usd)} reached "
                f"(spent an estimated {_usd(self.cost)})"
            )
        return None


def _usd(amount: float) -> str:
    """Dollars as people write them, down to fractions of a cent: $2, $0.05, $0.00012."""
    if amount >= 1:
        return f"${amount:.2f}"
    return "$" + (f"{amount:.6f}".rstrip("0").rstrip(".") or "0")
