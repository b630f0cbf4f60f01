"""Tests of bench/: that the harness still runs, never how fast."""
