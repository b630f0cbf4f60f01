"""Text not written by the code itself (a model's answer, a brief, a provider's error) made safe
for a terminal or a log line: escape sequences and control characters removed, so nothing can
set a window title, write the clipboard, clear a screen or forge a log line."""

from __future__ import annotations

import numbers
import re
from collections.abc import Mapping
from typing import Any

# ESC-introduced sequences as a terminal reads them: CSI (colours, cursor, clearing), OSC
# (window title, clipboard, hyperlinks) up to BEL or ST, or, unterminated, to the end; DCS,
# SOS, PM and APC strings; two- and three-character escapes. Their 8-bit C1 forms too.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x9d[^\x07\x9c]*(?:\x07|\x9c)?"
    r"|[\x90\x98\x9e\x9f][^\x9c]*\x9c?"
)
# Left over after the sequences: C0 and C1 controls and DEL, the bidirectional overrides and
# isolates (they reorder what a reader sees), and lone surrogates (no encoder writes them).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable(text: str, *, multiline: bool = False) -> str:
    """`text` without escape sequences or control characters; line breaks and tabs become
    spaces unless `multiline` keeps `\\n` and `\\t` (a traceback, a table's own lines)."""
    text = _SURROGATE.sub("\ufffd", _ESCAPE_SEQUENCE.sub("", text))
    if multiline:
        return _CONTROL.sub("", _LINE_BREAK.sub("\n", text))  # _CONTROL spares \t and \n
    return _CONTROL.sub("", _LINE_BREAK.sub(" ", text).replace("\t", " "))


def printable_arguments(arguments: Any) -> Any:
    """A log record's arguments with every text made printable on one line: numbers stay
    numbers (for %d and %.2f), anything else is formatted as its printable text."""
    if isinstance(arguments, Mapping):
        return {key: _printable_argument(value) for key, value in arguments.items()}
    if isinstance(arguments, tuple):
        return tuple(_printable_argument(value) for value in arguments)
    return _printable_argument(arguments)


def _printable_argument(value: Any) -> Any:
    if value is None or isinstance(value, numbers.Number):
        return value
    return printable(value if isinstance(value, str) else str(value))
