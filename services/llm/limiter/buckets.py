"""The rate limiter's arithmetic: each key's accounts per model class, the waiters' queue by
priority, and the one decision that reserves on a key or says how long to wait. Pure: no I/O,
no sleeping, time read from an injected clock. The Redis backend runs the same rules in
lua/acquire.lua and lua/reconcile.lua on Redis's clock; this module is their twin.

A key's accounts hold, per dimension (requests; units: tokens for chat, images for images):
- a burst bucket: a second or so of the limit (the burst share of a period), or two of the
  largest calls the key has taken if that is more, refilling at the limit's rate; a call goes
  when it holds the call's cost (so a waiter waking a little late loses no refill);
- the window: every charge of the last period, so no period is ever charged more than the
  limit, however the provider counts (a sliding window, a bucket, per-second slices);
- the provider's last report: what it had left, minus what was admitted after the reported
  call, plus what came back since, until the reset it reported: a provider that refunds keeps
  a bucket, whose room comes back steadily by its reset; one that does not keeps a window,
  whose room comes back as the charges of a period ago leave it; a quantized provider's slice
  gives nothing back before its reset. Never more room than the provider reports;
- a hold after a 429, on the refused dimension only, until the provider said to come back.
"""

from __future__ import annotations

import itertools
import math
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from services.llm.keys import KeyGrant, ModelClass
from services.llm.limiter.reports import ProviderReport, Reading

# Priorities are kept to 10 ms and below 2^23 so the script's scores stay exact doubles.
PRIORITY_STEPS_PER_SECOND = 100
MAX_PRIORITY_STEP = 2**23 - 1
# A refused caller stays queued this long past the wait it was told, then counts as gone.
WAITER_GRACE_SECONDS = 2.0
# A charge leaves the window this share of a period late: a call reaches the provider a little
# after we admit it, so the provider's window ends a little after ours.
WINDOW_SLACK_SHARE = 0.01
# A report whose room would come back faster than this many times its limit's own rate is a
# slice that starts again full at its end (a quantized provider), not a window or a bucket
# letting go of charges: its room stays as reported until then.
SLICE_REFILL_FACTOR = 1.5
# The provider refunds when, of what it reports used, this share of its limit or more is less
# than what we charged (a provider that keeps every charge reports at least our charges).
REFUND_EVIDENCE_SHARE = 0.1

RefundPolicy = Literal["observed", "always", "never"]
REFUND_POLICIES: dict[str, int] = {"never": 0, "observed": 1, "always": 2}


@dataclass(frozen=True)
class Limits:
    """One key's budget for one model class per period; 0 means unlimited."""

    requests: int
    units: int  # tokens for chat, images for images

    def share(self, fraction: float) -> Limits:
        """These limits cut to `fraction`, never to 0 (which would mean unlimited)."""

        def cut(limit: int) -> int:
            return max(1, math.floor(limit * fraction)) if limit else 0

        return Limits(cut(self.requests), cut(self.units))


# Each key's limits per model class.
PoolLimits = Mapping[tuple[ModelClass, str], Limits]


@dataclass(frozen=True)
class Decision:
    """What one try at the accounts said: a key (and where its charge sits in the key's running
    totals), or how long to wait before asking again and which limit binds."""

    key_id: str | None = None
    wait: float = 0.0
    ahead: int = 0
    impossible: str = ""
    fallback: bool = False
    unavailable: bool = False
    requests_mark: int = 0
    units_mark: int = 0
    binding: str = ""  # e.g. "units:window": the dimension and limit that made the caller wait


@dataclass(frozen=True)
class ChargedGrant(KeyGrant):
    """A grant and where its charge sits: the key's running totals of requests and units
    admitted, this call's included, so a report on this call tells which later admissions the
    provider had not yet seen. (`requests_mark` also names the call's entry in the window.)"""

    requests_mark: int = 0
    units_mark: int = 0


