"""`python -m orchestrator`: the SiteFarm server, until SIGTERM or SIGINT, then a clean drain."""

from __future__ import annotations

import asyncio

from orchestrator.server import orchestrator
from orchestrator.settings import DEFAULT_PORT, get_orchestrator_settings
from services.runtime import telemetry
from services.runtime.redact import configure_logging
from services.runtime.server import serve


async def main() -> None:
    settings = get_orchestrator_settings()
    # Before anything logs: start-up says (loudly, if so) whether the API is open.
    configure_logging(settings.log_level)
    # Telemetry first: the channels to the phase services carry its context. It is shut down
    # last, so the spans of jobs cancelled by the drain are exported too.
    with telemetry.session("orchestrator"):
        # Leaving the context after serve() drains stops what still runs: recorded CANCELLED
        # in process, handed over to another replica with Redis.
        async with orchestrator(settings) as farm:
            await serve(
                "orchestrator", [farm.registration], DEFAULT_PORT, settings, farm.interceptors
            )


if __name__ == "__main__":
    asyncio.run(main())
