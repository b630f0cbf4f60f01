-- acquire.lua: one atomic decision for one model call over the whole key pool.
--
-- Each key's accounts per model class (see services/llm/limiter/buckets.py, this script's twin
-- in Python), two dimensions each: requests, and units (tokens for chat, images for images).
-- A key may take the call when, in both dimensions:
-- - no hold is on (a 429 held the refused dimension until the provider said to come back);
-- - its burst bucket holds the call's cost: the bucket holds `burst` of a period's limit, or
--   two of the largest calls the key has taken if that is more (so a waiter waking a little
--   late loses no refill), and refills at the limit's rate;
-- - the window of charges over the last period has room for it under the limit, so no period
--   is charged more than the limit, however the provider counts (calls count as charged, or
--   as settled to what they used where the provider refunds);
-- - the provider's last report leaves room: what it had left, minus what was admitted after
--   the reported call, plus what came back since, until the reset it reported: a provider that
--   refunds keeps a bucket (room back steadily by its reset), one that does not a window (room
--   back as the charges of a period ago leave ours), a quantized one slices (nothing back
--   before the reset).
-- The clock is Redis TIME only, so client clocks never matter.
--
-- Priority: callers that were refused wait in a sorted set (score: priority, then arrival). A
-- caller is admitted when some key can take its call AND the pool holds enough for every waiter
-- ranked ahead of it plus itself; so the critical path goes first when keys are scarce, while
-- a small call may still use capacity that those ahead of it cannot use up.
--
-- KEYS[1] waiters (zset)      KEYS[2] waiter expiry (zset)   KEYS[3] waiter cost (hash)
-- KEYS[4] waiter sequence     then for key i (i = 1..n), KEYS[4 + 3i - 2 .. 4 + 3i]:
--   accounts (hash, fields below), window (zset of "mark:charged:settled" scored by time),
--   limits (hash: the operator's requests/units, the provider's provider_requests/_units)
-- ARGV[1] n   ARGV[2] period seconds   ARGV[3] cost in units   ARGV[4] priority (integer, >= 0)
-- ARGV[5] waiter id   ARGV[6] grace seconds a waiter stays queued past its wait
-- ARGV[7] burst: the share of a period's limit a full burst bucket holds
-- ARGV[8] window slack: the share of a period a charge stays in the window past the period
-- ARGV[9] refund policy: 0 never, 1 observed (once the provider is seen to refund), 2 always
-- then for key i, ARGV[9 + 3i - 2 .. 9 + 3i]: key id, requests limit, units limit (0: unlimited)
--
-- Accounts fields: r u (burst levels) t (their time); ar au (running totals admitted);
-- wr wu wc (window: requests, units as settled, units as charged);
-- hr hu (held until); rf (provider seen to refund); vrr vrl vrm vrx vrf vrs and vur vul vum vux
-- vuf vus, vrt vrg and vut vug (the provider's view per dimension: remaining, limit, the
-- running totals admitted and let go when reported, full again at, a slice or not, when
-- reported, the steady refill its reset implies), vrn vun (the running total admitted when
-- the report came back); mc (the most units one admitted call cost);
-- xr xu (running totals of what left the window).
--
-- Returns {1, key id, headroom, requests mark, units mark} admitted and charged;
--         {0, wait seconds, waiters ahead, binding} refused (the caller is queued);
--         {-1, reason} the call can never fit any key.

local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local n = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local priority = tonumber(ARGV[4])
local waiter = ARGV[5]
local grace = tonumber(ARGV[6])
local burst = tonumber(ARGV[7])
local window = period * (1 + tonumber(ARGV[8]))
local policy = tonumber(ARGV[9])
-- score = priority * 2^29 + (2^29 - 1 - arrival mod 2^29): higher priority first, then FIFO;
-- priorities below 2^23 keep every score an exact double.
local SEQ = 536870912
local INF = math.huge
local FIELDS = {'r', 'u', 't', 'ar', 'au', 'wr', 'wu', 'wc', 'hr', 'hu',
  'vrr', 'vrl', 'vrm', 'vrx', 'vrf', 'vrs', 'vur', 'vul', 'vum', 'vux', 'vuf', 'vus', 'mc',
  'xr', 'xu', 'rf', 'vrt', 'vrg', 'vut', 'vug', 'vrn', 'vun'}

local function fmt(x)
  return string.format('%.17g', x)
