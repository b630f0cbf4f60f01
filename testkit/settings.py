"""Settings for tests: the openai provider pointed at the fake with every wait scaled down, and
the fault suite's locked settings (API tokens, internal token, its own key pool)."""

from __future__ import annotations

from typing import Any

from pydantic import SecretStr

from orchestrator.settings import OrchestratorSettings
from services.runtime.settings import Settings
from testkit.fake_openai import FakeOpenAI
from testkit.watch import API_KEY, API_TOKENS, INTERNAL_TOKEN

# The key the phase-service tests' gateway sends to the fake.
TEST_API_KEY = "sk-test-conftest-0123456789abcdef"


def openai_settings_for(fake: FakeOpenAI) -> Settings:
    """Phase-service settings for the openai provider talking to the fake: quick retries, no
    limits on the key."""
    return Settings(
        provider="openai",
        openai_base_url=fake.base_url,
        openai_api_key=TEST_API_KEY,
        redis_url=None,
        host="127.0.0.1",
        retry_base_seconds=0.01,
        retry_max_seconds=0.05,
        # The key pool's limits are the limiter suite's subject: here the provider is never
        # slowed (a test about them sets them again).
        chat_rpm=0,
        chat_tpm=0,
        images_ipm=0,
    )


def fake_settings(fake: FakeOpenAI, **overrides: Any) -> OrchestratorSettings:
    """The openai provider pointed at the fake, with the orchestrator's retries and backoffs
    scaled down, the gateway's own retries off (the orchestrator's are under test) and no
    limits on the key."""
    values: dict[str, Any] = {
        "provider": "openai",
        "openai_base_url": fake.base_url,
        "openai_api_key": "sk-test-orchestrator-0001",
        "redis_url": None,
        "retry_attempts": 1,
        "retry_base_seconds": 0.01,
        "node_retry_attempts": 2,
        "node_retry_base_seconds": 0.01,
        "node_retry_max_seconds": 0.05,
        "grace_seconds": 1.0,
        # The key pool's limits are the limiter suite's subject: here the provider is never
        # slowed (a test about them sets them again).
        "chat_rpm": 0,
        "chat_tpm": 0,
        "images_ipm": 0,
        **overrides,
    }
    return OrchestratorSettings(**values)


def locked(settings: OrchestratorSettings, **overrides: Any) -> OrchestratorSettings:
    """`settings` with the fault suite's API tokens and internal token."""
    return settings.model_copy(
        update={
            "api_tokens": SecretStr(API_TOKENS),
            "internal_token": SecretStr(INTERNAL_TOKEN),
            **overrides,
        }
    )


def locked_offline_settings(**overrides: Any) -> OrchestratorSettings:
    """The offline provider, locked."""
    return locked(
        OrchestratorSettings(provider="offline", redis_url=None, host="127.0.0.1"), **overrides
    )


def locked_fake_settings(fake: FakeOpenAI, **overrides: Any) -> OrchestratorSettings:
    """The openai provider against the fake from the fault suite's key pool, locked, both
    retry loops on and scaled down."""
    values: dict[str, Any] = {
        "provider": "openai",
        "openai_base_url": fake.base_url,
        "openai_api_keys": SecretStr(API_KEY),
        "redis_url": None,
        "host": "127.0.0.1",
        "retry_attempts": 2,
        "retry_base_seconds": 0.01,
        "retry_max_seconds": 0.05,
        "node_retry_attempts": 3,
        "node_retry_base_seconds": 0.02,
        "node_retry_max_seconds": 0.1,
        "grace_seconds": 1.0,
        # The key pool's limits are another suite's subject: here the provider is never slowed.
        "chat_rpm": 0,
        "chat_tpm": 0,
        "images_ipm": 0,
    }
    values.update(overrides)
    return locked(OrchestratorSettings(**values))
