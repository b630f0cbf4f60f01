"""The rate limiter's rules, for the in-process buckets and the shared Redis ones alike.

In process, waits run on a virtual clock (testkit's VirtualClock): a second of refill passes
in microseconds and every wait is exact. Redis keeps its own clock, so there the tests bound
what the script says by the time measured around each call, never by a guessed tolerance,
and count the limiter's sleeps instead of timing them.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
import redis.asyncio as aioredis
from pydantic import SecretStr

from services.llm.gateway import Gateway
from services.llm.keys import ApiKey, KeyGrant, ModelClass
from services.llm.limiter.admin import clear_key_limits, describe_pool, set_key_limits
from services.llm.limiter.buckets import ChargedGrant, Limits, PoolLimits
from services.llm.limiter.counters import COUNTERS, WaitRecord, wait_hooks
from services.llm.limiter.local import LocalRateLimiter
from services.llm.limiter.pool import make_limiter, pool_limits
from services.llm.limiter.redis_backend import RedisRateLimiter, limits_key, redis_client
from services.llm.limiter.reports import ProviderReport, Reading
from services.llm.limiter.waiting import MAX_JITTER_SECONDS
from services.llm.openai_provider import OpenAIProvider
from services.llm.tasks import ChatTask
from services.runtime import call_context
from services.runtime.errors import ProviderError, RateLimitedError
from services.runtime.settings import Settings
from testkit.limiter_load import load_task
from testkit.virtual_clock import VirtualClock

KEY_A = ApiKey.of("sk-limiter-test-key-a-000000000000")
KEY_B = ApiKey.of("sk-limiter-test-key-b-000000000000")
CHAT = ModelClass.CHAT

Limiter = LocalRateLimiter | RedisRateLimiter


def chat_limits(
    requests: int = 0, tokens: int = 0, keys: tuple[ApiKey, ...] = (KEY_A, KEY_B)
) -> dict[tuple[ModelClass, str], Limits]:
    """Every key: these chat limits per period, images unlimited."""
    limits = {(CHAT, k.id): Limits(requests, tokens) for k in keys}
    return limits | {(ModelClass.IMAGES, k.id): Limits(0, 0) for k in keys}


@dataclass
class Backend:
    """Limiters of one kind (Redis ones built by one test share their buckets), the clock their
    waits run on, and every sleep their waiting loops took."""

    redis_url: str | None
    slept: list[float] = field(default_factory=list)
    made: list[Limiter] = field(default_factory=list)

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        await asyncio.sleep(seconds)

    def now(self) -> float:
        """The loop's clock: virtual in process, the monotonic clock beside Redis."""
        return asyncio.get_running_loop().time()

    def build(
        self,
        limits: PoolLimits,
        period: float = 3600.0,
        keys: tuple[ApiKey, ...] = (KEY_A, KEY_B),
        max_wait: float = 2.0,
        burst: float = 1.0,
    ) -> Limiter:
        limiter: Limiter
        if self.redis_url is None:
            loop = asyncio.get_running_loop()
            limiter = LocalRateLimiter(
                keys, limits, period, max_wait, burst, clock=lambda: loop.time(), sleep=self.sleep
            )
        else:
            client = redis_client(self.redis_url)
            limiter = RedisRateLimiter(
                keys, limits, client, period, max_wait, burst=burst, sleep=self.sleep
            )
        self.made.append(limiter)
        return limiter


@pytest.fixture(params=["in-process", "redis"])
async def backend(request: pytest.FixtureRequest) -> AsyncIterator[Backend]:
    if request.param == "redis":
        made = Backend(request.getfixturevalue("redis_url"))
        yield made
    else:
        with VirtualClock.installed():
            made = Backend(None)
            yield made
    for limiter in made.made:
        await limiter.aclose()


@pytest.fixture
async def replicas(redis_url: str) -> AsyncIterator[Callable[..., list[RedisRateLimiter]]]:
    """Builds `count` Redis limiters over one pool: replicas of a phase service."""
    made: list[RedisRateLimiter] = []

    def build(
        limits: Any,
        count: int = 2,
        period: float = 600.0,
        keys: Any = (KEY_A, KEY_B),
        burst: float = 1.0,
    ) -> list[RedisRateLimiter]:
        for _ in range(count):
            client = redis_client(redis_url)
            made.append(RedisRateLimiter(keys, limits, client, period, 2.0, burst=burst))
        return made[-count:]

    yield build
    for limiter in made:
        await limiter.aclose()


