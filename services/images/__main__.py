"""Runs the images service: python -m services.images."""

import asyncio

from services.images.service import registrations
from services.runtime.phase_services import phase_service
from services.runtime.server import serve
from services.runtime.settings import get_settings

if __name__ == "__main__":
    asyncio.run(serve("images", registrations(get_settings()), phase_service("images").port))
