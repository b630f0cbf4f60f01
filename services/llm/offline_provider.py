"""The embedded default provider: every task's own rule-based generator, no network, no key."""

from __future__ import annotations

from typing import Any

from sitefarm.v1 import artifacts_pb2

from services.llm.tasks import ChatTask, Generated, ImageTask, M, RenderedImage
from services.runtime import telemetry


class OfflineProvider:
    """The embedded default: each phase's rule-based generator, no network, no key."""

    name = "offline"

    async def chat(self, task: ChatTask[M], time_budget: float) -> Generated[M]:
        usage = artifacts_pb2.ModelUsage(provider=self.name, model="rules", attempts=1)
        with telemetry.model_call("chat", self.name, "rules", task.phase, "json") as traced:
            message = task.offline()
            traced.answered("rules", 0, 0)  # the rules spend no tokens
        return Generated(message, usage)

    async def image(self, task: ImageTask, time_budget: float) -> tuple[RenderedImage, Any]:
        usage = artifacts_pb2.ModelUsage(provider=self.name, model="rules", attempts=1)
        with telemetry.model_call(
            "generate_content", self.name, "rules", task.phase, "image"
        ) as traced:
            image = task.offline()
            traced.answered("rules", 0, 0)
        return image, usage

    async def aclose(self) -> None:
        return None