async def granted_now(limiter: Limiter, tokens: int = 1, priority: float = 0.0) -> KeyGrant | None:
    """A grant if one is granted at once, else None: these tests' waits are either longer than
    the limiter's max wait (refused at once) or short enough for a busy machine's second."""
    try:
        return await asyncio.wait_for(limiter.acquire(CHAT, tokens, priority), 1.0)
    except (TimeoutError, RateLimitedError):
        return None


async def timed(backend: Backend, call: Awaitable[Any]) -> tuple[Any, float, float]:
    """`call`'s result and the backend clock just before and just after it."""
    before = backend.now()
    result = await call
    return result, before, backend.now()


async def test_each_call_goes_to_the_key_with_the_most_headroom(backend: Backend) -> None:
    limiter = backend.build(chat_limits(requests=10))
    used = Counter([(await limiter.acquire(CHAT, 1)).key.id for _ in range(6)])
    assert used == {KEY_A.id: 3, KEY_B.id: 3}


async def test_a_call_waits_until_its_bucket_has_refilled(backend: Backend) -> None:
    # Two requests a second, two at once: the third half a second after the first.
    limiter = backend.build(chat_limits(requests=20), period=10.0, keys=(KEY_A,), burst=0.1)
    first = backend.now()
    await limiter.acquire(CHAT, 1)
    await limiter.acquire(CHAT, 1)
    await limiter.acquire(CHAT, 1)
    assert backend.now() - first >= 0.5, "never before the refill"
    (slept,) = backend.slept
    assert slept <= 0.5 + MAX_JITTER_SECONDS, "one sleep of the wait it was told, no polling"


async def test_requests_and_tokens_are_checked_together(backend: Backend) -> None:
    limiter = backend.build(chat_limits(requests=2, tokens=1000), keys=(KEY_A,))
    assert await granted_now(limiter, 600)
    assert await granted_now(limiter, 600) is None, "tokens are short, a request is left"
    assert await granted_now(limiter, 400)
    assert await granted_now(limiter, 0) is None, "requests are short"


def tokens_left(remaining: float, limit: float = 10_000) -> ProviderReport:
    return ProviderReport(units=Reading(remaining, limit, None))


async def test_unused_tokens_go_back_only_once_the_provider_is_seen_to_refund(
    backend: Backend,
) -> None:
    limiter = backend.build(chat_limits(tokens=10_000), keys=(KEY_A,))
    first = await limiter.acquire(CHAT, 3000)
    # The provider counted the first call's 3000 when it came: it keeps what it charged.
    await limiter.reconcile(first, 500, tokens_left(7000))
    second = await limiter.acquire(CHAT, 3000)
    assert await granted_now(limiter, 4001) is None, "the first call's 2500 unused stay charged"
    # By the second call it had given back the first's unused 2500: it refunds.
    await limiter.reconcile(second, 500, tokens_left(10_000 - 500 - 3000))
    assert await granted_now(limiter, 6500), "both calls count as they settled now"
    assert await granted_now(limiter, 1000) is None, "the provider had 6500 left"


async def test_a_charge_counts_from_when_its_request_left_not_from_its_grant(
    backend: Backend,
) -> None:
    # One request a period: a provider counting a sliding window counts the call when it
    # arrives, so a process that stalled between the grant and the send must not let the charge
    # leave its window a period after the grant.
    limiter = backend.build(chat_limits(requests=1), period=1.0, keys=(KEY_A,))
    grant = await limiter.acquire(CHAT, 1)
    await asyncio.sleep(0.6)  # stalled: the request leaves now
    await limiter.reconcile(grant, 1, ProviderReport(sent_ago=0.0))
    sent = backend.now()
    await asyncio.sleep(0.5)  # a period after the grant, half one after the send
    _, _, granted = await timed(backend, limiter.acquire(CHAT, 1))
    assert granted - sent >= 1.0, "the window counts the call from its send"


