"""Schema maps derived from the phase graph: which JSON schema name each model call carries."""

from __future__ import annotations

from collections.abc import Mapping

from sitefarm.v1 import artifacts_pb2

from orchestrator.graph import GRAPH, Phase

# Codegen asks the model for a composition and renders the page from it in code, so its
# calls carry the composition's schema, not the artifact's.
_COMPOSED_BY_CODE = {
    artifacts_pb2.PageCode.DESCRIPTOR.name: artifacts_pb2.PageComposition.DESCRIPTOR.name,
}


def answer_schema(phase: Phase) -> str:
    """The JSON schema name the gateway sends for a chat phase's model call."""
    artifact = phase.response_type.DESCRIPTOR.fields_by_name[phase.response_field].message_type
    assert artifact is not None, f"{phase.name}: its response field is not a message"
    return _COMPOSED_BY_CODE.get(artifact.name, artifact.name)


# Each phase answered by a chat model and the schema name of its call, e.g. seo -> SeoStrategy.
SCHEMA_OF_PHASE: Mapping[str, str] = {
    phase.name: answer_schema(phase)
    for phase in GRAPH.phases.values()
    if phase.model_setting == "chat_model"
}
