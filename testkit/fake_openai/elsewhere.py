"""The fake provider outside the caller's event loop: on a thread of its own, or in a process of
its own (served until signalled) reached through its /_fake/* endpoints."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import threading
import urllib.parse
import urllib.request
from typing import Any

from .server import FakeOpenAI


class FakeOpenAIThread:
    """Runs a ``FakeOpenAI`` on its own event loop in a daemon thread (for sync tests/subprocesses).

    Attribute access falls through to the wrapped server, so ``thread.set_limits(...)``,
    ``thread.stats()`` and ``thread.max_in_flight(...)`` work directly.
    """

    def __init__(self, fake: FakeOpenAI | None = None, **kwargs: Any) -> None:
        self.fake = fake if fake is not None else FakeOpenAI(**kwargs)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> str:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            ready.set()
            loop.run_forever()
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-openai", daemon=True)
        self._thread.start()
        ready.wait(timeout)
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(self.fake.start(), self._loop).result(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self.fake.stop(), loop).result(timeout)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        self._loop = self._thread = None

    def __enter__(self) -> FakeOpenAIThread:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return self.fake.base_url

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not found on the wrapper itself.
        if name == "fake":
            raise AttributeError(name)
        return getattr(self.fake, name)


class FakeControl:
    """Tiny synchronous client for the ``/_fake/*`` endpoints of a fake in another process."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        # Accept either the root URL or the ``.../v1`` base_url.
        self.url = url.rstrip("/").removesuffix("/v1")
        self.timeout = timeout

    def _call(self, method: str, path: str, payload: Any = None) -> dict[str, Any]:
        data = json.dumps(payload).encode() if payload is not None else None
        req = urllib.request.Request(
            self.url + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:
            result: dict[str, Any] = json.loads(resp.read().decode())
            return result

    def stats(self, *, calls: bool = False, **filters: str) -> dict[str, Any]:
        """Counters; ``filters`` (endpoint/schema/schema_prefix/key) feed max_in_flight_filtered."""
        query = urllib.parse.urlencode({"calls": int(calls), **filters})
        return self._call("GET", f"/_fake/stats?{query}")

    def configure(self, **config: Any) -> dict[str, Any]:
        return self._call("POST", "/_fake/config", config)

    def reset(self, *, stats: bool = True, buckets: bool = False, faults: bool = False) -> None:
        self._call("POST", "/_fake/reset", {"stats": stats, "buckets": buckets, "faults": faults})

    def healthy(self) -> bool:
        try:
            return bool(self._call("GET", "/_fake/health").get("ok"))
        except OSError:
            return False


async def serve_until_signalled(fake: FakeOpenAI, port_file: str | None = None) -> None:
    """Run `fake` in this process until SIGINT or SIGTERM; once it listens, its port goes to
    `port_file` and its base URL to stdout (`FAKE_OPENAI_BASE_URL=...`)."""
    await fake.start()
    assert fake.port is not None
    if port_file:
        await asyncio.to_thread(_write_port_file, port_file, fake.port)
    print(f"FAKE_OPENAI_BASE_URL={fake.base_url}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await fake.stop()


def _write_port_file(path: str, port: int) -> None:
    # Written then renamed, so a polling parent never reads half a port number.
    written = f"{path}.tmp"
    with open(written, "w", encoding="utf-8") as out:
        out.write(str(port))
    os.replace(written, path)