def priority_step(priority: float) -> int:
    """A priority in seconds as the integer step both backends queue by (10 ms a step)."""
    if not math.isfinite(priority):
        return 0 if priority < 0 else MAX_PRIORITY_STEP
    return min(MAX_PRIORITY_STEP, max(0, int(priority * PRIORITY_STEPS_PER_SECOND)))


@dataclass
class Waiter:
    """A refused caller in the queue: its rank, when it counts as gone, what it asks for."""

    score: tuple[int, int]  # (priority step, -arrival): higher goes first
    expires: float
    cost: int


@dataclass
class ProviderView:
    """One dimension as the provider last reported it, at `stamp`: `remaining` when the key's
    running totals were `mark` admitted and `released` let go by the window (later admissions
    are not in it), until `full_at`, when it said it is back to `limit`; `rate`: the steady
    refill its reset implies. A slice (a quantized provider) gives nothing back before then.
    `seen`: the running total admitted when the report came back (a call admitted after it
    reached the provider after it)."""

    remaining: float
    limit: float
    mark: int
    released: int
    stamp: float
    full_at: float
    rate: float
    is_slice: bool
    seen: int

    def room(self, now: float, admitted: int, released: int, steady: bool) -> float | None:
        """The provider's room now, by its report, refilled steadily (a bucket) or as the
        window lets go (a window); None once it said it is full again."""
        if now >= self.full_at:
            return None
        if self.is_slice:
            back = 0.0
        elif steady:
            back = self.rate * (now - self.stamp)
        else:
            back = released - self.released
        return self.remaining - (admitted - self.mark) + back


@dataclass
class Dimension:
    """One dimension of one key's accounts (see the module's docstring)."""

    level: float  # the burst bucket
    admitted: int = 0  # running total of what was admitted (requests, or units charged)
    charged: int = 0  # what the window holds as charged at admission
    settled: int = 0  # what it holds as settled: what answered calls used, the rest as charged
    released: int = 0  # running total of what left the window, as settled
    held_until: float = 0.0
    view: ProviderView | None = None


@dataclass
class WindowEntry:
    """One admitted call in the window: when, its request mark, units charged and settled."""

    at: float
    mark: int
    charged: int
    settled: int


@dataclass
class Account:
    """One key's accounts for one model class, as of `stamp` (the clock's time); `largest`:
    the most units one call it admitted cost."""

    requests: Dimension
    units: Dimension
    stamp: float
    entries: deque[WindowEntry] = field(default_factory=deque)
    refunds_seen: bool = False
    largest: int = 0


@dataclass(frozen=True)
class Reconciled:
    """What a reconcile changed: whether the provider is seen to refund, the limits in force
    after it (learnt ones included), the units given back, and whether the report changed
    the key's limits."""

    refunds_seen: bool
    limits: Limits
    refunded: int
    learnt: bool = False


@dataclass(frozen=True)
class _Assessment:
    """One dimension of one key, for one call: how long until it may go and which limit says
    so, what it could give the pool now, and the headroom the call would leave."""

    wait: float
    binding: str
    free: float
    room: float


