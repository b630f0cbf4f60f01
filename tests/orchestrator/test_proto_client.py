"""A client built from the .proto files alone, with none of sitefarm's code, runs Generate."""

from __future__ import annotations

import asyncio
import sys
import textwrap
from pathlib import Path

from orchestrator.settings import OrchestratorSettings
from testkit.farm import farm_of

PROTOS = Path(__file__).resolve().parents[2] / "protos"

CLIENT = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    here = str(Path(__file__).resolve().parent)
    # Only the stubs compiled next to this script: drop any other copy of sitefarm's stubs.
    sys.path[:] = [here] + [p for p in sys.path if not p.rstrip("/").endswith("gen")]

    import grpc
    from sitefarm.v1 import brief_pb2, sitefarm_pb2, sitefarm_pb2_grpc

    assert sitefarm_pb2.__file__.startswith(here), sitefarm_pb2.__file__
    with grpc.insecure_channel(sys.argv[1]) as channel:
        stub = sitefarm_pb2_grpc.SiteFarmStub(channel)
        brief = brief_pb2.ProjectConfig(
            business_name="Proto Only Ltd",
            description="Consultancy for people who read .proto files for fun.",
            tone=brief_pb2.TONE_PROFESSIONAL,
            pages=["Services", "Contact"],
        )
        last = None
        for event in stub.Generate(sitefarm_pb2.GenerateRequest(brief=brief), timeout=60):
            last = event
        assert last.kind == sitefarm_pb2.EVENT_KIND_JOB_FINISHED, last
        assert last.job_state == sitefarm_pb2.JOB_STATE_COMPLETED, last.message
        files = {}
        request = sitefarm_pb2.DownloadSiteRequest(job_id=last.job_id)
        for chunk in stub.DownloadSite(request, timeout=60):
            files[chunk.path] = files.get(chunk.path, b"") + chunk.chunk
        assert b"Proto Only Ltd" in files["index.html"]
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("services", "orchestrator"))
    assert not leaked, leaked
    print(f"OK {len(files)} files from job {last.job_id}")
    """
)


async def run(*command: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        *command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    output, _ = await process.communicate()
    return process.returncode or 0, output.decode()


async def test_a_client_built_from_the_proto_alone_runs_generate(tmp_path: Path) -> None:
    code, output = await run(
        sys.executable,
        "-m",
        "grpc_tools.protoc",
        f"-I{PROTOS}",
        f"--python_out={tmp_path}",
        f"--grpc_python_out={tmp_path}",
        *(str(p) for p in sorted((PROTOS / "sitefarm" / "v1").glob("*.proto"))),
    )
    assert code == 0, output
    script = tmp_path / "client.py"
    script.write_text(CLIENT, encoding="utf-8")
    async with farm_of(OrchestratorSettings(provider="offline", redis_url=None)) as (farm,):
        code, output = await run(sys.executable, str(script), farm.address)
    assert code == 0, output
    assert output.startswith("OK ")
