"""The limiter's arithmetic on a hand-moved clock: every rule of the buckets and the queue
checked exactly, in microseconds, with no sleep and no Redis (lua/acquire.lua runs the same
rules; test_limiter.py holds both backends to them)."""

from __future__ import annotations

import itertools

import pytest

from services.llm.keys import ModelClass
from services.llm.limiter.buckets import (
    WAITER_GRACE_SECONDS,
    Decision,
    Limits,
    LocalBuckets,
    priority_step,
)

CHAT = ModelClass.CHAT
IMAGES = ModelClass.IMAGES


class HandClock:
    """A clock that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def pool(
    requests: int = 0, tokens: int = 0, keys: tuple[str, ...] = ("k-a",)
) -> dict[tuple[ModelClass, str], Limits]:
    """These chat limits per period on every key, images unlimited."""
    limits = {(CHAT, key): Limits(requests, tokens) for key in keys}
    return limits | {(IMAGES, key): Limits(0, 0) for key in keys}


def buckets(
    clock: HandClock, period: float = 1.0, burst: float = 1.0, **limits: int
) -> LocalBuckets:
    keys = tuple(limits.pop("keys", ("k-a",)))  # type: ignore[call-overload]
    return LocalBuckets(pool(keys=keys, **limits), period, burst=burst, clock=clock)


def ask(b: LocalBuckets, cost: int = 1, priority: float = 0.0, waiter: str = "w") -> Decision:
    return b.decide(CHAT, cost, priority_step(priority), waiter)


def test_a_full_bucket_admits_its_limit_at_once_then_one_call_per_refill() -> None:
    clock = HandClock()
    b = buckets(clock, requests=2)
    assert ask(b, waiter="a").key_id == "k-a"
    assert ask(b, waiter="b").key_id == "k-a"
    refused = ask(b, waiter="c")
    assert refused.key_id is None and refused.wait == pytest.approx(0.5)
    clock.advance(0.499)
    assert ask(b, waiter="c").key_id is None
    clock.advance(0.001)
    assert ask(b, waiter="c").key_id == "k-a"


def test_each_call_goes_to_the_key_with_the_most_headroom() -> None:
    b = buckets(HandClock(), requests=10, keys=("k-a", "k-b"))
    used = [ask(b, waiter=f"w{n}").key_id for n in range(6)]
    assert sorted(used) == ["k-a"] * 3 + ["k-b"] * 3
    assert all(first != second for first, second in itertools.pairwise(used))


def test_a_call_needs_both_a_request_and_its_tokens() -> None:
    clock = HandClock()
    b = buckets(clock, requests=2, tokens=1000)
    assert ask(b, 600).key_id
    short_of_tokens = ask(b, 600, waiter="x")
    assert short_of_tokens.key_id is None
    assert short_of_tokens.wait == pytest.approx(0.2), "200 tokens at 1000 a second"
    b.leave(CHAT, "x")
    assert ask(b, 400).key_id, "the last request, the last 400 tokens"
    b.refund(CHAT, "k-a", 1000)
    short_of_requests = ask(b, 1, waiter="y")
    assert short_of_requests.key_id is None and short_of_requests.wait == pytest.approx(0.5)


def test_a_refund_gives_back_what_a_call_did_not_use_and_a_negative_one_takes_more() -> None:
    b = buckets(HandClock(), tokens=1000)
    assert ask(b, 1000).key_id
    b.refund(CHAT, "k-a", 600)
    assert ask(b, 600, waiter="a").key_id
    assert ask(b, 1, waiter="b").key_id is None
    b.refund(CHAT, "k-a", -300)
    assert ask(b, 1, waiter="b").wait == pytest.approx(0.301)


def test_a_refund_never_fills_a_bucket_past_its_capacity() -> None:
    b = buckets(HandClock(), tokens=1000)
    b.refund(CHAT, "k-a", 5000)
    assert ask(b, 1000).key_id
    assert ask(b, 1, waiter="b").key_id is None


def test_a_cooled_down_key_is_skipped_until_its_cooldown_ends() -> None:
    clock = HandClock()
    b = buckets(clock, requests=100, keys=("k-a", "k-b"))
    b.cooldown(CHAT, "k-a", 0.5)
    assert {ask(b, waiter=f"w{n}").key_id for n in range(4)} == {"k-b"}
    clock.advance(0.5)
    assert "k-a" in {ask(b, waiter=f"v{n}").key_id for n in range(4)}


def test_a_shorter_cooldown_never_cuts_a_longer_one() -> None:
    clock = HandClock()
    b = buckets(clock, requests=100)
    b.cooldown(CHAT, "k-a", 2.0)
    b.cooldown(CHAT, "k-a", 0.5)
    clock.advance(1.0)
    refused = ask(b)
    assert refused.key_id is None and refused.wait == pytest.approx(1.0)


def test_a_call_larger_than_any_key_may_hold_is_impossible_not_queued() -> None:
    b = buckets(HandClock(), tokens=100, keys=("k-a", "k-b"))
    decision = ask(b, 500)
    assert decision.impossible and decision.key_id is None and decision.wait == 0


def test_images_count_against_a_budget_of_their_own() -> None:
    limits = pool(requests=1) | {(IMAGES, "k-a"): Limits(0, 2)}
    b = LocalBuckets(limits, 1.0, clock=HandClock())
    assert ask(b).key_id and ask(b, waiter="b").key_id is None, "chat is spent"
    assert [b.decide(IMAGES, 1, 0, f"i{n}").key_id for n in range(3)] == ["k-a", "k-a", None]


def test_a_burst_below_one_holds_that_share_of_a_period_and_refills_at_the_full_rate() -> None:
    clock = HandClock()
    b = buckets(clock, burst=0.5, requests=10)
    assert [ask(b, waiter=f"w{n}").key_id for n in range(6)] == ["k-a"] * 5 + [None]
    assert ask(b, waiter="w5").wait == pytest.approx(0.1)


def test_new_limits_hold_from_the_next_decision_and_cut_levels_above_them() -> None:
    clock = HandClock()
    b = buckets(clock, requests=10)
    assert ask(b).key_id
    b.set_limits(pool(requests=2))
    assert ask(b, waiter="a").key_id and ask(b, waiter="b").key_id
    assert ask(b, waiter="c").key_id is None
    b.set_limits(pool(requests=0))
    assert ask(b, waiter="c").key_id, "0 is no limit"


def test_a_share_of_the_limits_is_never_zero_which_would_mean_unlimited() -> None:
    assert Limits(10, 1000).share(0.5) == Limits(5, 500)
    assert Limits(1, 3).share(0.1) == Limits(1, 1)
    assert Limits(0, 7).share(0.5) == Limits(0, 3)


# Scarce: one key of 2000 tokens a second put 800 in debt, so a call of 200 tokens fits in
# half a second and one more every 0.1 s after that.
def scarce(clock: HandClock) -> LocalBuckets:
    b = buckets(clock, tokens=2000)
    assert ask(b, 2000).key_id
    b.refund(CHAT, "k-a", -800)
    return b


def test_each_queued_caller_is_told_to_sleep_exactly_until_its_turn() -> None:
    b = scarce(HandClock())
    waits = [ask(b, 200, 4.0, f"arrival-{n}").wait for n in range(4)]
    assert waits == pytest.approx([0.5, 0.6, 0.7, 0.8])
    assert [ask(b, 200, 4.0, f"arrival-{n}").ahead for n in range(4)] == [0, 1, 2, 3]


def admitted_by_turns(b: LocalBuckets, clock: HandClock, waiters: list[tuple[float, str]]):  # type: ignore[no-untyped-def]
    """Queue `waiters` (priority, name) in order; then each time the refill allows one more
    call, let every one still waiting ask again, the least urgent first: who got in."""
    for priority, name in waiters:
        assert ask(b, 200, priority, name).key_id is None
    turns, waiting = [], list(waiters)
    clock.advance(0.5)
    while waiting:
        admitted = [w for w in reversed(waiting) if ask(b, 200, w[0], w[1]).key_id]
        turns.append(admitted)
        waiting = [w for w in waiting if w not in admitted]
        clock.advance(0.1)
    return turns


def test_when_keys_are_scarce_the_most_urgent_waiter_goes_first() -> None:
    clock = HandClock()
    waiters = [(p, f"w{p}") for p in (1.0, 8.0, 3.0, 6.0, 2.0, 9.0)]
    turns = admitted_by_turns(scarce(clock), clock, waiters)
    assert turns == [[w] for w in sorted(waiters, reverse=True)]


def test_equal_priorities_go_in_arrival_order() -> None:
    clock = HandClock()
    waiters = [(4.0, f"arrival-{n}") for n in range(5)]
    assert admitted_by_turns(scarce(clock), clock, waiters) == [[w] for w in waiters]


def test_a_less_urgent_call_goes_only_when_the_pool_also_covers_those_ahead() -> None:
    clock = HandClock()
    b = buckets(clock, tokens=1000)
    assert ask(b, 900).key_id
    assert ask(b, 500, 9.0, "big").key_id is None
    small = ask(b, 50, 1.0, "small")
    assert small.key_id is None and small.ahead == 1, "the pool must cover the big one too"
    clock.advance(0.45)
    assert ask(b, 50, 1.0, "small").key_id == "k-a"
    assert ask(b, 500, 9.0, "big").key_id == "k-a", "and the urgent one still fits"


def test_a_waiter_that_stops_asking_is_forgotten_after_its_grace() -> None:
    clock = HandClock()
    b = scarce(clock)
    gone = ask(b, 200, 9.0, "gone")
    assert ask(b, 200, 1.0, "stays").ahead == 1
    clock.advance(gone.wait + WAITER_GRACE_SECONDS)
    assert ask(b, 200, 1.0, "stays").key_id == "k-a", "nobody is ahead any more"


def test_a_waiter_that_leaves_no_longer_holds_anyone_back() -> None:
    b = scarce(HandClock())
    ask(b, 200, 9.0, "impatient")
    assert ask(b, 200, 1.0, "patient").ahead == 1
    b.leave(CHAT, "impatient")
    assert ask(b, 200, 1.0, "patient").ahead == 0


def test_priorities_become_integer_steps_within_the_scripts_exact_range() -> None:
    assert priority_step(12.345) == 1234
    assert priority_step(-3.0) == 0 and priority_step(float("-inf")) == 0
    assert priority_step(float("inf")) == priority_step(1e12) == 2**23 - 1