class LocalBuckets:
    """The scripts' rules (lua/acquire.lua, lua/reconcile.lua) in this process, on the clock it
    is given: arithmetic only, no I/O and no waiting, so a fake clock tests every rule exactly."""

    def __init__(
        self,
        limits: PoolLimits,
        period: float,
        share: float = 1.0,
        burst: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        refund_unused: RefundPolicy = "observed",
    ) -> None:
        self.period = period
        self.share = share
        self.burst = burst  # the share of a period's limit a full burst bucket holds
        self.refund_unused = refund_unused
        self._clock = clock
        self._configured: dict[tuple[ModelClass, str], Limits] = {}
        self._learnt: dict[tuple[ModelClass, str], dict[str, int]] = {}
        self._limits: dict[tuple[ModelClass, str], Limits] = {}
        self._accounts: dict[tuple[ModelClass, str], Account] = {}
        self._waiters: dict[ModelClass, dict[str, Waiter]] = {m: {} for m in ModelClass}
        self._arrivals = itertools.count()
        self.set_limits(limits)

    @property
    def window_seconds(self) -> float:
        """How long a charge stays in the window: a period, and its slack."""
        return self.period * (1 + WINDOW_SLACK_SHARE)

    def set_limits(self, limits: PoolLimits) -> None:
        """New limits take effect at the next decision; levels above a new limit are cut. A
        limit the provider reported still wins over the one given here."""
        self._configured = dict(limits)
        self._refresh_limits()

    def _refresh_limits(self) -> None:
        self._limits = {}
        for key, configured in self._configured.items():
            learnt = self._learnt.get(key, {})
            own = Limits(
                learnt.get("requests", configured.requests), learnt.get("units", configured.units)
            )
            self._limits[key] = own.share(self.share)

    def limits(self, model_class: ModelClass, key_id: str) -> Limits:
        """The limits in force for one key and model class (learnt ones, after the share)."""
        return self._limits[(model_class, key_id)]

    def account(self, model_class: ModelClass, key_id: str) -> Account:
        """One key's accounts as of now (refilled, the window's old charges gone)."""
        return self._account(model_class, key_id, self._clock())

    def _capacity(self, limit: int, largest: int) -> float:
        """A full burst bucket: the burst share of the limit, or two of the largest calls."""
        return max(limit * self.burst, 2 * largest)

    def _account(self, model_class: ModelClass, key_id: str, now: float, cost: int = 0) -> Account:
        limits = self._limits[(model_class, key_id)]
        account = self._accounts.get((model_class, key_id))
        if account is None:  # a fresh key is full
            account = Account(
                Dimension(self._capacity(limits.requests, 1)),
                Dimension(self._capacity(limits.units, cost)),
                now,
            )
            self._accounts[(model_class, key_id)] = account
            return account
        elapsed = max(0.0, now - account.stamp)
        largest = max(account.largest, cost)
        for dimension, limit, capacity in (
            (account.requests, limits.requests, self._capacity(limits.requests, 1)),
            (account.units, limits.units, self._capacity(limits.units, largest)),
        ):
            if limit:
                dimension.level = min(capacity, dimension.level + elapsed * limit / self.period)
        account.stamp = max(account.stamp, now)
        horizon = now - self.window_seconds
        while account.entries and account.entries[0].at <= horizon:
            _drop(account, account.entries.popleft())
        return account

    def _window_wait(
        self, account: Account, excess: float, amount: Callable[[WindowEntry], int], now: float
    ) -> float:
        """Seconds until the window's oldest entries whose `amount` covers `excess` have left."""
        freed = 0
        for entry in account.entries:
            freed += amount(entry)
            if freed >= excess:
                return max(0.0, entry.at + self.window_seconds - now)
        return self.window_seconds

    def _assess(
        self,
        dimension: Dimension,
        need: int,
        limit: int,
        account: Account,
        counted: Callable[[WindowEntry], int],
        steady: bool,
        now: float,
    ) -> _Assessment:
        """`counted`: what of each window entry counts against `limit` (one request; units as
        settled where the provider refunds, else as charged); `steady`: the provider refunds,
        so it keeps a bucket."""
        waits: list[tuple[float, str]] = []  # in the scripts' order: the first longest binds
        free = room = math.inf
        held = dimension.settled if counted is _settled else dimension.charged
        if dimension.held_until > now:
            waits.append((dimension.held_until - now, "held"))
        if limit:
            if dimension.level < need:
                waits.append(((need - dimension.level) * self.period / limit, "burst"))
            if held + need > limit:
                excess = held + need - limit
                waits.append((self._window_wait(account, excess, counted, now), "window"))
            free = min(dimension.level, limit - held)
            room = (limit - held - need) / limit
        view = dimension.view
        if view is not None:
            left = view.room(now, dimension.admitted, dimension.released, steady)
            if left is not None:
                if left < need:
                    back = view.full_at - now  # a slice: nothing before its reset
                    if not view.is_slice and steady and view.rate > 0:
                        back = min(back, (need - left) / view.rate)
                    elif not view.is_slice and not steady:
                        released = _one if counted is _one else _settled
                        back = min(back, self._window_wait(account, need - left, released, now))
                    waits.append((back, "provider"))
                free = min(free, left)
                room = min(room, (left - need) / (limit or view.limit or 1.0))
        wait, binding = max(waits, key=lambda w: w[0], default=(0.0, ""))
        return _Assessment(wait, binding, free, room)

    def decide(self, model_class: ModelClass, cost: int, priority: int, waiter: str) -> Decision:
        """One try, as acquire.lua decides it: reserve on the roomiest key, or queue."""
        now = self._clock()
        queue = self._waiters[model_class]
        for gone in [w for w, entry in queue.items() if entry.expires <= now]:
            del queue[gone]
        own = queue.get(waiter)
        floor = own.score if own is not None else (priority, -math.inf)
        ahead = (
            [w for w in queue.values() if w.score > floor]
            if own
            else [w for w in queue.values() if w.score[0] >= priority]
        )
        ahead_cost = sum(w.cost for w in ahead)

        best: tuple[float, str, Account] | None = None
        own_wait, binding, fits_somewhere = math.inf, "", False
        pool_r = pool_u = rate_r = rate_u = 0.0
        charged = counted = 0
        for (m, key_id), limits in self._limits.items():
            if m != model_class:
                continue
            if limits.units == 0 or cost <= limits.units:
                fits_somewhere = True
            account = self._account(m, key_id, now, cost)
            settled = self._refunds(account)
            r = self._assess(account.requests, 1, limits.requests, account, _one, settled, now)
            u_counted = _settled if settled else _charged
            u = self._assess(account.units, cost, limits.units, account, u_counted, settled, now)
            wait, why = (
                (u.wait, "units:" + u.binding)
                if u.wait > r.wait
                else (r.wait, "requests:" + r.binding)
            )
            if wait < own_wait:
                own_wait, binding = wait, why
            charged += account.units.charged
            counted += account.units.settled if settled else account.units.charged
            if max(account.requests.held_until, account.units.held_until) <= now:
                pool_r += r.free
                pool_u += u.free
                rate_r += limits.requests / self.period
                rate_u += limits.units / self.period
            room = min(1.0, r.room, u.room)
            if wait == 0 and (best is None or room > best[0]):
                best = (room, key_id, account)

        if not fits_somewhere:
            return Decision(impossible="the call needs more than any key may use in a period")
        # What a call keeps charged once settled, as a share of its charge: below 1 where the
        # provider refunds, so the turns of those ahead come as soon as refunds bring them.
        kept = counted / charged if charged > 0 else 1.0
        covered = pool_r >= len(ahead) + 1 and pool_u >= kept * (ahead_cost + cost)
        if best is not None and (not ahead or covered):
            _, key_id, account = best
            limits = self._limits[(model_class, key_id)]
            if limits.requests:
                account.requests.level -= 1
            if limits.units:
                account.units.level -= cost
            account.requests.admitted += 1
            account.units.admitted += cost
            account.largest = max(account.largest, cost)
            account.entries.append(WindowEntry(now, account.requests.admitted, cost, cost))
            account.requests.charged += 1
            account.requests.settled += 1
            account.units.charged += cost
            account.units.settled += cost
            queue.pop(waiter, None)
            return Decision(
                key_id=key_id,
                requests_mark=account.requests.admitted,
                units_mark=account.units.admitted,
            )

        wait = own_wait
        if ahead:
            if rate_r > 0 and pool_r < len(ahead) + 1:
                if (turn := (len(ahead) + 1 - pool_r) / rate_r) > wait:
                    wait, binding = turn, "requests:queue"
            if rate_u > 0 and pool_u < kept * (ahead_cost + cost):
                if (turn := (kept * (ahead_cost + cost) - pool_u) / rate_u) > wait:
                    wait, binding = turn, "units:queue"
        if wait == math.inf:
            wait = self.period
        wait = max(wait, 0.001)
        if own is None:
            own = queue[waiter] = Waiter((priority, -next(self._arrivals)), 0.0, cost)
        own.expires = now + wait + WAITER_GRACE_SECONDS
        own.cost = cost
        return Decision(wait=wait, ahead=len(ahead), binding=binding)

    def leave(self, model_class: ModelClass, waiter: str) -> None:
        """Take `waiter` out of the queue (it gave up or was cancelled)."""
        self._waiters[model_class].pop(waiter, None)

    def reconcile(
        self,
        model_class: ModelClass,
        key_id: str,
        grant: ChargedGrant | KeyGrant,
        used: int,
        report: ProviderReport | None = None,
        holds: tuple[float, float] = (0.0, 0.0),
    ) -> Reconciled:
        """Settle one call, as reconcile.lua does: a refused call is uncharged and its refused
        dimensions held for `holds` (requests, units) seconds; an answered one pays what it
        used beyond its charge, and gets back what it did not use where the policy refunds;
        then the provider's report teaches the key's limits and caps its room."""
        if (model_class, key_id) not in self._limits:
            return Reconciled(False, Limits(0, 0), 0)
        now = self._clock()
        learnt = report is not None and self._learn(model_class, key_id, report)
        limits = self._limits[(model_class, key_id)]
        account = self._account(model_class, key_id, now, grant.tokens)
        requests_mark = grant.requests_mark if isinstance(grant, ChargedGrant) else 0
        units_mark = grant.units_mark if isinstance(grant, ChargedGrant) else 0
        entry = next((e for e in account.entries if e.mark == requests_mark), None)
        charged, refunded = grant.tokens, 0
        if entry is not None and report is not None and report.sent_ago is not None:
            _stamp(account, entry, now - report.sent_ago)
        if report is not None and report.refused:
            if entry is not None:
                account.entries.remove(entry)
                _drop(account, entry, released=False)
            largest = max(account.largest, charged)
            for dimension, limit, amount, capacity in (
                (account.requests, limits.requests, 1, self._capacity(limits.requests, 1)),
                (account.units, limits.units, charged, self._capacity(limits.units, largest)),
            ):
                if limit:
                    dimension.level = min(capacity, dimension.level + amount)
            self._hold(account, holds, now)
        else:
            reading = report.units if report is not None else None
            if reading is not None and reading.limit and 0 < units_mark <= account.units.admitted:
                charged_then = account.units.charged - (account.units.admitted - units_mark)
                consumed = reading.limit - reading.remaining
                evidence = REFUND_EVIDENCE_SHARE * reading.limit
                account.refunds_seen = charged_then - consumed > evidence
            extra = used - charged
            if extra > 0:
                if limits.units:
                    account.units.level -= extra
                account.units.admitted += extra
                if entry is not None:
                    entry.charged += extra
                    entry.settled += extra
                    account.units.charged += extra
                    account.units.settled += extra
            elif extra < 0:
                # The window keeps both: it counts the settled amount while refunds are seen.
                if entry is not None:
                    unused = min(-extra, entry.settled)
                    entry.settled -= unused
                    account.units.settled -= unused
                if self._refunds(account):
                    refunded = -extra
                    if limits.units:
                        capacity = self._capacity(limits.units, max(account.largest, charged))
                        account.units.level = min(capacity, account.units.level + refunded)
        if report is not None:
            steady = self._refunds(account)
            for dimension, seen, mark, limit in (
                (account.requests, report.requests, requests_mark, limits.requests),
                (account.units, report.units, units_mark, limits.units),
            ):
                if seen is None or not 0 < mark <= dimension.admitted:
                    continue
                view = self._view(seen, mark, dimension, now, limit)
                if _newer_or_tighter(view, dimension, steady, now):
                    dimension.view = view
        return Reconciled(account.refunds_seen, limits, refunded, learnt)

    def hold(self, model_class: ModelClass, key_id: str, holds: tuple[float, float]) -> None:
        """Hold the key's requests and units back for these seconds (0: not held)."""
        if (model_class, key_id) in self._limits:
            now = self._clock()
            self._hold(self._account(model_class, key_id, now), holds, now)

    def _hold(self, account: Account, holds: tuple[float, float], now: float) -> None:
        for dimension, seconds in zip((account.requests, account.units), holds, strict=True):
            if seconds > 0:
                dimension.held_until = max(dimension.held_until, now + seconds)

    def _refunds(self, account: Account) -> bool:
        policy = REFUND_POLICIES[self.refund_unused]
        return policy == 2 or (policy == 1 and account.refunds_seen)

    def _view(
        self, reading: Reading, mark: int, dimension: Dimension, now: float, limit: int
    ) -> ProviderView:
        ceiling = reading.limit or limit or reading.remaining
        if reading.reset is not None:
            full_in = reading.reset
        elif ceiling > reading.remaining:
            full_in = (ceiling - reading.remaining) * self.period / ceiling
        else:
            full_in = 0.0
        rate = max(0.0, ceiling - reading.remaining) / full_in if full_in > 0 else 0.0
        is_slice = rate > SLICE_REFILL_FACTOR * ceiling / self.period
        return ProviderView(
            reading.remaining,
            ceiling,
            mark,
            dimension.released,
            now,
            now + full_in,
            rate,
            is_slice,
            dimension.admitted,
        )

    def _learn(self, model_class: ModelClass, key_id: str, report: ProviderReport) -> bool:
        configured = self._configured[(model_class, key_id)]
        learnt = self._learnt.setdefault((model_class, key_id), {})
        changed = False
        for name, reading, default in (
            ("requests", report.requests, configured.requests),
            ("units", report.units, configured.units),
        ):
            if reading is None or reading.limit is None:
                continue
            limit = round(reading.limit)
            if limit != learnt.get(name, default):
                changed = True
                if limit == default:
                    learnt.pop(name, None)
                else:
                    learnt[name] = limit
        if changed:
            self._refresh_limits()
        return changed


