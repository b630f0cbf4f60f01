"""What a phase asks of a model, what comes back, and the Provider seam that answers it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2

M = TypeVar("M", bound=Message)


@dataclass(frozen=True)
class ChatTask(Generic[M]):
    """One phase's question: instructions, the inputs it reads, the message it must answer."""

    phase: str
    instructions: str
    inputs: Mapping[str, Message]
    response_type: type[M]
    offline: Callable[[], M]
    # Readable text the model works from (the brief's facts), sent as a user message of its
    # own: brief text is untrusted, so it never joins the system instructions.
    reference: str = ""


@dataclass(frozen=True)
class RenderedImage:
    """Image bytes as a provider returned them."""

    data: bytes
    media_type: str
    width: int
    height: int


@dataclass(frozen=True)
class ImageTask:
    """One image to draw: the prompt, the wanted size, and the offline rendering."""

    phase: str
    prompt: str
    width: int
    height: int
    offline: Callable[[], RenderedImage]


@dataclass(frozen=True)
class Generated(Generic[M]):
    """A provider's answer and what it cost."""

    message: M
    usage: artifacts_pb2.ModelUsage


class Provider(Protocol):
    """Answers one attempt of a task; the gateway owns retries and deadlines."""

    name: str

    async def chat(self, task: ChatTask[M], time_budget: float) -> Generated[M]: ...

    async def image(self, task: ImageTask, time_budget: float) -> tuple[RenderedImage, Any]: ...

    async def aclose(self) -> None: ...
