"""Runs the codegen service: python -m services.codegen."""

import asyncio

from services.codegen.service import registrations
from services.runtime.phase_services import phase_service
from services.runtime.server import serve
from services.runtime.settings import get_settings

if __name__ == "__main__":
    asyncio.run(serve("codegen", registrations(get_settings()), phase_service("codegen").port))
