"""The limiter's arithmetic on a hand-moved clock: every rule of the accounts and the queue
checked exactly, in microseconds, with no sleep and no Redis (lua/acquire.lua and
lua/reconcile.lua run the same rules; test_limiter.py holds both backends to them)."""

from __future__ import annotations

import itertools
import random

import pytest

from services.llm.keys import ApiKey, ModelClass
from services.llm.limiter.buckets import (
    REFUND_EVIDENCE_SHARE,
    WAITER_GRACE_SECONDS,
    WINDOW_SLACK_SHARE,
    ChargedGrant,
    Decision,
    Limits,
    LocalBuckets,
    RefundPolicy,
    priority_step,
)
from services.llm.limiter.reports import ProviderReport, Reading

CHAT = ModelClass.CHAT
IMAGES = ModelClass.IMAGES
WINDOW = 1 + WINDOW_SLACK_SHARE  # a charge's stay in the window, in periods


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
    clock: HandClock,
    period: float = 1.0,
    burst: float = 1.0,
    refund: RefundPolicy = "observed",
    keys: tuple[str, ...] = ("k-a",),
    **limits: int,
) -> LocalBuckets:
    return LocalBuckets(
        pool(keys=keys, **limits), period, burst=burst, clock=clock, refund_unused=refund
    )


def ask(b: LocalBuckets, cost: int = 1, priority: float = 0.0, waiter: str = "w") -> Decision:
    return b.decide(CHAT, cost, priority_step(priority), waiter)


def grant_of(decision: Decision, cost: int) -> ChargedGrant:
    """The grant the waiting loop would build from an admission."""
    assert decision.key_id is not None, decision
    key = ApiKey(decision.key_id, "sk-unused")
    return ChargedGrant(key, CHAT, cost, False, decision.requests_mark, decision.units_mark)


def take(b: LocalBuckets, cost: int, waiter: str = "w") -> ChargedGrant:
    return grant_of(ask(b, cost, waiter=waiter), cost)


def tokens_left(
    remaining: float, limit: float = 10_000, reset: float | None = None
) -> ProviderReport:
    return ProviderReport(units=Reading(remaining, limit, reset))


# --- the burst bucket and the window ------------------------------------------------------------


def test_a_full_burst_bucket_admits_its_share_at_once_then_one_call_per_refill() -> None:
    clock = HandClock()
    b = buckets(clock, burst=0.5, requests=10)
    assert [ask(b, waiter=f"w{n}").key_id for n in range(6)] == ["k-a"] * 5 + [None]
    refused = ask(b, waiter="w5")
    assert refused.wait == pytest.approx(0.1) and refused.binding == "requests:burst"
    clock.advance(0.1)
    assert ask(b, waiter="w5").key_id == "k-a"


def test_no_window_of_one_period_is_ever_charged_more_than_the_limit() -> None:
    clock = HandClock()
    b = buckets(clock, requests=2)
    assert ask(b, waiter="a").key_id and ask(b, waiter="b").key_id
    clock.advance(0.5)  # the bucket holds a request again: the window does not
    refused = ask(b, waiter="c")
    assert refused.key_id is None and refused.binding == "requests:window"
    assert refused.wait == pytest.approx(WINDOW - 0.5)
    clock.advance(refused.wait)
    assert ask(b, waiter="c").key_id == "k-a"


def busiest_period(charges: list[tuple[float, int]], period: float) -> int:
    """The most charged in any window (at - period, at] of these time-ordered charges."""
    best = total = first = 0
    for at, cost in charges:
        total += cost
        while charges[first][0] <= at - period:
            total -= charges[first][1]
            first += 1
        best = max(best, total)
    return best


def test_under_any_arrivals_every_sliding_period_stays_within_the_limit() -> None:
    # What a provider counting a sliding window sees: never more than the limit in a period.
    clock, rng = HandClock(), random.Random(14)
    b = buckets(clock, period=60.0, burst=1 / 60, tokens=20_000)
    admitted: list[tuple[float, int]] = []
    for n in range(20_000):
        clock.advance(rng.expovariate(20.0))
        cost = rng.randint(200, 3000)
        if ask(b, cost, waiter=f"w{n}").key_id is not None:
            admitted.append((clock.now, cost))
        else:
            b.leave(CHAT, f"w{n}")
    assert busiest_period(admitted, 60.0) <= 20_000
    seconds = admitted[-1][0] - admitted[0][0]
    assert sum(c for _, c in admitted) > 0.95 * 20_000 * seconds / 60, "the limit is used"