async def test_a_call_that_used_more_than_it_reserved_pays_the_rest(backend: Backend) -> None:
    limiter = backend.build(chat_limits(tokens=1000), keys=(KEY_A,))
    grant = await limiter.acquire(CHAT, 500)
    await limiter.reconcile(grant, used_tokens=800)
    assert await granted_now(limiter, 201) is None
    assert await granted_now(limiter, 200)


async def test_a_cooled_down_key_is_skipped_until_the_cooldown_ends(backend: Backend) -> None:
    limiter = backend.build(chat_limits(requests=100))
    grant = await limiter.acquire(CHAT, 1)
    await limiter.cooldown(grant, 0.5)
    other = {KEY_A.id, KEY_B.id} - {grant.key.id}
    assert {(await limiter.acquire(CHAT, 1)).key.id for _ in range(4)} == other
    await asyncio.sleep(0.6)
    assert grant.key in {(await limiter.acquire(CHAT, 1)).key for _ in range(4)}


async def test_images_have_a_budget_of_their_own(backend: Backend) -> None:
    limits = chat_limits(requests=1, keys=(KEY_A,))
    limits[(ModelClass.IMAGES, KEY_A.id)] = Limits(0, 2)
    limiter = backend.build(limits, keys=(KEY_A,))
    assert await granted_now(limiter)
    assert await granted_now(limiter) is None, "chat is spent"
    for _ in range(2):
        await asyncio.wait_for(limiter.acquire(ModelClass.IMAGES, 1), 1.0)
    with pytest.raises((TimeoutError, RateLimitedError)):
        await asyncio.wait_for(limiter.acquire(ModelClass.IMAGES, 1), 1.0)


async def test_a_call_larger_than_any_key_allows_fails_at_once(backend: Backend) -> None:
    limiter = backend.build(chat_limits(tokens=100))
    with pytest.raises(ProviderError) as refused:
        await limiter.acquire(CHAT, 500)
    assert not refused.value.transient
    assert backend.slept == []


async def test_a_wait_past_the_callers_deadline_fails_as_rate_limited(backend: Backend) -> None:
    limiter = backend.build(chat_limits(requests=1), keys=(KEY_A,), max_wait=10_000)
    await limiter.acquire(CHAT, 1)
    token = call_context.deadline.set(time.monotonic() + 1.0)
    try:
        with pytest.raises(RateLimitedError) as busy:
            await limiter.acquire(CHAT, 1)
    finally:
        call_context.deadline.reset(token)
    assert backend.slept == [], "no pointless wait"
    assert busy.value.retry_after is not None and busy.value.retry_after > 500


# Scarce: one key of 2000 tokens a second whose burst holds 400, put 800 in debt, so the
# first call of 200 tokens can go in half a second and one more every 0.1 s after that (the
# window, 20,000 tokens over ten seconds, is far from binding).
SCARCE = chat_limits(tokens=20_000, keys=(KEY_A,))
SCARCE_PERIOD, SCARCE_BURST = 10.0, 0.02
CALL_TOKENS = 200

Waiter = tuple[Limiter, float, str]  # the limiter it asks, its priority, its name


def scarce(backend: Backend) -> Limiter:
    return backend.build(SCARCE, period=SCARCE_PERIOD, keys=(KEY_A,), burst=SCARCE_BURST)


async def into_debt(limiter: Limiter) -> None:
    grant = await limiter.acquire(CHAT, 200)
    await limiter.reconcile(grant, used_tokens=1200)


async def admitted_by_turns(waiters: list[Waiter]) -> list[list[Waiter]]:
    """Queue `waiters` in order; then, each time the refill allows one more call, let every one
    still waiting ask again, the least urgent first (the worst order for the rule): who got in."""
    for limiter, priority, name in waiters:
        refused = await limiter.try_acquire(CHAT, CALL_TOKENS, priority, name)
        assert refused.key_id is None
    turns: list[list[Waiter]] = []
    waiting = list(waiters)
    await asyncio.sleep(0.4)
    while waiting:
        await asyncio.sleep(0.11)
        admitted = []
        for waiter in reversed(waiting):
            limiter, priority, name = waiter
            if (await limiter.try_acquire(CHAT, CALL_TOKENS, priority, name)).key_id:
                admitted.append(waiter)
        turns.append(admitted)
        waiting = [w for w in waiting if w not in admitted]
    return turns


