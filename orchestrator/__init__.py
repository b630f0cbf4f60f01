"""The orchestrator: the phase graph and how one job of it is run, the job store, SiteFarm and
the CLI.

In parts, after LangGraph's pregel: `graph` declares the phases (the one declaration: nodes,
inputs, fan-out, fallbacks); `nodes` holds the pure rules on a job's node states; `run_loop`
runs a job (dag, waves, sequential); `retry` decides when a call is tried again; `checkpoints`
keys and keeps each node's answer; `phase_clients` reaches the phase services; `fallbacks`
answers for a degradable phase that failed; `bundle` writes a finished site to disk.
"""
