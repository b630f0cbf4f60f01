"""The rate limiter, in the shape of the `limits` library: the bucket arithmetic (`buckets`,
pure, on an injected clock), the waiting loop (`waiting`), two backends with one interface
(`local` in this process, `redis_backend` shared, its Lua scripts in `lua/`), the counters
it leaves behind, the limits the settings give (`pool`) and a run-time admin CLI (`admin`)."""
