-- acquire.lua: one atomic decision for one model call over the whole key pool.
--
-- Continuous-refill token buckets, two per key and model class: requests and units (tokens for
-- chat, images for images), each refilling limit/period per second up to `burst` times the
-- limit. A burst a little below the provider's own means calls admitted together but reaching
-- the provider later never find its (full, so not refilling) bucket emptier than ours.
-- The clock is Redis TIME only, so client clocks never matter.
--
-- Priority: callers that were refused wait in a sorted set (score: priority, then arrival). A
-- caller is admitted when some key can take its call AND the pool holds enough for every waiter
-- ranked ahead of it plus itself; so the critical path goes first when keys are scarce, while
-- a small call may still use capacity that those ahead of it cannot use up.
--
-- KEYS[1] waiters (zset)      KEYS[2] waiter expiry (zset)   KEYS[3] waiter cost (hash)
-- KEYS[4] waiter sequence     then for key i (i = 1..n), KEYS[4 + 3i - 2 .. 4 + 3i]:
--                             bucket (hash r, u, t), cooldown (string with a TTL), limits override
-- ARGV[1] n   ARGV[2] period seconds   ARGV[3] cost in units   ARGV[4] priority (integer, >= 0)
-- ARGV[5] waiter id   ARGV[6] grace seconds a waiter stays queued past its wait
-- ARGV[7] burst: the share of a period's limit a bucket holds when full
-- then for key i, ARGV[7 + 3i - 2 .. 7 + 3i]: key id, requests limit, units limit (0: unlimited)
--
-- Returns {1, key id, headroom} admitted and reserved;
--         {0, wait seconds, waiters ahead} refused (the caller is queued);
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
-- score = priority * 2^29 + (2^29 - 1 - arrival mod 2^29): higher priority first, then FIFO;
-- priorities below 2^23 keep every score an exact double.
local SEQ = 536870912
local INF = math.huge

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

-- A full bucket: `burst` of the period's limit, never less than one call's worth of requests.
local function capacity(limit)
  return math.max(limit * burst, math.min(limit, 1))
end

local function refill(level, limit, elapsed)
  if level == nil then
    return capacity(limit)
  end
  return math.min(capacity(limit), level + elapsed * limit / period)
end

local best, best_room, best_r, best_u, best_limits = nil, -INF, 0, 0, nil
local own_wait = INF -- the soonest any single key could take this call
local fits_somewhere = false
-- The pool's free capacity and refill rate over keys not cooling down (INF when unlimited).
local pool_r, pool_u, rate_r, rate_u = 0, 0, 0, 0

for i = 1, n do
  local k = 4 + 3 * (i - 1)
  local a = 7 + 3 * (i - 1)
  local override = redis.call('HMGET', KEYS[k + 3], 'requests', 'units')
  local limit_r = tonumber(override[1]) or tonumber(ARGV[a + 2])
  local limit_u = tonumber(override[2]) or tonumber(ARGV[a + 3])
  if limit_u == 0 or cost <= capacity(limit_u) then
    fits_somewhere = true
  end
  local cooling = redis.call('PTTL', KEYS[k + 2])
  if cooling > 0 then
    own_wait = math.min(own_wait, cooling / 1000)
  else
    local state = redis.call('HMGET', KEYS[k + 1], 'r', 'u', 't')
    local elapsed = 0
    if state[3] then
      elapsed = math.max(0, now - tonumber(state[3]))
    end
    local r, u = 0, 0
    local wait_r, wait_u, room = 0, 0, 1
    if limit_r > 0 then
      r = refill(tonumber(state[1]), limit_r, elapsed)
      pool_r = pool_r + r
      rate_r = rate_r + limit_r / period
      if r < 1 then
        wait_r = (1 - r) * period / limit_r
      end
      room = math.min(room, (r - 1) / limit_r)
    else
      pool_r = INF
    end
    if limit_u > 0 then
      u = refill(tonumber(state[2]), limit_u, elapsed)
      pool_u = pool_u + u
      rate_u = rate_u + limit_u / period
      if cost > capacity(limit_u) then
        wait_u = INF
      elseif u < cost then
        wait_u = (cost - u) * period / limit_u
      end
      room = math.min(room, (u - cost) / limit_u)
    else
      pool_u = INF
    end
    local wait = math.max(wait_r, wait_u)
    own_wait = math.min(own_wait, wait)
    if wait == 0 and room > best_room then
      best, best_room, best_r, best_u = i, room, r, u
      best_limits = {limit_r, limit_u}
    end
  end
end

if not fits_somewhere then
  return {-1, 'the call needs more than any key may use at once'}
end

local enough_for_those_ahead = pool_r >= ahead + 1 and pool_u >= ahead_cost + cost
if best and (ahead == 0 or enough_for_those_ahead) then
  local k = 4 + 3 * (best - 1)
  local limit_r, limit_u = best_limits[1], best_limits[2]
  local r, u = best_r - 1, best_u - cost
  redis.call('HSET', KEYS[k + 1],
    'r', string.format('%.17g', r), 'u', string.format('%.17g', u), 't', string.format('%.6f', now))
  -- The bucket may vanish once it would be full again: absence means full.
  local full_in = 0
  if limit_r > 0 then
    full_in = math.max(full_in, (capacity(limit_r) - r) * period / limit_r)
  end
  if limit_u > 0 then
    full_in = math.max(full_in, (capacity(limit_u) - u) * period / limit_u)
  end
  redis.call('PEXPIRE', KEYS[k + 1], math.ceil(full_in * 1000) + 1000)
  if score then
    redis.call('ZREM', KEYS[1], waiter)
    redis.call('ZREM', KEYS[2], waiter)
    redis.call('HDEL', KEYS[3], waiter)
  end
  return {1, ARGV[7 + 3 * (best - 1) + 1], string.format('%.6f', best_room)}
end

-- Refused: wait until some key could take the call, and until the pool has refilled enough
-- for everyone ahead, so queued callers wake in turn instead of all at once.
local wait = own_wait
if ahead > 0 then
  if rate_r > 0 and pool_r < ahead + 1 then
    wait = math.max(wait, (ahead + 1 - pool_r) / rate_r)
  end
  if rate_u > 0 and pool_u < ahead_cost + cost then
    wait = math.max(wait, (ahead_cost + cost - pool_u) / rate_u)
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
return {0, string.format('%.6f', wait), ahead}
