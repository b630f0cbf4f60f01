"""`python -m services.llm.limiter show|set|clear`: the shared pool's limits at run time."""

from services.llm.limiter.admin import main

main()