def by_urgency(waiters: list[Waiter]) -> list[Waiter]:
    return sorted(waiters, key=lambda w: -w[1])  # stable: equal priorities keep arrival order


async def test_when_keys_are_scarce_the_most_urgent_waiters_go_first(backend: Backend) -> None:
    limiter = scarce(backend)
    await into_debt(limiter)
    waiters = [(limiter, p, f"w{p}") for p in (1.0, 8.0, 3.0, 6.0, 2.0, 9.0)]
    turns = await admitted_by_turns(by_urgency(waiters))
    # Each turn admits the most urgent of those still waiting, however they ask.
    assert [w for turn in turns for w in by_urgency(turn)] == by_urgency(waiters)
    assert max(len(turn) for turn in turns) < len(waiters), "keys were scarce"


async def test_equal_priorities_go_in_arrival_order(backend: Backend) -> None:
    limiter = scarce(backend)
    await into_debt(limiter)
    waiters = [(limiter, 4.0, f"arrival-{n}") for n in range(5)]
    turns = await admitted_by_turns(waiters)
    assert [w for turn in turns for w in sorted(turn, key=waiters.index)] == waiters


async def test_priority_orders_the_waiters_of_every_replica(
    replicas: Callable[..., list[RedisRateLimiter]],
) -> None:
    first, second = replicas(SCARCE, keys=[KEY_A], period=SCARCE_PERIOD, burst=SCARCE_BURST)
    await into_debt(first)
    priorities = (2.0, 7.0, 4.0, 9.0, 1.0, 5.0)
    waiters: list[Waiter] = [((first, second)[n % 2], p, f"w{p}") for n, p in enumerate(priorities)]
    turns = await admitted_by_turns(waiters)
    assert [w for turn in turns for w in by_urgency(turn)] == by_urgency(waiters)


async def test_a_queued_caller_is_told_to_sleep_until_its_turn(backend: Backend) -> None:
    limiter = scarce(backend)
    _, debt_began, debt_ended = await timed(backend, into_debt(limiter))
    for n in range(4):
        decision, asked, answered = await timed(
            backend, limiter.try_acquire(CHAT, CALL_TOKENS, 4.0, f"arrival-{n}")
        )
        # The first in line when its own call fits, half a second after the debt; each next
        # one a call's refill (0.1 s) later; less whatever time passed since the debt, which
        # the clock readings around the calls bound (equal, so exact, on the virtual clock).
        turn = 0.5 + 0.1 * n
        soonest, latest = turn - (answered - debt_began), turn - (asked - debt_ended)
        assert soonest - 1e-6 <= decision.wait <= latest + 1e-6
        assert decision.ahead == n


async def test_acquire_sleeps_its_turn_and_then_gets_the_key(backend: Backend) -> None:
    limiter = scarce(backend)
    _, debt_began, _ = await timed(backend, into_debt(limiter))
    await asyncio.gather(*(limiter.acquire(CHAT, CALL_TOKENS, priority=p) for p in (1.0, 2.0)))
    assert backend.now() - debt_began >= 0.6, "the second call never before its turn"
    # Each slept the wait it was told; at most one asked again, told the rest of its turn
    # (both may first be told 0.5 s): late only by what a busy machine adds, no blind backoff.
    assert len(backend.slept) <= 3 and sum(backend.slept) <= 1.1 + 3 * MAX_JITTER_SECONDS


async def test_a_cooldown_on_one_replica_keeps_every_replica_off_the_key(
    replicas: Callable[..., list[RedisRateLimiter]],
) -> None:
    first, second = replicas(chat_limits(requests=100))
    grant = await first.acquire(CHAT, 1)
    await first.cooldown(grant, 0.5)
    assert grant.key not in {(await second.acquire(CHAT, 1)).key for _ in range(4)}
    await asyncio.sleep(0.6)
    assert grant.key in {(await second.acquire(CHAT, 1)).key for _ in range(4)}


