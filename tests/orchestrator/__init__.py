"""Tests of the orchestrator: graph, scheduler, job store, SiteFarm API and CLI."""
