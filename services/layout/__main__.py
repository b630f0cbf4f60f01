"""Runs the layout service: python -m services.layout."""

import asyncio

from services.layout.service import registrations
from services.runtime.server import serve
from services.runtime.settings import get_settings

if __name__ == "__main__":
    asyncio.run(serve("layout", registrations(get_settings()), default_port=50052))
