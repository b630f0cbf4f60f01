"""Tests of the orchestrator: graph, run loop, fallbacks, job store, SiteFarm API and CLI."""
