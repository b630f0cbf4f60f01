"""Runs the planning service: python -m services.planning."""

import asyncio

from services.planning.service import registrations
from services.runtime.phase_services import phase_service
from services.runtime.server import serve
from services.runtime.settings import get_settings

if __name__ == "__main__":
    asyncio.run(serve("planning", registrations(get_settings()), phase_service("planning").port))