end

local function parse(member)
  local mark, charged, counted = string.match(member, '^(%d+):(%-?%d+):(%-?%d+)$')
  return tonumber(mark), tonumber(charged) or 0, tonumber(counted) or 0
end

local function view(s, i, j)
  local remaining = tonumber(s[i])
  if remaining == nil then
    return nil
  end
  return {rem = remaining, lim = tonumber(s[i + 1]), mark = tonumber(s[i + 2]),
    x = tonumber(s[i + 3]), full = tonumber(s[i + 4]), slice = s[i + 5] == '1',
    t = tonumber(s[j]) or now, rate = tonumber(s[j + 1]) or 0}
end

-- A full burst bucket: the burst share of the limit, or two of the largest calls.
local function capacity(limit, largest)
  return math.max(limit * burst, 2 * largest)
end

-- The accounts of the key at KEYS[k + 1 .. k + 2], refilled to now, old charges out of the window.
local function load(k, limit_r, limit_u)
  local s = redis.call('HMGET', KEYS[k + 1], unpack(FIELDS))
  local mc = tonumber(s[23]) or 0
  local cap_r, cap_u = capacity(limit_r, 1), capacity(limit_u, math.max(mc, cost))
  local a = {
    r = tonumber(s[1]) or cap_r, u = tonumber(s[2]) or cap_u, mc = mc,
    t = tonumber(s[3]) or now, ar = tonumber(s[4]) or 0, au = tonumber(s[5]) or 0,
    wr = tonumber(s[6]) or 0, wu = tonumber(s[7]) or 0, wc = tonumber(s[8]) or 0,
    hr = tonumber(s[9]) or 0, hu = tonumber(s[10]) or 0, vr = view(s, 11, 27), vu = view(s, 17, 29),
    xr = tonumber(s[24]) or 0, xu = tonumber(s[25]) or 0,
    settled = policy == 2 or (policy == 1 and tonumber(s[26]) == 1),
  }
  local elapsed = math.max(0, now - a.t)
  if limit_r > 0 then
    a.r = math.min(cap_r, a.r + elapsed * limit_r / period)
  end
  if limit_u > 0 then
    a.u = math.min(cap_u, a.u + elapsed * limit_u / period)
  end
  a.t = math.max(a.t, now)
  local dirty = false
  while true do
    local old = redis.call('ZRANGEBYSCORE', KEYS[k + 2], '-inf', fmt(now - window), 'LIMIT', 0, 128)
    if #old == 0 then
      break
    end
    for _, member in ipairs(old) do
      local _, charged, counted = parse(member)
      a.wr, a.wc, a.wu = a.wr - 1, a.wc - charged, a.wu - counted
      a.xr, a.xu = a.xr + 1, a.xu + counted
    end
    redis.call('ZREM', KEYS[k + 2], unpack(old))
    dirty = true
    if #old < 128 then
      break
    end
  end
  return a, dirty
end

local function save(k, a)
  redis.call('HSET', KEYS[k + 1], 'r', fmt(a.r), 'u', fmt(a.u), 't', fmt(a.t), 'ar', fmt(a.ar),
    'au', fmt(a.au), 'wr', fmt(a.wr), 'wu', fmt(a.wu), 'wc', fmt(a.wc), 'mc', fmt(a.mc),
    'xr', fmt(a.xr), 'xu', fmt(a.xu))
  -- Kept while any charge, hold or report may still matter; absence means fresh and full.
  local last = math.max(a.hr, a.hu, a.vr and a.vr.full or 0, a.vu and a.vu.full or 0) - now
  local ttl = math.ceil((2 * window + math.max(0, last)) * 1000) + 1000
  redis.call('PEXPIRE', KEYS[k + 1], ttl)
  redis.call('PEXPIRE', KEYS[k + 2], ttl)
end

-- The provider's room now by its report, refilled steadily (a bucket) or as the window lets
-- go (a window); nil once it said it is full again.
local function view_room(v, admitted, released, steady)
  if v == nil or now >= v.full then
    return nil
  end
  local back = 0
  if v.slice then
    back = 0
  elseif steady then
    back = v.rate * (now - v.t)
  else
    back = released - v.x
  end
  return v.rem - (admitted - v.mark) + back
end

