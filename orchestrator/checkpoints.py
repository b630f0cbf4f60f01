"""Checkpoints: each node's answer kept in the job store under a hash of what decides it, so
a resumed or repeated job never pays for a finished phase twice."""

from __future__ import annotations

import hashlib

from google.protobuf.message import Message

from orchestrator.graph import Phase
from orchestrator.settings import OrchestratorSettings
from orchestrator.store import JobStore

# Bumped whenever what a request means changes, so old checkpoints stop matching.
# 3: answers written under the facts rule and grounded; older copy was never checked.
# 4: the graph of issue 15: copy per page, pages on the image plan, the shell its own phase,
# the site assembled without a model call; a version-3 page or site answered other requests.
CHECKPOINT_VERSION = "4"


def checkpoint_key(
    node: str, phase: Phase, request: Message, settings: OrchestratorSettings
) -> str:
    """sha256 of what decides a node's answer: its request and the model that answers it."""
    if phase.model_setting is None:
        answerer = "code"  # no model answers it: the same whichever provider is set
    elif settings.provider == "offline":
        answerer = "offline"
    else:
        model = getattr(settings, phase.model_setting)
        answerer = f"{settings.provider}|{model}|{settings.openai_base_url or ''}"
    digest = hashlib.sha256()
    for part in (CHECKPOINT_VERSION, node, answerer):
        digest.update(part.encode())
        digest.update(b"\0")
    # Deterministic serialization: equal messages give equal bytes (map order included).
    digest.update(request.SerializeToString(deterministic=True))
    return digest.hexdigest()


class Checkpoints:
    """The job store's checkpoints, read and written as phase responses."""

    def __init__(self, store: JobStore, settings: OrchestratorSettings) -> None:
        self._store = store
        self._settings = settings

    def key(self, node: str, phase: Phase, request: Message) -> str:
        return checkpoint_key(node, phase, request, self._settings)

    async def load(self, key: str, phase: Phase) -> Message | None:
        """The response checkpointed under `key`, None when there is none."""
        saved = await self._store.get_checkpoint(key)
        return None if saved is None else phase.response_type.FromString(saved)

    async def save(self, key: str, response: Message) -> None:
        await self._store.put_checkpoint(key, response.SerializeToString())
