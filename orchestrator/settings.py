"""The orchestrator's own knobs, on top of the settings every sitefarm process shares."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr

from services.runtime.settings import Settings, settings_or_exit

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
        7 * 24 * 3600,
        description="How long the job store keeps a job, its events and site, and checkpoints, "
        "after their last write (in Redis or in process).",
    )
    memory_store_max_jobs: int = Field(
        1000, ge=1, description="Without Redis: most jobs kept; the oldest finished go first."
    )
    memory_store_max_mb: int = Field(
        1024, ge=1, description="Without Redis: most MB of checkpoints and sites kept."
    )
    job_list_page_size: int = Field(20, ge=1, le=1000, description="ListJobs default page.")

    # --- who may call, and how much ----------------------------------------------------------
    api_tokens: SecretStr | None = Field(
        None,
        description="Bearer tokens SiteFarm accepts, comma separated, each `token` or "
        "`token@<ISO 8601 expiry>`; none: anyone may call (logged loudly at start-up).",
    )
    api_token: SecretStr | None = Field(
        None, description="The token the CLI sends to a SiteFarm server given by --address."
    )
    max_running_jobs: int = Field(
        64, ge=1, description="Jobs one orchestrator runs at once; more: RESOURCE_EXHAUSTED."
    )
    max_jobs_per_caller: int = Field(
        16, ge=1, description="Jobs one token runs at once on one orchestrator."
    )
    busy_retry_seconds: float = Field(
        5.0, gt=0, description="The RetryInfo delay sent with a job refused for being over."
    )

    # --- budget of one job ------------------------------------------------------------------
    job_token_budget: int = Field(
        0, ge=0, description="Model tokens (input + output) one job may spend; 0: no limit."
    )
    job_cost_budget_usd: float = Field(
        0.0, ge=0, description="Estimated USD one job may spend (price table below); 0: none."
    )

    # --- durable jobs (Redis) ----------------------------------------------------------------
    lease_seconds: float = Field(
        15.0,
        gt=0,
        description="A replica holds each job it runs by a Redis lease this long, renewed every "
        "third of it; another replica resumes a job whose lease has expired.",
    )
    orphan_scan_seconds: float = Field(
        5.0, gt=0, description="How often a replica looks for jobs whose replica is gone."
    )
    redis_retry_seconds: float = Field(
        20.0, ge=0, description="How long job store calls retry while Redis is unreachable."
    )

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
    """The process's settings, read from the environment on first use; a process started with
    an invalid setting says which and exits (status 2)."""
    return settings_or_exit(OrchestratorSettings)
