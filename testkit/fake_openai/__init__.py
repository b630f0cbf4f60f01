"""The OpenAI-compatible fake provider: it answers from the request's schema, counts limits the
way a provider does, injects faults and records every call; for tests and benchmarks.

server.py is the HTTP app, limits.py the limit accounting (each of the ways providers count,
`Counting`), faults.py the fault injection, recording.py the call log, answers.py what it
answers with; elsewhere.py runs it on a thread or reaches it in another process
(`python -m testkit.fake_openai`).
"""

from .answers import make_png
from .config import Counting, Fault, LatencyConfig, Limits, RandomFaults, RequestInfo
from .elsewhere import FakeControl, FakeOpenAIThread, serve_until_signalled
from .limits import Charge
from .recording import CallRecord, ReceivedRequest
from .server import FakeOpenAI

__all__ = [
    "CallRecord",
    "Charge",
    "Counting",
    "FakeControl",
    "FakeOpenAI",
    "FakeOpenAIThread",
    "Fault",
    "LatencyConfig",
    "Limits",
    "RandomFaults",
    "ReceivedRequest",
    "RequestInfo",
    "make_png",
    "serve_until_signalled",
]
