"""`python -m orchestrator`: the SiteFarm server, until SIGTERM or SIGINT, then a clean drain."""

from __future__ import annotations

import asyncio

from orchestrator.server import orchestrator
from orchestrator.settings import DEFAULT_PORT, OrchestratorSettings
from services.runtime.server import serve


async def main() -> None:
    settings = OrchestratorSettings()
    # Leaving the context after serve() drains cancels what still runs, recorded CANCELLED.
    async with orchestrator(settings) as farm:
        await serve("orchestrator", [farm.registration], DEFAULT_PORT, settings)


if __name__ == "__main__":
    asyncio.run(main())