def _newer_or_tighter(view: ProviderView, dimension: Dimension, steady: bool, now: float) -> bool:
    """Whether a report's view replaces the one held: its call was admitted after the held
    report came back (so reached the provider later), or, its call in flight with the held
    one's (calls overtake each other), it leaves less room."""
    held = dimension.view
    if held is None or view.mark > held.seen:
        return True
    room = held.room(now, dimension.admitted, dimension.released, steady)
    new_room = view.room(now, dimension.admitted, dimension.released, steady)
    return room is None or (new_room is not None and new_room < room)


def _stamp(account: Account, entry: WindowEntry, sent: float) -> None:
    """The entry counted from when its request left, if that was after its grant (the window
    stays in time order): the provider counted it then, so it leaves the window a period on."""
    if sent <= entry.at:
        return
    account.entries.remove(entry)
    entry.at = sent
    place = len(account.entries)
    while place > 0 and account.entries[place - 1].at > sent:
        place -= 1
    account.entries.insert(place, entry)


def _drop(account: Account, entry: WindowEntry, released: bool = True) -> None:
    """Take one admitted call's charge out of the window's sums: released when its period is
    over (the provider frees it too), not when the provider never counted it."""
    account.requests.charged -= 1
    account.requests.settled -= 1
    account.units.charged -= entry.charged
    account.units.settled -= entry.settled
    if released:
        account.requests.released += 1
        account.units.released += entry.settled


def _one(entry: WindowEntry) -> int:
    return 1


def _settled(entry: WindowEntry) -> int:
    return entry.settled


def _charged(entry: WindowEntry) -> int:
    return entry.charged
