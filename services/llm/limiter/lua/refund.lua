-- refund.lua: correct one key's token bucket with the usage the provider reported (a grant's
-- reconcile): give back what the call did not use, take what it used beyond its reservation.
--
-- KEYS[1] bucket (hash r, u, t)   KEYS[2] limits override (hash)
-- ARGV[1] period seconds   ARGV[2] requests limit   ARGV[3] units limit   ARGV[4] units to give
-- back (reserved minus used; negative when the call used more than it reserved)
-- ARGV[5] burst: the share of a period's limit a bucket holds when full (as in acquire.lua)
-- Returns the bucket's units after the correction, as a string.

local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local period = tonumber(ARGV[1])
local override = redis.call('HMGET', KEYS[2], 'requests', 'units')
local limit_r = tonumber(override[1]) or tonumber(ARGV[2])
local limit_u = tonumber(override[2]) or tonumber(ARGV[3])
local refund = tonumber(ARGV[4])
local burst = tonumber(ARGV[5])
if limit_u == 0 or refund == 0 then
  return '0'
end
local state = redis.call('HMGET', KEYS[1], 'r', 'u', 't')
if not state[3] and refund > 0 then
  return '0' -- an absent bucket is full: nothing to give back
end
local elapsed = 0
if state[3] then
  elapsed = math.max(0, now - tonumber(state[3]))
end
local function capacity(limit)
  return math.max(limit * burst, math.min(limit, 1))
end
local function refill(level, limit)
  if level == nil or limit == 0 then
    return capacity(limit)
  end
  return math.min(capacity(limit), level + elapsed * limit / period)
end
local r = refill(tonumber(state[1]), limit_r)
local u = math.min(capacity(limit_u), refill(tonumber(state[2]), limit_u) + refund)
redis.call('HSET', KEYS[1],
  'r', string.format('%.17g', r), 'u', string.format('%.17g', u), 't', string.format('%.6f', now))
local full_in = (capacity(limit_u) - u) * period / limit_u
if limit_r > 0 then
  full_in = math.max(full_in, (capacity(limit_r) - r) * period / limit_r)
end
redis.call('PEXPIRE', KEYS[1], math.ceil(full_in * 1000) + 1000)
return string.format('%.6f', u)
