"""Runs the design service: python -m services.design."""

import asyncio

from services.design.service import registrations
from services.runtime.phase_services import phase_service
from services.runtime.server import serve
from services.runtime.settings import get_settings

if __name__ == "__main__":
    asyncio.run(serve("design", registrations(get_settings()), phase_service("design").port))
