"""One filter that removes API keys and bearer tokens from any text before it is logged or sent,
and keeps outside text from writing escape sequences into a log (services.runtime.printable)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from services.runtime.printable import printable, printable_arguments

# Shapes of secrets we never want to echo, even ones this process was not configured with
# (a provider error message may quote a key back to us).
_PATTERNS = (
    re.compile(r"sk-[A-Za-z0-9_\-*]{6,}"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-~+/=]+"),
)
_known: set[str] = set()
MASK = "[redacted]"


def register_secrets(secrets: Iterable[str]) -> None:
    """Remember configured secrets so they are masked wherever they appear."""
    _known.update(s for s in secrets if s and len(s) >= 4)


def redact(text: str) -> str:
    """`text` with every known secret and every secret-shaped token masked."""
    for secret in sorted(_known, key=len, reverse=True):
        text = text.replace(secret, MASK)
    text = _PATTERNS[0].sub(MASK, text)
    return _PATTERNS[1].sub(lambda m: m.group(1) + MASK, text)


class RedactingFilter(logging.Filter):
    """A logging filter that redacts the formatted message of every record, and makes it
    printable: the arguments (outside text) on one line each, no escape sequences anywhere."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = printable_arguments(record.args)
        message = record.getMessage()
        clean = redact(printable(message, multiline=True))
        if clean != message:
            record.msg, record.args = clean, None
        # A traceback quotes exception messages, which may quote a key: formatted and cleaned
        # here, where the formatter will find it instead of formatting it again.
        if record.exc_info and not record.exc_text:
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(printable(record.exc_text, multiline=True))
        if record.stack_info:
            record.stack_info = redact(printable(record.stack_info, multiline=True))
        return True


_FORMATTER = logging.Formatter()


def configure_logging(level: str) -> None:
    """Process-wide logging with secrets redacted from every record."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