async def test_limits_change_at_run_time_for_every_replica(
    replicas: Callable[..., list[RedisRateLimiter]], redis_url: str
) -> None:
    first, second = replicas(chat_limits(requests=1))
    await first.acquire(CHAT, 1)
    await first.acquire(CHAT, 1)
    assert await granted_now(second) is None
    admin = aioredis.Redis.from_url(redis_url)
    try:
        for key in (KEY_A, KEY_B):
            await set_key_limits(admin, key.id, CHAT, requests=60)
        # Sixty a period now: each key's bucket had one call left (it holds two), and refills
        # at the new rate from there, not reset to full.
        assert await granted_now(second) and await granted_now(second)
        assert await granted_now(second) is None
        for key in (KEY_A, KEY_B):
            await set_key_limits(admin, key.id, CHAT, requests=6000)
        await asyncio.sleep(0.3)  # ten a second
        assert await granted_now(second)
        for key in (KEY_A, KEY_B):
            await clear_key_limits(admin, key.id, CHAT)
        assert not await admin.exists(limits_key(CHAT, KEY_A.id))
    finally:
        await admin.aclose()


async def test_a_settings_reload_changes_the_limits() -> None:
    settings = Settings(
        openai_api_keys="sk-limiter-test-key-a-000000000000", chat_rpm=1, limiter_max_wait_seconds=5
    )
    limiter = make_limiter(settings)
    assert isinstance(limiter, LocalRateLimiter)
    await limiter.acquire(CHAT, 1)
    assert await granted_now(limiter) is None
    reloaded = settings.model_copy(update={"key_limits": {KEY_A.id: {"chat_rpm": 0}}})
    limiter.reload(pool_limits(reloaded, [KEY_A]))
    assert await granted_now(limiter), "0 is no limit"


def test_the_pool_takes_its_limits_from_the_settings_and_per_key_overrides() -> None:
    settings = Settings(
        chat_rpm=500, chat_tpm=200_000, images_ipm=50, key_limits={KEY_B.id: {"chat_tpm": 9}}
    )
    limits = pool_limits(settings, [KEY_A, KEY_B])
    assert limits[(CHAT, KEY_A.id)] == Limits(500, 200_000)
    assert limits[(CHAT, KEY_B.id)] == Limits(500, 9)
    assert limits[(ModelClass.IMAGES, KEY_A.id)] == Limits(0, 50)
    with pytest.raises(ValueError, match="unknown limits"):
        pool_limits(Settings(key_limits={KEY_A.id: {"chat_rmp": 1}}), [KEY_A])


async def test_the_limiter_is_shared_when_redis_is_set_and_in_process_otherwise(
    redis_url: str,
) -> None:
    keys = "sk-limiter-test-key-a-000000000000,sk-limiter-test-key-b-000000000000"
    assert isinstance(make_limiter(Settings(openai_api_keys=keys)), LocalRateLimiter)
    shared = make_limiter(Settings(openai_api_keys=keys, redis_url=redis_url))
    assert isinstance(shared, RedisRateLimiter)
    assert shared.key_ids == [KEY_A.id, KEY_B.id]
    await shared.aclose()


async def test_every_wait_is_logged_counted_and_handed_to_the_hooks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[WaitRecord] = []
    wait_hooks.append(seen.append)
    waits_before = COUNTERS.snapshot()["waits"].get(CHAT, 0)
    try:
        with (
            VirtualClock.installed() as clock,
            caplog.at_level(logging.DEBUG, logger="services.llm.limiter"),
        ):
            limits = chat_limits(requests=100, keys=(KEY_A,))
            limiter = LocalRateLimiter([KEY_A], limits, period=10.0, burst=0.1, clock=clock.time)
            for _ in range(11):
                await limiter.acquire(CHAT, 1, priority=3.0)
    finally:
        wait_hooks.remove(seen.append)
    (wait,) = seen
    assert wait.outcome == "acquired" and wait.sleeps == 1
    assert wait.binding == "requests:burst"
    # The eleventh call waited a tenth of a second (one request's refill), plus its jitter.
    assert 0.1 <= wait.seconds <= 0.1 + MAX_JITTER_SECONDS
    assert wait.priority == 3.0 and wait.key_id == KEY_A.id
    assert COUNTERS.snapshot()["waits"][CHAT] == waits_before + 1
    assert any("waits" in r.getMessage() for r in caplog.records)