-- Seconds until the window's oldest entries whose amount (`counted`: 'one' request, units
-- 'settled' or 'charged') covers `excess` have left it.
local function window_wait(log, excess, counted)
  local freed, start = 0, 0
  while true do
    local rows = redis.call('ZRANGE', log, start, start + 63, 'WITHSCORES')
    if #rows == 0 then
      return window
    end
    for j = 1, #rows, 2 do
      local _, charged, settled = parse(rows[j])
      if counted == 'settled' then
        freed = freed + settled
      elseif counted == 'charged' then
        freed = freed + charged
      else
        freed = freed + 1
      end
      if freed >= excess then
        return math.max(0, tonumber(rows[j + 1]) + window - now)
      end
    end
    start = start + 64
  end
end

-- One dimension of one key for this call: the wait and the limit that sets it (the first
-- longest of held, burst, window, provider), what it could give the pool now, the headroom left.
-- `wsum` is what the window holds of `counted` (see window_wait).
local function assess(need, limit, level, wsum, counted, hold, v, admitted, released, log, steady)
  local wait, why = 0, ''
  local free, room = INF, INF
  local function consider(seconds, reason)
    if seconds > wait then
      wait, why = seconds, reason
    end
  end
  if hold > now then
    consider(hold - now, 'held')
  end
  if limit > 0 then
    if level < need then
      consider((need - level) * period / limit, 'burst')
    end
    if wsum + need > limit then
      consider(window_wait(log, wsum + need - limit, counted), 'window')
    end
    free = math.min(level, limit - wsum)
    room = (limit - wsum - need) / limit
  end
  local left = view_room(v, admitted, released, steady)
  if left ~= nil then
    if left < need then
      local back = v.full - now -- a slice: nothing before its reset
      if not v.slice and steady and v.rate > 0 then
        back = math.min(back, (need - left) / v.rate)
      elseif not v.slice and not steady then
        local released_as = 'settled'
        if counted == 'one' then
          released_as = 'one'
        end
        back = math.min(back, window_wait(log, need - left, released_as))
      end
      consider(back, 'provider')
    end
    free = math.min(free, left)
    local scale = limit
    if scale == 0 then
      scale = v.lim
    end
    if scale == 0 then
      scale = 1
    end
    room = math.min(room, (left - need) / scale)
  end
  return wait, why, free, room
end

-- Forget waiters that stopped asking: their process gave up or died.
local gone = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', string.format('%.6f', now), 'LIMIT', 0, 64)
if #gone > 0 then
  redis.call('ZREM', KEYS[1], unpack(gone))
  redis.call('ZREM', KEYS[2], unpack(gone))
  redis.call('HDEL', KEYS[3], unpack(gone))
end

-- Who is ahead: higher scores. A caller not yet queued would queue behind equal priorities.
local score = redis.call('ZSCORE', KEYS[1], waiter)
local ahead_ids
if score then
  ahead_ids = redis.call('ZREVRANGEBYSCORE', KEYS[1], '+inf', '(' .. score, 'LIMIT', 0, 128)
else
  local lowest = string.format('%.0f', priority * SEQ)
  ahead_ids = redis.call('ZREVRANGEBYSCORE', KEYS[1], '+inf', lowest, 'LIMIT', 0, 128)
end
local ahead = #ahead_ids
local ahead_cost = 0
if ahead > 0 then
  local costs = redis.call('HMGET', KEYS[3], unpack(ahead_ids))
  for i = 1, ahead do
    ahead_cost = ahead_cost + (tonumber(costs[i]) or cost)
  end
end

local best, best_room = nil, -INF
local own_wait, binding = INF, '' -- the soonest any single key could take this call, and why
local fits_somewhere = false
-- The pool's free capacity and refill rate over keys not held back (INF when unlimited).
local pool_r, pool_u, rate_r, rate_u = 0, 0, 0, 0
local charged, counted = 0, 0 -- the pool's window, as charged and as the provider keeps it
local keys = {}

