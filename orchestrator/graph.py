"""The phase graph as data: every phase, the RPC that runs it, what it needs, how it fans out."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2, sitefarm_pb2

from orchestrator.fallbacks import default_seo, placeholder
from services.runtime.phase_services import PhaseService, serving

# Brief fields only the words and the rendered pages show. Phases that decide strategy,
# structure and look are not sent them, so changing a phone number re-runs copy and pages
# but reuses every checkpoint upstream.
CONTACT_FIELDS = frozenset({"phone", "contact_email", "site_url"})
ALL_BRIEF_FIELDS = frozenset(f.name for f in brief_pb2.ProjectConfig.DESCRIPTOR.fields)
IDENTITY_FIELDS = ALL_BRIEF_FIELDS - CONTACT_FIELDS

# JobOptions fields that change what a phase writes: each is copied into every phase request
# with a field of the same name, so it is part of that node's checkpoint key.
CONTENT_OPTIONS = ("placeholders",)


def node_name(phase: str, key: str | None = None) -> str:
    """A node's name: the phase, or phase[key] for a fan-out item, e.g. `image[hero]`."""
    return phase if key is None else f"{phase}[{key}]"


@dataclass(frozen=True)
class FanOut:
    """One node per item of another phase's artifact, the item sent in `field`."""

    source: str
    items: Callable[[Message], Sequence[Message]]
    key: Callable[[Message], str]
    field: str


@dataclass(frozen=True)
class Gather:
    """Artifacts of a fan-out phase's items sent in the request field `field`.

    `match(their_item, own_item)` picks the items a fan-out node needs (all when None), so a
    node waits only for those; `without` lists artifact fields cleared to keep messages small.
    A repeated field takes every match; a singular one the one item paired with the node's
    own, e.g. page[menu] takes copy[menu]. With no field the node waits for the items and
    reads nothing of them: an ordering edge.
    """

    phase: str
    field: str | None
    match: Callable[[Message, Message], bool] | None = None
    without: tuple[str, ...] = ()


@dataclass(frozen=True)
class Narrow:
    """A whole input cut to the part one fan-out item reads, e.g. the image plan to the specs
    of one page: the node's request, and so its checkpoint, change only when that part does."""

    input: str
    keep: Callable[[Message, Message], Message]  # (the input's artifact, the item) -> part


@dataclass(frozen=True)
class Phase:
    """One phase: an RPC of a phase service whose request fields are filled from its inputs.

    Each name in `inputs` is both a phase and the request field its artifact goes into.
    """

    name: str
    service: str
    method: str
    response_field: str
    inputs: tuple[str, ...] = ()
    fan_out: FanOut | None = None
    gathers: tuple[Gather, ...] = ()
    narrows: tuple[Narrow, ...] = ()
    brief_fields: frozenset[str] = ALL_BRIEF_FIELDS
    # Degradable phases answer with this instead of failing: the request in, an artifact out.
    fallback: Callable[[Message], Message] | None = None
    # The OrchestratorSettings field capping this phase's calls in flight per job.
    cap_setting: str | None = None
    # The Settings field naming the model that answers it (part of the checkpoint key); None
    # for a phase done in code, with no model call.
    model_setting: str | None = "chat_model"

    @cached_property
    def _method(self):  # type: ignore[no-untyped-def]
        return phases_pb2.DESCRIPTOR.services_by_name[self.service].methods_by_name[self.method]

    @property
    def request_type(self) -> type[Message]:
        return getattr(phases_pb2, self._method.input_type.name)  # type: ignore[no-any-return]

    @property
    def response_type(self) -> type[Message]:
        return getattr(phases_pb2, self._method.output_type.name)  # type: ignore[no-any-return]

    @property
    def served_by(self) -> PhaseService:
        """The phase service process that answers this phase's RPC."""
        process = serving(self.service)
        if process is None:
            raise GraphError(f"{self.name}: no phase service serves {self.service}")
        return process

    @property
    def address_setting(self) -> str:
        """The Settings field holding where that service is."""
        return self.served_by.address_setting

    @property
    def degradable(self) -> bool:
        return self.fallback is not None

    def depends_on(self) -> tuple[str, ...]:
        """The phases it needs, its fan-out source and gathered phases included."""
        needed = list(self.inputs)
        if self.fan_out is not None:
            needed.append(self.fan_out.source)
        needed += [g.phase for g in self.gathers]
        return tuple(dict.fromkeys(needed))

    def build_request(
        self,
        brief: brief_pb2.ProjectConfig,
        artifacts: Mapping[str, Message],
        item: Message | None = None,
        gathered: Mapping[str, Sequence[Message]] | None = None,
        options: sitefarm_pb2.JobOptions | None = None,
    ) -> Message:
        """The request, from the brief (only the fields it may read), its inputs and the job's
        content options."""
        request = self.request_type()
        request.brief.CopyFrom(project_brief(brief, self.brief_fields))  # type: ignore[attr-defined]
        for option in CONTENT_OPTIONS:
            if options is not None and option in request.DESCRIPTOR.fields_by_name:
                setattr(request, option, getattr(options, option))
        narrowed = {n.input: n.keep for n in self.narrows}
        for name in self.inputs:
            artifact = artifacts[name]
            if name in narrowed and item is not None:
                artifact = narrowed[name](artifact, item)
            getattr(request, name).CopyFrom(artifact)
        if self.fan_out is not None:
            assert item is not None, f"{self.name} is a fan-out phase and needs its item"
            getattr(request, self.fan_out.field).CopyFrom(item)
        for gather in self.gathers:
            if gather.field is None:
                continue
            for artifact in (gathered or {}).get(gather.phase, ()):
                target = getattr(request, gather.field)
                added = target.add() if _is_repeated(request, gather.field) else target
                added.CopyFrom(artifact)
                for cleared in gather.without:
                    added.ClearField(cleared)
        return request

    def artifact(self, response: Message) -> Message:
        """The phase's output inside its response."""
        return getattr(response, self.response_field)  # type: ignore[no-any-return]


