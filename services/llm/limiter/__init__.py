"""The rate limiter, in the shape of the `limits` library: the accounts' arithmetic (`buckets`,
pure, on an injected clock), what the provider's headers say (`reports`), the waiting loop
(`waiting`), two backends with one interface (`local` in this process, `redis_backend` shared,
its Lua scripts in `lua/`), the record it leaves (`counters`), the limits the settings give
(`pool`) and a run-time admin CLI (`admin`)."""