def test_the_burst_bucket_holds_two_of_the_largest_calls_when_the_burst_is_smaller() -> None:
    clock = HandClock()
    b = buckets(clock, period=10.0, burst=0.1, tokens=10_000)  # a burst of 1000 a second
    assert ask(b, 2500, waiter="a").key_id and ask(b, 2500, waiter="b").key_id
    refused = ask(b, 2500, waiter="c")
    assert refused.binding == "units:burst" and refused.wait == pytest.approx(2.5)
    # A waiter that wakes late loses no refill: the bucket fills up to two such calls.
    clock.advance(6.0)
    assert ask(b, 2500, waiter="c").key_id and ask(b, 2500, waiter="d").key_id


def test_each_call_goes_to_the_key_with_the_most_headroom() -> None:
    b = buckets(HandClock(), requests=10, keys=("k-a", "k-b"))
    used = [str(ask(b, waiter=f"w{n}").key_id) for n in range(6)]
    assert sorted(used) == ["k-a"] * 3 + ["k-b"] * 3
    assert all(first != second for first, second in itertools.pairwise(used))


def test_a_call_needs_both_a_request_and_its_tokens() -> None:
    clock = HandClock()
    b = buckets(clock, period=10.0, requests=2, tokens=1000)
    assert ask(b, 600).key_id
    short_of_tokens = ask(b, 600, waiter="x")
    assert short_of_tokens.key_id is None and short_of_tokens.binding == "units:window"
    b.leave(CHAT, "x")
    assert ask(b, 400).key_id, "the last request, the last 400 tokens"
    short_of_requests = ask(b, 1, waiter="y")
    assert short_of_requests.binding == "requests:window"


def test_a_call_larger_than_any_keys_limit_is_impossible_not_queued() -> None:
    b = buckets(HandClock(), tokens=100, keys=("k-a", "k-b"))
    decision = ask(b, 500)
    assert decision.impossible and decision.key_id is None and decision.wait == 0


def test_images_count_against_a_budget_of_their_own() -> None:
    limits = pool(requests=1) | {(IMAGES, "k-a"): Limits(0, 2)}
    b = LocalBuckets(limits, 1.0, clock=HandClock())
    assert ask(b).key_id and ask(b, waiter="b").key_id is None, "chat is spent"
    assert [b.decide(IMAGES, 1, 0, f"i{n}").key_id for n in range(3)] == ["k-a", "k-a", None]


def test_new_limits_hold_from_the_next_decision_and_cut_levels_above_them() -> None:
    clock = HandClock()
    b = buckets(clock, requests=10)
    assert ask(b).key_id
    b.set_limits(pool(requests=2))
    assert ask(b, waiter="a").key_id, "one of two is spent"
    assert ask(b, waiter="b").key_id is None
    b.set_limits(pool(requests=0))
    assert ask(b, waiter="b").key_id, "0 is no limit"


def test_a_share_of_the_limits_is_never_zero_which_would_mean_unlimited() -> None:
    assert Limits(10, 1000).share(0.5) == Limits(5, 500)
    assert Limits(1, 3).share(0.1) == Limits(1, 1)
    assert Limits(0, 7).share(0.5) == Limits(0, 3)


# --- settling a call: usage and refunds -----------------------------------------------------------


def test_a_call_that_used_more_than_it_reserved_pays_the_rest() -> None:
    b = buckets(HandClock(), period=10.0, tokens=1000)
    grant = take(b, 500)
    b.reconcile(CHAT, "k-a", grant, 800)
    assert ask(b, 201, waiter="a").key_id is None
    b.leave(CHAT, "a")
    assert ask(b, 200, waiter="b").key_id


def test_unused_tokens_stay_charged_until_the_provider_is_seen_to_refund() -> None:
    b = buckets(HandClock(), period=60.0, tokens=10_000)
    first = take(b, 3000, "first")
    # The provider counted the first call's 3000 when it came: it keeps what it charged.
    settled = b.reconcile(CHAT, "k-a", first, 500, tokens_left(7000))
    assert not settled.refunds_seen and settled.refunded == 0
    second = take(b, 3000, "second")
    assert ask(b, 4001, waiter="a").binding == "units:window", "6000 stay charged"
    b.leave(CHAT, "a")
    # By the second call it had given back the first's unused 2500: it refunds.
    settled = b.reconcile(CHAT, "k-a", second, 500, tokens_left(10_000 - 500 - 3000))
    assert settled.refunds_seen and settled.refunded == 2500
    # The window now counts both calls as they settled, the first one too (as charged, 6000
    # and these 6500 would not fit).
    assert ask(b, 6500, waiter="b").key_id


