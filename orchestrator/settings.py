"""The orchestrator's own knobs, on top of the settings every sitefarm process shares."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field

from services.runtime.settings import Settings

DEFAULT_PORT = 50050


class OrchestratorSettings(Settings):
    """Settings of the orchestrator process and the CLI (same SITEFARM_ prefix)."""

    port: int | None = Field(DEFAULT_PORT, description="SiteFarm gRPC port.")

    # --- concurrency caps ------------------------------------------------------------------
    image_concurrency: int = Field(5, ge=1, description="Image calls in flight per job.")
    page_concurrency: int = Field(8, ge=1, description="Page calls in flight per job.")
    job_concurrency: int = Field(16, ge=1, description="Phase calls in flight per job.")

    # --- per-node deadlines and retries ----------------------------------------------------
    node_attempt_seconds: float = Field(
        180.0, gt=0, description="Deadline of one phase RPC, passed to it as its gRPC timeout."
    )
    node_deadline_seconds: float = Field(
        600.0, gt=0, description="A node's attempts and backoffs together end by then."
    )
    node_retry_attempts: int = Field(3, ge=1, description="RPC attempts per node, first included.")
    node_retry_base_seconds: float = Field(0.5, ge=0)
    node_retry_max_seconds: float = Field(10.0, ge=0)

    # --- checkpoints and the job store -----------------------------------------------------
    checkpoint_cache: bool = Field(
        True, description="Reuse a finished phase whose inputs are unchanged."
    )
    store_ttl_seconds: int = Field(
        7 * 24 * 3600, description="How long Redis keeps jobs, events, sites and checkpoints."
    )
    job_list_page_size: int = Field(20, ge=1, le=1000, description="ListJobs default page.")

    # --- cost estimate (USD) ---------------------------------------------------------------
    # Per million tokens (input, output), for the CLI's summary; unknown models cost 0.
    chat_prices: dict[str, tuple[float, float]] = Field(
        default_factory=lambda: {
            "gpt-4o-mini": (0.15, 0.60),
            "gpt-4o": (2.50, 10.00),
            "gpt-4.1-mini": (0.40, 1.60),
            "gpt-4.1": (2.00, 8.00),
        }
    )
    # Per image.
    image_prices: dict[str, float] = Field(
        default_factory=lambda: {"gpt-image-1": 0.042, "dall-e-3": 0.040}
    )

    def estimated_cost(self, model: str, input_tokens: int, output_tokens: int) -> float:
        """What a phase's usage costs by the price table; images count one per attempt."""
        if model in self.chat_prices:
            per_in, per_out = self.chat_prices[model]
            return (input_tokens * per_in + output_tokens * per_out) / 1_000_000
        return 0.0

    def image_cost(self, model: str, images: int) -> float:
        """What `images` images of `model` cost by the price table."""
        return self.image_prices.get(model, 0.0) * images


@lru_cache(maxsize=1)
def get_orchestrator_settings() -> OrchestratorSettings:
    """The process's settings, read from the environment on first use."""
    return OrchestratorSettings()