class RecordingLimiter(LocalRateLimiter):
    """The in-process limiter, noting what the gateway asked of it."""

    def __init__(self) -> None:
        super().__init__([KEY_A], chat_limits(requests=100, tokens=100_000, keys=(KEY_A,)))
        self.priorities: list[float] = []
        self.reconciled: list[tuple[int, int, ProviderReport | None]] = []

    async def acquire(
        self, model_class: ModelClass, tokens: int, priority: float = 0.0
    ) -> KeyGrant:
        self.priorities.append(priority)
        return await super().acquire(model_class, tokens, priority)

    async def reconcile(
        self, grant: KeyGrant, used_tokens: int, report: ProviderReport | None = None
    ) -> None:
        self.reconciled.append((grant.tokens, used_tokens, report))
        await super().reconcile(grant, used_tokens, report)


async def test_the_gateway_asks_with_the_calls_priority_and_reconciles_real_usage_and_headers(
    fake_openai: Any, openai_settings: Settings
) -> None:
    fake_openai.set_limits(KEY_A.secret, rpm=40, tpm=20_000)
    limiter = RecordingLimiter()
    settings = openai_settings.model_copy(update={"openai_api_key": SecretStr(KEY_A.secret)})
    gateway = Gateway(settings, OpenAIProvider(settings, limiter))
    task: ChatTask[Any] = load_task()
    token = call_context.priority.set(42.5)
    try:
        await gateway.chat(task)
    finally:
        call_context.priority.reset(token)
        await gateway.aclose()
    assert limiter.priorities == [42.5]
    ((reserved, used, report),) = limiter.reconciled
    (call,) = fake_openai.calls()
    assert used == call.prompt_tokens + call.completion_tokens < reserved
    # The provider's headers reached the limiter, and taught it the key's real limits.
    assert report is not None and report.requests is not None and report.units is not None
    assert (report.requests.limit, report.units.limit) == (40, 20_000)
    assert report.requests.remaining == 39 and report.units.remaining < 20_000
    assert limiter.buckets.limits(CHAT, KEY_A.id) == Limits(40, 20_000)
    # And when the request left: no earlier than the fake's answer took (its latency).
    assert report.sent_ago is not None and call.latency <= report.sent_ago < 10.0


@dataclass(frozen=True)
class Granted:
    """One grant a replica's limiter gave: asked for and given at these monotonic times."""

    asked: float
    given: float
    key_id: str


@dataclass(frozen=True)
class Cooled:
    """One cooldown a replica set: between these monotonic times, on this key, this long."""

    began: float
    ended: float
    key_id: str
    seconds: float


class WatchedLimiter(RedisRateLimiter):
    """A replica's shared limiter that notes when it granted which key and set which cooldown."""

    def __init__(self, settings: Settings, grants: list[Granted], cooled: list[Cooled]) -> None:
        keys = [ApiKey.of(secret) for secret in settings.api_keys()]
        assert settings.redis_url is not None
        super().__init__(keys, pool_limits(settings, keys), redis_client(settings.redis_url))
        self.grants, self.cooled = grants, cooled

    async def acquire(
        self, model_class: ModelClass, tokens: int, priority: float = 0.0
    ) -> KeyGrant:
        asked = time.monotonic()
        grant = await super().acquire(model_class, tokens, priority)
        self.grants.append(Granted(asked, time.monotonic(), grant.key.id))
        return grant

    async def reconcile(
        self, grant: KeyGrant, used_tokens: int, report: ProviderReport | None = None
    ) -> None:
        began = time.monotonic()
        await super().reconcile(grant, used_tokens, report)
        if report is not None and report.refused:
            held = report.retry_after or 0.0
            self.cooled.append(Cooled(began, time.monotonic(), grant.key.id, held))