for i = 1, n do
  local k = 4 + 3 * (i - 1)
  local p = 9 + 3 * (i - 1)
  local limits = redis.call('HMGET', KEYS[k + 3], 'requests', 'units', 'provider_requests',
    'provider_units')
  local limit_r = tonumber(limits[1]) or tonumber(limits[3]) or tonumber(ARGV[p + 2])
  local limit_u = tonumber(limits[2]) or tonumber(limits[4]) or tonumber(ARGV[p + 3])
  if limit_u == 0 or cost <= limit_u then
    fits_somewhere = true
  end
  local a, dirty = load(k, limit_r, limit_u)
  local wait_r, why_r, free_r, room_r = assess(1, limit_r, a.r, a.wr, 'one', a.hr, a.vr, a.ar,
    a.xr, KEYS[k + 2], a.settled)
  local units_held, units_counted = a.wc, 'charged'
  if a.settled then
    units_held, units_counted = a.wu, 'settled'
  end
  local wait_u, why_u, free_u, room_u = assess(cost, limit_u, a.u, units_held, units_counted,
    a.hu, a.vu, a.au, a.xu, KEYS[k + 2], a.settled)
  local wait, why = wait_r, 'requests:' .. why_r
  if wait_u > wait_r then
    wait, why = wait_u, 'units:' .. why_u
  end
  if wait < own_wait then
    own_wait, binding = wait, why
  end
  charged, counted = charged + a.wc, counted + units_held
  if math.max(a.hr, a.hu) <= now then
    pool_r, pool_u = pool_r + free_r, pool_u + free_u
    rate_r, rate_u = rate_r + limit_r / period, rate_u + limit_u / period
  end
  local room = math.min(1, room_r, room_u)
  if wait == 0 and (best == nil or room > best_room) then
    best, best_room = i, room
  end
  keys[i] = {k = k, a = a, dirty = dirty, limit_r = limit_r, limit_u = limit_u}
end

if not fits_somewhere then
  return {-1, 'the call needs more than any key may use in a period'}
end

-- What a call keeps charged once settled, as a share of its charge: below 1 where the provider
-- refunds, so the turns of those ahead come as soon as refunds bring them.
local kept = 1
if charged > 0 then
  kept = counted / charged
end
local enough_for_those_ahead = pool_r >= ahead + 1 and pool_u >= kept * (ahead_cost + cost)
if best and (ahead == 0 or enough_for_those_ahead) then
  local chosen = keys[best]
  local a = chosen.a
  if chosen.limit_r > 0 then
    a.r = a.r - 1
  end
  if chosen.limit_u > 0 then
    a.u = a.u - cost
  end
  a.ar, a.au, a.mc = a.ar + 1, a.au + cost, math.max(a.mc, cost)
  a.wr, a.wu, a.wc = a.wr + 1, a.wu + cost, a.wc + cost
  redis.call('ZADD', KEYS[chosen.k + 2], fmt(now), string.format('%.0f:%.0f:%.0f', a.ar, cost, cost))
  chosen.dirty = true
  for i = 1, n do
    if keys[i].dirty then
      save(keys[i].k, keys[i].a)
    end
  end
  if score then
    redis.call('ZREM', KEYS[1], waiter)
    redis.call('ZREM', KEYS[2], waiter)
    redis.call('HDEL', KEYS[3], waiter)
  end
  return {1, ARGV[9 + 3 * (best - 1) + 1], string.format('%.6f', best_room),
    string.format('%.0f', a.ar), string.format('%.0f', a.au)}
end

for i = 1, n do
  if keys[i].dirty then
    save(keys[i].k, keys[i].a)
  end
end

-- Refused: wait until some key could take the call, and until the pool has refilled enough
-- for everyone ahead, so queued callers wake in turn instead of all at once.
local wait = own_wait
if ahead > 0 then
  if rate_r > 0 and pool_r < ahead + 1 then
    local turn = (ahead + 1 - pool_r) / rate_r
    if turn > wait then
      wait, binding = turn, 'requests:queue'
    end
  end
  if rate_u > 0 and pool_u < kept * (ahead_cost + cost) then
    local turn = (kept * (ahead_cost + cost) - pool_u) / rate_u
    if turn > wait then
      wait, binding = turn, 'units:queue'
    end
  end
end
if wait == INF then
  wait = period
end
wait = math.max(wait, 0.001)

if not score then
  local arrival = redis.call('INCR', KEYS[4]) % SEQ
  redis.call('ZADD', KEYS[1], string.format('%.0f', priority * SEQ + (SEQ - 1 - arrival)), waiter)
end
redis.call('ZADD', KEYS[2], string.format('%.6f', now + wait + grace), waiter)
redis.call('HSET', KEYS[3], waiter, cost)
return {0, string.format('%.6f', wait), ahead, binding}