def _is_repeated(request: Message, name: str) -> bool:
    return bool(request.DESCRIPTOR.fields_by_name[name].is_repeated)


def project_brief(
    brief: brief_pb2.ProjectConfig, fields: frozenset[str]
) -> brief_pb2.ProjectConfig:
    """The brief with only `fields` set: what a phase may read is all its checkpoint hashes."""
    if fields >= ALL_BRIEF_FIELDS:
        return brief
    projected = brief_pb2.ProjectConfig()
    projected.CopyFrom(brief)
    for name in ALL_BRIEF_FIELDS - fields:
        projected.ClearField(name)  # type: ignore[arg-type]  # names from the descriptor
    return projected


# --- how fan-out items are found and named ------------------------------------------------------


def _planned_images(plan: Message) -> Sequence[Message]:
    assert isinstance(plan, artifacts_pb2.ImagePlan)
    return plan.images


def _image_id(spec: Message) -> str:
    assert isinstance(spec, artifacts_pb2.ImageSpec)
    return spec.id


def _planned_pages(plan: Message) -> Sequence[Message]:
    assert isinstance(plan, artifacts_pb2.PagePlan)
    return plan.pages


def _page_slug(page: Message) -> str:
    assert isinstance(page, artifacts_pb2.PlannedPage)
    return page.slug


def _same_page(image: Message, page: Message) -> bool:
    assert isinstance(image, artifacts_pb2.ImageSpec)
    assert isinstance(page, artifacts_pb2.PlannedPage)
    return image.page_slug == page.slug


def _same_slug(page: Message, other: Message) -> bool:
    assert isinstance(page, artifacts_pb2.PlannedPage)
    assert isinstance(other, artifacts_pb2.PlannedPage)
    return page.slug == other.slug


def _images_of_page(plan: Message, page: Message) -> Message:
    assert isinstance(plan, artifacts_pb2.ImagePlan)
    assert isinstance(page, artifacts_pb2.PlannedPage)
    return artifacts_pb2.ImagePlan(images=[i for i in plan.images if i.page_slug == page.slug])


# --- the graph ----------------------------------------------------------------------------------

