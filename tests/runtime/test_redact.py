"""Secrets never survive into text we emit: configured keys and secret-shaped strings are masked."""

from __future__ import annotations

import logging

import pytest

from services.runtime.redact import MASK, RedactingFilter, redact, register_secrets


def test_configured_and_secret_shaped_keys_are_redacted() -> None:
    register_secrets(["local-proxy-token-123"])
    text = "key sk-proj-abcdef123456 and local-proxy-token-123 via Authorization: Bearer abc.def"
    clean = redact(text)
    assert "sk-proj-abcdef123456" not in clean
    assert "local-proxy-token-123" not in clean
    assert "abc.def" not in clean
    assert clean.count(MASK) == 3


def test_log_records_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("sitefarm.test")
    logger.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO):
        logger.info("calling with %s", "sk-test-secretvalue99")
    assert "sk-test-secretvalue99" not in caplog.text
    assert MASK in caplog.text