def test_the_evidence_of_refunds_is_a_share_of_the_providers_limit() -> None:
    b = buckets(HandClock(), period=60.0, tokens=10_000)
    b.reconcile(CHAT, "k-a", take(b, 3000, "first"), 500, tokens_left(7000))
    second = take(b, 3000, "second")
    barely = 10_000 * REFUND_EVIDENCE_SHARE  # the provider counts that little less than we do
    settled = b.reconcile(CHAT, "k-a", second, 500, tokens_left(4000 + barely))
    assert not settled.refunds_seen, "a rounding of estimates is no refund"


@pytest.mark.parametrize(("policy", "refunded"), [("always", 2500), ("never", 0)])
def test_the_refund_policy_can_be_set_either_way(policy: RefundPolicy, refunded: int) -> None:
    b = buckets(HandClock(), period=60.0, refund=policy, tokens=10_000)
    grant = take(b, 3000)
    assert b.reconcile(CHAT, "k-a", grant, 500).refunded == refunded
    fits = ask(b, 9500, waiter="w")  # 500 settled and 9500 make the limit, 3000 charged do not
    assert (fits.key_id is not None) == (policy == "always")


# --- the provider's report ------------------------------------------------------------------------


def test_never_more_room_than_the_provider_reports_less_what_it_has_not_seen_yet() -> None:
    clock = HandClock()
    b = buckets(clock, period=60.0, tokens=10_000)
    first = take(b, 1000, "first")
    take(b, 1000, "second")
    take(b, 1000, "third")
    # Someone else uses the key too: the provider had 5000 left after the first call.
    b.reconcile(CHAT, "k-a", first, 1000, tokens_left(5000))
    # 5000, less the two calls it had not seen, is 3000 (our window alone would allow 7000).
    assert ask(b, 3000, waiter="fits").key_id == "k-a"
    refused = ask(b, 100, waiter="over")
    assert refused.binding == "units:provider"
    # Full again after the 30 s a steady refill of 5000 takes, sooner than our charges leave.
    assert refused.wait == pytest.approx(30.0)


def test_the_providers_room_comes_back_as_the_window_lets_go_of_charges() -> None:
    # A sliding window frees what it was charged a period before, no sooner.
    clock = HandClock()
    b = buckets(clock, period=60.0, tokens=10_000)
    take(b, 4000, "early")
    clock.advance(30.0)
    late = take(b, 1000, "late")
    b.reconcile(CHAT, "k-a", late, 1000, tokens_left(0, reset=50.0))
    refused = ask(b, 3000, waiter="w")
    assert refused.binding == "units:provider"
    assert refused.wait == pytest.approx(60.0 * WINDOW - 30.0), "when the early 4000 leave"
    clock.advance(refused.wait)
    assert ask(b, 3000, waiter="w").key_id


def test_a_slice_that_resets_at_once_gives_no_room_before_its_reset() -> None:
    # A quantized provider: its room comes back whole at the slice's end, not bit by bit.
    clock = HandClock()
    b = buckets(clock, period=60.0, tokens=60_000)
    grant = take(b, 1000)
    b.reconcile(CHAT, "k-a", grant, 1000, tokens_left(0, limit=60_000, reset=0.4))
    refused = ask(b, 10, waiter="w")
    assert refused.binding == "units:provider" and refused.wait == pytest.approx(0.4)
    clock.advance(0.399)
    assert ask(b, 10, waiter="w").key_id is None
    clock.advance(0.002)
    assert ask(b, 10, waiter="w").key_id == "k-a"


def test_reports_on_calls_in_flight_together_keep_the_tighter_and_a_later_call_wins() -> None:
    b = buckets(HandClock(), period=60.0, tokens=10_000)
    older, newer = take(b, 1000, "older"), take(b, 1000, "newer")
    # The newer call overtook the older one: its report is answered first, and looser.
    b.reconcile(CHAT, "k-a", newer, 1000, tokens_left(8000))
    b.reconcile(CHAT, "k-a", older, 1000, tokens_left(3000))
    assert ask(b, 2001, waiter="w").binding == "units:provider", "3000 less the newer call"
    b.leave(CHAT, "w")
    # A call admitted after those reports came back reached the provider after them.
    later = take(b, 500, "later")
    b.reconcile(CHAT, "k-a", later, 500, tokens_left(9000))
    assert ask(b, 5000, waiter="w").key_id