PHASES: tuple[Phase, ...] = (
    Phase(
        "design_strategy", "DesignService", "GenerateDesignStrategy", "design_strategy",
        brief_fields=IDENTITY_FIELDS,
    ),
    Phase(
        "design_context", "DesignService", "GenerateDesignContext", "design_context",
        brief_fields=IDENTITY_FIELDS,
    ),
    Phase(
        "section_plan", "PlanningService", "PlanSections", "section_plan",
        brief_fields=IDENTITY_FIELDS,
    ),
    Phase(
        "layout", "LayoutService", "GenerateLayout", "layout",
        inputs=("design_context", "section_plan"), brief_fields=IDENTITY_FIELDS,
    ),
    Phase(
        "style_system", "DesignService", "GenerateStyleSystem", "style_system",
        inputs=("design_context", "design_strategy"), brief_fields=IDENTITY_FIELDS,
    ),
    Phase(
        "page_plan", "PlanningService", "PlanPages", "page_plan",
        inputs=("design_context", "section_plan"), brief_fields=IDENTITY_FIELDS,
    ),
    Phase(
        "image_plan", "PlanningService", "PlanImages", "image_plan",
        inputs=("layout", "page_plan", "section_plan"), brief_fields=IDENTITY_FIELDS,
    ),
    Phase(
        "seo", "PlanningService", "PlanSeo", "seo",
        inputs=("layout", "page_plan"), brief_fields=IDENTITY_FIELDS, fallback=default_seo,
    ),
    # Copy may quote the phone number or e-mail address, so it sees the whole brief. One call
    # per page: a call's latency grows with what it writes, and each page waits for its own.
    Phase(
        "copy", "PlanningService", "WritePageCopy", "copy",
        inputs=("layout", "design_strategy", "section_plan"),
        fan_out=FanOut("page_plan", _planned_pages, _page_slug, "page"),
        cap_setting="page_concurrency",
    ),
    Phase(
        "image", "ImageService", "GenerateImage", "image",
        inputs=("style_system",),
        fan_out=FanOut("image_plan", _planned_images, _image_id, "image"),
        brief_fields=IDENTITY_FIELDS,
        fallback=placeholder,
        cap_setting="image_concurrency",
        model_setting="image_model",
    ),
    # A page links to its images by the plan's names and sizes, so it never waits for their
    # bytes: the images reach the site beside it.
    Phase(
        "page", "CodegenService", "GeneratePage", "page",
        inputs=(
            "layout", "style_system", "seo", "section_plan", "page_plan", "design_strategy",
            "image_plan",
        ),
        fan_out=FanOut("page_plan", _planned_pages, _page_slug, "page"),
        gathers=(Gather("copy", "copy", match=_same_slug),),
        narrows=(Narrow("image_plan", _images_of_page),),
        cap_setting="page_concurrency",
    ),
    # The frame every page shares, written while the pages are.
    Phase(
        "shell", "CodegenService", "GenerateShell", "shell",
        inputs=("page_plan", "style_system", "layout"), brief_fields=IDENTITY_FIELDS,
    ),
    # Assembly in code, no model call: what remains after the last page or image is milliseconds.
    Phase(
        "site", "CodegenService", "AssembleSite", "site",
        inputs=("shell", "page_plan", "style_system", "seo", "layout"),
        gathers=(Gather("page", "pages"), Gather("image", "images")),
        model_setting=None,
    ),
)  # fmt: skip


class GraphError(ValueError):
    """The declaration is not a valid phase graph."""


