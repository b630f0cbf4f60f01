"""Typed settings for every sitefarm process, read once from the environment."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import AliasChoices, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from services.runtime.phase_services import phase_service


class Settings(BaseSettings):
    """Every knob of sitefarm. SITEFARM_* variables, except OPENAI_* which keep their names."""

    model_config = SettingsConfigDict(
        env_prefix="SITEFARM_", env_file=None, extra="ignore", populate_by_name=True
    )

    # --- process ---------------------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Interface the gRPC server binds to.")
    port: int | None = Field(None, description="gRPC port; each service has its own default.")
    log_level: str = "INFO"
    grace_seconds: float = Field(
        10.0, description="On SIGTERM, in-flight calls get this long to finish."
    )
    drain_delay_seconds: float = Field(
        0.0,
        description="On SIGTERM, health reports NOT_SERVING this long before new calls are "
        "refused, so load balancers stop routing first.",
    )
    max_message_mb: int = Field(64, description="Max gRPC message size; sites carry images.")

    # --- provider --------------------------------------------------------------------------
    provider: Literal["offline", "openai"] = Field(
        "offline",
        description="offline unless asked: a stray OPENAI_API_KEY must never spend money.",
    )
    chat_model: str = "gpt-4o-mini"
    image_model: str = "gpt-image-1"
    max_output_tokens: int = 4096
    provider_timeout_seconds: float = Field(120.0, description="Upper bound of one model call.")
    retry_attempts: int = Field(4, description="Model calls per phase, the first included.")
    retry_base_seconds: float = 0.5
    retry_max_seconds: float = 20.0
    openai_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("OPENAI_API_KEY", "openai_api_key")
    )
    openai_base_url: str | None = Field(
        None, validation_alias=AliasChoices("OPENAI_BASE_URL", "openai_base_url")
    )
    openai_api_keys: SecretStr | None = Field(
        None, description="Comma-separated pool of API keys; OPENAI_API_KEY is a pool of one."
    )

    # --- shared state ----------------------------------------------------------------------
    redis_url: str | None = Field(None, description="Job store and rate limiter; none: in process.")

    # --- rate limiter (per API key, per model class, per period) ---------------------------
    chat_rpm: int = Field(500, ge=0, description="Chat requests per period per key; 0: no limit.")
    chat_tpm: int = Field(
        200_000, ge=0, description="Chat tokens (prompt + max output) per period per key; 0: none."
    )
    images_ipm: int = Field(50, ge=0, description="Images per period per key; 0: no limit.")
    key_limits: dict[str, dict[str, int]] = Field(
        default_factory=dict,
        description='Per-key overrides by key id, e.g. {"k-1a2b3c4d": {"chat_tpm": 2000000}}.',
    )
    limiter_period_seconds: float = Field(
        60.0,
        gt=0,
        description="The window the limits count over (the provider's minute): no window of "
        "this length is ever charged more than a key's limits.",
    )
    limiter_burst_seconds: float = Field(
        1.0,
        ge=0,
        description="Calls go at once up to this many seconds' worth of a key's limits, beyond "
        "that at the limits' rate: providers enforce minute limits over shorter slices.",
    )
    limiter_refund_unused_tokens: Literal["observed", "always", "never"] = Field(
        "observed",
        description="Give back the output tokens a call reserved but did not use: observed, "
        "only once the provider's headers show it refunds; always; or never.",
    )
    limiter_fallback_share: float = Field(
        0.0,
        ge=0,
        le=1,
        description="Redis unreachable: 0 fails closed; else each process limits itself to this "
        "share of every key's limits (about 1 / processes calling the provider).",
    )
    limiter_redis_wait_seconds: float = Field(
        5.0, ge=0, description="Fail closed: how long a call waits for Redis before it fails."
    )
    limiter_max_wait_seconds: float = Field(
        300.0, gt=0, description="A call that would wait longer than this for a key fails."
    )

    # --- input limits ----------------------------------------------------------------------
    max_text_chars: int = Field(2000, description="Longest free-text field of a brief.")
    max_name_chars: int = Field(120, description="Longest business name.")
    max_pages: int = Field(12, description="Most pages a brief may ask for.")
    max_brand_colors: int = 6
    max_brief_bytes: int = Field(
        32 * 1024, ge=1024, description="Largest brief, serialized: refused before any field."
    )
    max_images: int = Field(24, ge=0, description="Most images one site's image plan may hold.")

    # --- model output is untrusted input -----------------------------------------------------
    max_model_text_chars: int = Field(
        4000, ge=16, description="Model strings longer than this are cut (every artifact)."
    )
    max_model_list_items: int = Field(
        64, ge=1, description="Model lists longer than this are cut (every artifact)."
    )
    max_provider_answer_mb: int = Field(
        16, ge=1, description="Largest HTTP answer read from the provider; larger: refused."
    )
    max_model_answer_chars: int = Field(
        1_000_000, ge=1024, description="Longest chat answer parsed; longer: refused unread."
    )
    max_model_answer_depth: int = Field(
        32, ge=8, description="Deepest JSON nesting of a chat answer; deeper: refused unparsed."
    )
    max_image_bytes: int = Field(
        1536 * 1024,
        ge=64 * 1024,
        description="Largest image file of a site; a bigger raster is re-encoded as WebP to fit.",
    )
    max_image_pixels: int = Field(
        4096 * 4096, ge=1024, description="Most pixels an image may claim; more: refused unread."
    )
    max_site_mb: int = Field(
        48,
        ge=1,
        description="Largest site (every file); with max_images times max_image_bytes it must "
        "fit, and it must fit in a gRPC message, or the process refuses to start.",
    )

    @model_validator(mode="after")
    def _site_fits_its_messages(self) -> Settings:
        """A site that cannot fit its messages would fail only after every image was paid for:
        such settings are refused when the process starts instead."""
        site = self.max_site_mb * 1024 * 1024
        if self.max_site_mb > self.max_message_mb - 4:
            raise ValueError(
                f"SITEFARM_MAX_SITE_MB ({self.max_site_mb}) must leave 4 MB of "
                f"SITEFARM_MAX_MESSAGE_MB ({self.max_message_mb}) for the rest of a message"
            )
        if self.max_images * self.max_image_bytes > site * 3 // 4:
            raise ValueError(
                f"SITEFARM_MAX_IMAGES x SITEFARM_MAX_IMAGE_BYTES ({self.max_images} x "
                f"{self.max_image_bytes}) must fit in three quarters of SITEFARM_MAX_SITE_MB "
                f"({self.max_site_mb}), the rest for pages and styles"
            )
        return self

    # --- CPU work off the event loop ---------------------------------------------------------
    provider_connection_pools: int = Field(
        8,
        ge=1,
        le=64,
        description="HTTP connection pools to the provider, calls taken in turn (1000 "
        "connections in all): many small pools cost less CPU than one big one under load.",
    )
    cpu_workers: int = Field(
        2,
        ge=1,
        description="Workers a phase service renders in (pages, the site's assembly), so its "
        "event loop keeps serving other calls meanwhile.",
    )
    cpu_processes: bool = Field(
        False,
        description="Those workers are processes (parallel on several cores, memory each) "
        "instead of threads (one core between them, no extra memory).",
    )

    # --- who may call ----------------------------------------------------------------------
    internal_token: SecretStr | None = Field(
        None,
        description="Shared token the orchestrator sends and the phase services require; "
        "none: the phase services rely on the NetworkPolicy alone.",
    )

    # --- TLS between processes (off by default: a mesh may do it) --------------------------
    tls_cert_file: Path | None = Field(
        None, description="PEM certificate this process serves with (and, for mTLS, calls with)."
    )
    tls_key_file: Path | None = Field(None, description="PEM private key of tls_cert_file.")
    tls_ca_file: Path | None = Field(
        None,
        description="PEM CA the peers' certificates are checked against; set on a client, its "
        "channels use TLS.",
    )
    tls_client_auth: bool = Field(
        False, description="mTLS: servers require a client certificate signed by tls_ca_file."
    )

    # --- orchestrator: where each phase service is (defaults from services.runtime.phase_services)
    design_address: str = phase_service("design").default_address
    layout_address: str = phase_service("layout").default_address
    planning_address: str = phase_service("planning").default_address
    images_address: str = phase_service("images").default_address
    codegen_address: str = phase_service("codegen").default_address

    def api_keys(self) -> list[str]:
        """The key pool: SITEFARM_OPENAI_API_KEYS, else OPENAI_API_KEY, else empty."""
        if self.openai_api_keys is not None:
            keys = [k.strip() for k in self.openai_api_keys.get_secret_value().split(",")]
            return [k for k in keys if k]
        if self.openai_api_key is not None and self.openai_api_key.get_secret_value():
            return [self.openai_api_key.get_secret_value()]
        return []


S = TypeVar("S", bound=BaseSettings)


def environment_name(cls: type[BaseSettings], field: str) -> str:
    """The variable a setting is read from: its alias (OPENAI_API_KEY), else prefix + name."""
    info = cls.model_fields.get(field)
    alias = info.validation_alias if info is not None else None
    if isinstance(alias, AliasChoices) and isinstance(alias.choices[0], str):
        return alias.choices[0]
    return f"{cls.model_config.get('env_prefix', '')}{field}".upper()


def settings_problems(cls: type[BaseSettings], error: ValidationError) -> list[str]:
    """One line per bad setting: the variable and what is wrong, never the value (it may be a
    key or a token)."""
    problems = []
    for each in error.errors(include_url=False, include_input=False, include_context=False):
        field = str(each["loc"][0]) if each["loc"] else ""
        where = f"{environment_name(cls, field)}: " if field else ""
        problems.append(f"{where}{each['msg']}")
    return problems


def settings_or_exit(cls: type[S]) -> S:
    """`cls()` read from the environment; when a setting is invalid, each problem on one line
    of stderr and exit status 2, not a traceback that would echo the values."""
    try:
        return cls()
    except ValidationError as error:
        lines = "\n".join(f"  {p}" for p in settings_problems(cls, error))
        print(f"sitefarm: invalid settings, nothing started:\n{lines}", file=sys.stderr)
        raise SystemExit(2) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read from the environment on first use; a process started with
    an invalid setting says which and exits (status 2)."""
    return settings_or_exit(Settings)