def test_the_limits_a_provider_reports_are_learnt_until_it_reports_the_settings_again() -> None:
    b = buckets(HandClock(), period=60.0, requests=100, tokens=10_000)
    grant = take(b, 1000)
    report = ProviderReport(Reading(30, 40, None), Reading(19_000, 20_000, None))
    settled = b.reconcile(CHAT, "k-a", grant, 1000, report)
    assert settled.learnt and settled.limits == Limits(40, 20_000)
    assert b.limits(CHAT, "k-a") == Limits(40, 20_000)
    again = b.reconcile(CHAT, "k-a", take(b, 1000), 1000, report)
    assert not again.learnt, "nothing new"
    back = ProviderReport(Reading(90, 100, None), Reading(9000, 10_000, None))
    assert b.reconcile(CHAT, "k-a", take(b, 1000), 1000, back).limits == Limits(100, 10_000)


def test_without_headers_the_limiter_keeps_its_own_count() -> None:
    b = buckets(HandClock(), period=60.0, tokens=10_000)
    grant = take(b, 4000)
    settled = b.reconcile(CHAT, "k-a", grant, 4000, ProviderReport())
    assert settled.limits == Limits(0, 10_000) and not settled.learnt
    assert ask(b, 6000, waiter="a").key_id and ask(b, 1, waiter="b").binding == "units:window"


# --- refusals -------------------------------------------------------------------------------------


def test_a_refusal_uncharges_the_call_and_holds_only_the_dimension_that_refused() -> None:
    clock = HandClock()
    b = buckets(clock, period=60.0, requests=100, tokens=10_000)
    grant = take(b, 3000)
    refused = ProviderReport(Reading(50, 100, 1.0), Reading(100, 10_000, 30.0), refused=True)
    b.reconcile(CHAT, "k-a", grant, 0, refused, holds=(0.0, 2.0))
    account = b.account(CHAT, "k-a")
    assert account.units.charged == 0 and account.requests.charged == 0, "not counted"
    assert account.requests.held_until == 0 and account.units.held_until == clock.now + 2.0
    held = ask(b, 10, waiter="w")
    assert held.binding == "units:held" and held.wait == pytest.approx(2.0)


def test_a_held_key_is_passed_over_for_another_at_once() -> None:
    clock = HandClock()
    b = buckets(clock, period=60.0, requests=100, keys=("k-a", "k-b"))
    grant = take(b, 1)
    b.reconcile(CHAT, grant.key.id, grant, 0, ProviderReport(refused=True), holds=(0.5, 0.5))
    other = {"k-a", "k-b"} - {grant.key.id}
    assert {ask(b, waiter=f"w{n}").key_id for n in range(4)} == other
    clock.advance(0.5)
    assert grant.key.id in {ask(b, waiter=f"v{n}").key_id for n in range(4)}


def test_a_shorter_hold_never_cuts_a_longer_one() -> None:
    clock = HandClock()
    b = buckets(clock, requests=100)
    b.hold(CHAT, "k-a", (2.0, 2.0))
    b.hold(CHAT, "k-a", (0.5, 0.5))
    clock.advance(1.0)
    refused = ask(b)
    assert refused.key_id is None and refused.wait == pytest.approx(1.0)


# --- the queue ------------------------------------------------------------------------------------


# Scarce: one key of 2000 tokens a second whose burst bucket holds 400, put 800 in debt, so a
# call of 200 tokens fits in half a second and one more every 0.1 s after that (the window, ten
# seconds of 20,000 tokens, is far from binding).
def scarce(clock: HandClock) -> LocalBuckets:
    b = buckets(clock, period=10.0, burst=0.02, tokens=20_000)
    grant = take(b, 200)
    b.reconcile(CHAT, "k-a", grant, 1200)
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
    assert small.binding == "units:queue"
    clock.advance(WINDOW)  # the first call leaves the window
    assert ask(b, 50, 1.0, "small").key_id == "k-a"
    assert ask(b, 500, 9.0, "big").key_id == "k-a", "and the urgent one still fits"


def test_where_the_provider_refunds_the_turns_of_those_ahead_count_what_they_keep() -> None:
    clock = HandClock()
    b = buckets(clock, period=10.0, burst=0.02, refund="always", tokens=20_000)
    b.reconcile(CHAT, "k-a", take(b, 400), 200)  # calls keep half of what they are charged
    assert ask(b, 1000, 9.0, "big").key_id is None
    small = ask(b, 400, 1.0, "small")
    # The pool holds 600: the big call ahead and this one will keep 700 between them, not 1400.
    assert small.binding == "units:queue" and small.wait == pytest.approx(100 / 2000)


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