class PhaseGraph:
    """A checked declaration of phases, with its topological levels (the waves)."""

    def __init__(self, phases: Sequence[Phase]) -> None:
        self.phases: dict[str, Phase] = {}
        for phase in phases:
            if phase.name in self.phases:
                raise GraphError(f"phase {phase.name} is declared twice")
            self.phases[phase.name] = phase
        for phase in phases:
            self._check(phase)
        self.levels: dict[str, int] = self._levels()

    def _check(self, phase: Phase) -> None:
        if serving(phase.service) is None:
            raise GraphError(f"{phase.name}: unknown service {phase.service}")
        request_fields = phase.request_type.DESCRIPTOR.fields_by_name
        for needed in phase.depends_on():
            if needed not in self.phases:
                raise GraphError(f"{phase.name} needs {needed}, which is not a phase")
        # A whole artifact comes from one node; fan-out items are reached through gathers.
        singles = [*phase.inputs, *([phase.fan_out.source] if phase.fan_out else [])]
        for needed in singles:
            if self.phases[needed].fan_out is not None:
                raise GraphError(f"{phase.name} needs {needed} whole; gather its items instead")
        # Every input lands in a request field of the very type its phase produces.
        for name in phase.inputs:
            field_ = request_fields.get(name)
            if field_ is None or field_.message_type is not self._artifact_type(name):
                raise GraphError(f"{phase.name}: request has no {name} field of the right type")
        for gather in phase.gathers:
            if self.phases[gather.phase].fan_out is None:
                raise GraphError(f"{phase.name} gathers {gather.phase}, which does not fan out")
            if gather.match is not None and phase.fan_out is None:
                raise GraphError(f"{phase.name}: a matching gather needs a fan-out phase")
            if gather.field is None:
                continue  # an ordering edge: nothing is sent
            target = request_fields.get(gather.field)
            if target is None or target.message_type is not self._artifact_type(gather.phase):
                raise GraphError(
                    f"{phase.name}: request has no {gather.field} field of the right type"
                )
            if not target.is_repeated and gather.match is None:
                raise GraphError(f"{phase.name}: {gather.field} holds one item; pair it by a match")
        for narrow in phase.narrows:
            if narrow.input not in phase.inputs or phase.fan_out is None:
                raise GraphError(f"{phase.name} narrows {narrow.input}, not an input of a fan-out")

    def _artifact_type(self, name: str) -> Any:
        """The message type phase `name` produces (its descriptor)."""
        producer = self.phases[name]
        return producer.response_type.DESCRIPTOR.fields_by_name[
            producer.response_field
        ].message_type

    def _levels(self) -> dict[str, int]:
        levels: dict[str, int] = {}
        visiting: set[str] = set()

        def level(name: str) -> int:
            if name in levels:
                return levels[name]
            if name in visiting:
                raise GraphError(f"the graph has a cycle through {name}")
            visiting.add(name)
            needs = self.phases[name].depends_on()
            levels[name] = 1 + max((level(n) for n in needs), default=0)
            visiting.discard(name)
            return levels[name]

        for name in self.phases:
            level(name)
        return levels

    @property
    def depth(self) -> int:
        return max(self.levels.values(), default=0)

    def waves(self) -> list[list[str]]:
        """Phases by topological level, first level first, declaration order inside one."""
        return [[n for n in self.phases if self.levels[n] == w] for w in range(1, self.depth + 1)]

    def fan_outs_of(self, source: str) -> list[Phase]:
        """The fan-out phases whose items come from `source`'s artifact."""
        return [p for p in self.phases.values() if p.fan_out and p.fan_out.source == source]

    def phase_critical_path(self, seconds: Mapping[str, float]) -> tuple[float, list[str]]:
        """The critical path of the phase-level graph, each phase taking `seconds[phase]`."""
        return critical_path(seconds, {n: p.depends_on() for n, p in self.phases.items()})


def critical_path(
    durations: Mapping[str, float], inputs: Mapping[str, Sequence[str]]
) -> tuple[float, list[str]]:
    """The longest chain of dependent nodes and its length: no schedule can finish sooner.

    `durations` holds every node's time; `inputs` what each waits for (unknown names ignored).
    """
    finish: dict[str, float] = {}
    best_input: dict[str, str | None] = {}
    visiting: set[str] = set()

    def earliest_finish(node: str) -> float:
        if node in finish:
            return finish[node]
        if node in visiting:
            raise GraphError(f"the graph has a cycle through {node}")
        visiting.add(node)
        start, before = 0.0, None
        for needed in inputs.get(node, ()):
            if needed in durations and (end := earliest_finish(needed)) > start:
                start, before = end, needed
        visiting.discard(node)
        finish[node] = start + durations[node]
        best_input[node] = before
        return finish[node]

    if not durations:
        return 0.0, []
    # On a tie the node declared last wins: the chain ends where the work does (a site that
    # takes no time after its last page).
    last = max(reversed(list(durations)), key=earliest_finish)
    path: list[str] = []
    node: str | None = last
    while node is not None:
        path.append(node)
        node = best_input[node]
    return finish[last], path[::-1]


GRAPH = PhaseGraph(PHASES)
