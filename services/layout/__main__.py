"""Runs the layout service: python -m services.layout."""

import asyncio

from services.layout.service import registrations
from services.runtime.phase_services import phase_service
from services.runtime.server import serve
from services.runtime.settings import get_settings

if __name__ == "__main__":
    asyncio.run(serve("layout", registrations(get_settings()), phase_service("layout").port))
