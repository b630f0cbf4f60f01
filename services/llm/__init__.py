"""The model stack every phase service shares: the gateway, its providers, the key pool and its
rate limiter, the JSON Schema a model answers in, and the checks on what a model writes."""
