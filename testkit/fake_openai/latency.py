"""Token-aware latency: a chat call takes the model's time to first token plus its output
tokens at the model's decode speed, an image a fixed time for its size; seeded noise per route
keeps every run meeting the same latency at the same call.

The figures below are published measurements, not ours (bench/README.md cites them too).
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from .config import RequestInfo


@dataclass(frozen=True)
class ChatSpeed:
    """How fast one chat model answers: seconds to its first token, then tokens per second."""

    model: str
    first_token_seconds: float
    tokens_per_second: float
    source: str

    def seconds(self, output_tokens: int) -> float:
        return self.first_token_seconds + output_tokens / self.tokens_per_second


@dataclass(frozen=True)
class ImageSpeed:
    """How long one image model takes per image, by the size asked for."""

    model: str
    seconds_by_size: Mapping[str, float]
    source: str

    def seconds(self, size: str | None) -> float:
        if size is not None and size in self.seconds_by_size:
            return self.seconds_by_size[size]
        return max(self.seconds_by_size.values())  # "auto" or an unknown size: the slowest


_AA = "Artificial Analysis, API provider benchmarks, OpenAI endpoint, median"
CHAT_SPEEDS: Mapping[str, ChatSpeed] = {
    speed.model: speed
    for speed in (
        ChatSpeed(
            "gpt-4.1-mini", 0.93, 77.2,
            f"{_AA}: https://artificialanalysis.ai/models/gpt-4-1-mini/providers",
        ),
        ChatSpeed(
            "gpt-5-minimal", 0.89, 80.0,
            f"{_AA} (GPT-5, minimal reasoning): "
            "https://artificialanalysis.ai/models/gpt-5-minimal/providers",
        ),
        ChatSpeed(
            "gpt-4o", 0.39, 81.0,
            f"{_AA} (GPT-4o, May '24): "
            "https://artificialanalysis.ai/models/gpt-4o-2024-05-13/providers",
        ),
    )
}  # fmt: skip

IMAGE_SPEEDS: Mapping[str, ImageSpeed] = {
    "gpt-image-1": ImageSpeed(
        "gpt-image-1",
        # 12 s for a square image, the larger sizes by their pixels: within the 8-25 s reported
        # for gpt-image-1 on complex prompts; no per-size measurement was published.
        {"1024x1024": 12.0, "1536x1024": 18.0, "1024x1536": 18.0},
        "cometapi.com, How long does ChatGPT take to create an image (gpt-image-1, complex "
        "prompt 8-25 s): https://www.cometapi.com/how-long-does-chatgpt-take-to-create-an-image",
    ),
}


@dataclass(frozen=True)
class TokenLatency:
    """Each call's latency from what it answers: chat by its output tokens, images by size,
    times mean-preserving log-normal noise drawn from the seed and the call's route, all times
    `time_scale` (real seconds per model second)."""

    chat: ChatSpeed = field(default_factory=lambda: CHAT_SPEEDS["gpt-4.1-mini"])
    images: ImageSpeed = field(default_factory=lambda: IMAGE_SPEEDS["gpt-image-1"])
    time_scale: float = 1.0
    sigma: float = 0.0
    seed: int = 0

    def chat_seconds(self, output_tokens: int, route: str | None = None) -> float:
        return self.chat.seconds(output_tokens) * self.time_scale * self._noise(route)

    def image_seconds(self, size: str | None, route: str | None = None) -> float:
        return self.images.seconds(size) * self.time_scale * self._noise(route)

    def seconds(self, info: RequestInfo, output_tokens: int) -> float:
        """The latency of one request the fake is answering with `output_tokens` tokens."""
        if info.endpoint == "images":
            return self.image_seconds(str(info.body.get("size") or ""), info.route)
        if info.endpoint == "chat":
            return self.chat_seconds(output_tokens, info.route)
        return 0.0

    def _noise(self, route: str | None) -> float:
        if self.sigma <= 0:
            return 1.0
        # Mean-preserving: E[exp(N(-s²/2, s))] = 1, so the figures stay the average.
        draw = random.Random(f"{self.seed}|{route}")
        return draw.lognormvariate(-(self.sigma**2) / 2, self.sigma)
