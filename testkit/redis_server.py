"""A Redis of the suite's own: testcontainers' Redis container when a Docker engine answers,
else a redis-server on a free port, else the one at REDIS_URL."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import docker
import redis

from testkit.ports import free_port

# The compose file's Redis, so the suite runs against what one machine runs in production.
REDIS_IMAGE = "redis:7.4.11-alpine"


@functools.cache
def docker_engine() -> str | None:
    """Why no Docker engine can run containers here, or None when one answers a ping."""
    try:
        client = docker.from_env(timeout=3)
        try:
            client.ping()
        finally:
            client.close()
    except Exception as error:
        return f"no Docker engine answers ({type(error).__name__}: {str(error)[:120]})"
    return None


def redis_source() -> str:
    """Where the suite's Redis comes from, in words, for the test session's header."""
    if docker_engine() is None:
        return f"testcontainers ({REDIS_IMAGE})"
    if shutil.which("redis-server"):
        return "redis-server on a free port (no Docker engine)"
    if os.environ.get("REDIS_URL"):
        return "REDIS_URL (no Docker engine, no redis-server)"
    return "none: no Docker engine, no redis-server, no REDIS_URL"


@contextmanager
def running_redis() -> Iterator[str]:
    """A URL of an empty Redis for the session, from the first source that is there."""
    if docker_engine() is None:
        with _container() as url:
            yield url
    elif shutil.which("redis-server"):
        with redis_server_on_free_port() as url:
            yield url
    elif given := os.environ.get("REDIS_URL"):
        yield given
    else:
        raise RuntimeError(redis_source())


@contextmanager
def _container() -> Iterator[str]:
    from testcontainers.community.redis import RedisContainer

    with RedisContainer(REDIS_IMAGE) as container:
        host = container.get_container_host_ip()
        port = container.get_exposed_port(6379)
        yield f"redis://{host}:{port}/0"


@contextmanager
def redis_server_on_free_port() -> Iterator[str]:
    """A redis-server of its own on a free loopback port, no persistence, stopped at the end."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not on PATH")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    try:
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        process.terminate()
        process.wait(10)
