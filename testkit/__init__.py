"""What tests and benchmarks import to run sitefarm's real parts against fakes: the
OpenAI-compatible provider, an OTLP receiver, farms of services, the example briefs, the offline chain.

Shaped like temporalio.testing: fakes and builders live here once; tests/ and bench/ import
them, and nothing imports tests/.
"""