async def test_an_injected_429_moves_every_replicas_traffic_to_the_other_key(
    fake_openai: Any, redis_url: str
) -> None:
    fake_openai.set_latency(chat=0.02)
    settings = Settings(
        provider="openai",
        openai_base_url=fake_openai.base_url,
        openai_api_keys=f"{KEY_A.secret},{KEY_B.secret}",
        redis_url=redis_url,
        chat_rpm=100_000,
        chat_tpm=100_000_000,
        retry_base_seconds=0.01,
    )
    grants: list[Granted] = []
    cooled: list[Cooled] = []
    replicas = [
        Gateway(settings, OpenAIProvider(settings, WatchedLimiter(settings, grants, cooled)))
        for _ in range(2)
    ]
    for gateway in replicas:  # connections and the SDK's first use paid before the fault
        await gateway.chat(load_task())
    fake_openai.add_fault("status", status=429, retry_after=1.0, key=KEY_A.secret)
    give_up = time.monotonic() + 20

    def done() -> bool:
        # Until the cooldown is over for sure and a few calls have been granted since.
        ends = [c.ended + c.seconds for c in cooled]
        return time.monotonic() > give_up or bool(
            ends and len([g for g in grants if g.asked > max(ends)]) >= 12
        )

    async def caller(gateway: Gateway) -> None:
        while not done():
            await gateway.chat(load_task())

    try:
        async with asyncio.TaskGroup() as group:
            for gateway in replicas * 3:
                group.create_task(caller(gateway))
    finally:
        for gateway in replicas:
            await gateway.aclose()
    (cooldown,) = cooled
    assert cooldown.key_id == KEY_A.id and cooldown.seconds == pytest.approx(1.0)
    # Redis set the cooldown between `began` and `ended`: a grant asked for after that and
    # given before it can have run out was cooling for every replica, one after it was not.
    cooling = [g for g in grants if g.asked > cooldown.ended and g.given < cooldown.began + 1.0]
    after = [g for g in grants if g.asked > cooldown.ended + 1.0]
    assert cooling and {g.key_id for g in cooling} == {KEY_B.id}
    assert KEY_A.id in {g.key_id for g in after}


# --- the provider's reports, shared by every replica --------------------------------------------


async def test_the_providers_report_caps_the_room_of_every_replica(
    replicas: Callable[..., list[RedisRateLimiter]],
) -> None:
    first, second = replicas(chat_limits(tokens=10_000), keys=[KEY_A])
    grant = await first.acquire(CHAT, 1000)
    # Someone else uses the key too: the provider had 2000 left after this call.
    await first.reconcile(grant, 1000, tokens_left(2000))
    assert await granted_now(second, 2000)
    refused = await second.try_acquire(CHAT, 100, 0.0, "over")
    assert refused.key_id is None and refused.binding == "units:provider"


async def test_limits_the_provider_reports_are_learnt_by_every_replica_unless_overridden(
    replicas: Callable[..., list[RedisRateLimiter]], redis_url: str
) -> None:
    first, second = replicas(chat_limits(tokens=10_000), keys=[KEY_A])
    too_large = await second.try_acquire(CHAT, 15_000, 0.0, "large")
    assert too_large.impossible, "more than the settings allow a period"
    grant = await first.acquire(CHAT, 1000)
    await first.reconcile(grant, 1000, tokens_left(29_000, limit=30_000))
    learnt = await second.try_acquire(CHAT, 15_000, 0.0, "large")
    assert not learnt.impossible, "the provider allows 30,000 a period"
    admin = aioredis.Redis.from_url(redis_url)
    try:
        await set_key_limits(admin, KEY_A.id, CHAT, units=12_000)
        overridden = await second.try_acquire(CHAT, 15_000, 0.0, "large")
        assert overridden.impossible, "an operator's limit wins over the provider's"
    finally:
        await admin.aclose()


