"""What tests and benchmarks import to run sitefarm's real parts against fakes.

Shaped like temporalio.testing: the fakes (the OpenAI-compatible provider, an OTLP receiver),
builders of farms (in-process or as processes), the example briefs, schema maps derived from
the graph and the offline chain live here once; tests/ and bench/ import them, and nothing
imports tests/.
"""
