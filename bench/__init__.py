"""Benchmarks: makespan against the critical-path bound, beside sequential, waves and LangGraph."""
