"""The orchestrator: the phase graph, its scheduler, the job store, SiteFarm and the CLI."""