async def test_a_429_holds_only_the_refused_dimension_for_every_replica(
    replicas: Callable[..., list[RedisRateLimiter]],
) -> None:
    first, second = replicas(chat_limits(requests=100, tokens=10_000), keys=[KEY_A])
    grant = await first.acquire(CHAT, 3000)
    out_of_requests = ProviderReport(
        Reading(0, 100, 0.5), Reading(9000, 10_000, 6.0), refused=True, retry_after=0.5
    )
    await first.reconcile(grant, 0, out_of_requests)
    held = await second.try_acquire(CHAT, 10, 0.0, "held")
    assert held.key_id is None and held.binding == "requests:held"
    assert 0.4 < held.wait <= 0.5
    await asyncio.sleep(0.6)
    assert await granted_now(second, 10), "back when the provider said"


Step = tuple[str, Any]


async def run_steps(limiter: Limiter, steps: list[Step]) -> list[str]:
    """What each step gave: an admitted key, or the limit that binds; settles give nothing."""
    grants: list[KeyGrant] = []
    seen: list[str] = []
    for n, (kind, arg) in enumerate(steps):
        if kind == "ask":
            decision = await limiter.try_acquire(CHAT, arg, 0.0, f"twin-{n}")
            if decision.key_id is None:
                await limiter._leave(CHAT, f"twin-{n}")
                seen.append(decision.binding)
                continue
            grant = ChargedGrant(
                limiter._keys[decision.key_id], CHAT, arg, False,
                decision.requests_mark, decision.units_mark,
            )  # fmt: skip
            grants.append(grant)
            seen.append(decision.key_id)
        else:
            index, used, report = arg
            await limiter.reconcile(grants[index], used, report)
    return seen


async def test_both_backends_decide_alike_on_the_same_reports(redis_url: str) -> None:
    # Time hardly passes against a period of an hour: every decision is the rules', not the clock's.
    limits = chat_limits(requests=50, tokens=10_000)
    steps: list[Step] = [
        *[("ask", 3000)] * 4,
        ("settle", (0, 500, ProviderReport(Reading(45, 50, None), Reading(6000, 12_000, None)))),
        ("ask", 4000),
        ("ask", 1000),
        ("ask", 5000),
        ("settle", (1, 0, ProviderReport(Reading(0, 50, 5.0), refused=True))),
        ("ask", 100),
        ("settle", (2, 2500, ProviderReport(units=Reading(9000, 12_000, None)))),
        ("ask", 6000),
        ("ask", 200),
        # Answered out of order: the later call's report first, and looser.
        ("settle", (6, 100, ProviderReport(units=Reading(11_000, 12_000, None)))),
        ("settle", (5, 1000, ProviderReport(units=Reading(1500, 12_000, None)))),
        ("ask", 1000),
        ("ask", 100),
    ]
    local = LocalRateLimiter((KEY_A, KEY_B), limits, 3600.0, 2.0)
    shared = RedisRateLimiter((KEY_A, KEY_B), limits, redis_client(redis_url), 3600.0, 2.0)
    try:
        in_process, in_redis = await run_steps(local, steps), await run_steps(shared, steps)
    finally:
        await shared.aclose()
    assert in_process == in_redis
    assert "units:provider" in in_process


async def test_show_says_where_each_limit_comes_from_and_what_is_held(redis_url: str) -> None:
    settings = Settings(
        openai_api_keys=KEY_A.secret, chat_rpm=100, chat_tpm=10_000, redis_url=redis_url
    )
    limiter = make_limiter(settings)
    admin = aioredis.Redis.from_url(redis_url)
    try:
        grant = await limiter.acquire(CHAT, 1000)
        refused = ProviderReport(
            Reading(0, 40, 2.0), Reading(9000, 20_000, 3.0), refused=True, retry_after=2.0
        )
        await limiter.reconcile(grant, 0, refused)
        await set_key_limits(admin, KEY_A.id, CHAT, units=15_000)
        (row,) = [r for r in await describe_pool(admin, settings) if r["class"] == "chat"]
    finally:
        await admin.aclose()
        await limiter.aclose()
    assert (row["requests_limit"], row["requests_limit_from"]) == (40, "provider")
    assert (row["units_limit"], row["units_limit_from"]) == (15_000, "operator")
    assert 1.5 < row["held_requests_seconds"] <= 2.0 and row["held_units_seconds"] == 0
    assert row["provider_requests_remaining"] == 0 and row["window_requests"] == 0
