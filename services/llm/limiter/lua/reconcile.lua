-- reconcile.lua: settle one call on its key's accounts, with what the provider answered.
--
-- The twin of LocalBuckets.reconcile (services/llm/limiter/buckets.py); the accounts' fields
-- are described in acquire.lua, whose loading and saving this script repeats (scripts cannot
-- share code). In order:
-- 1. the limits the provider reported become the key's learnt limits (an operator's override
--    still wins), for every replica;
-- 2. a refused call (429) is uncharged, since the provider did not count it, and the refused
--    dimensions are held for the seconds given;
--    an answered call pays what it used beyond its charge; what it did not use is kept in the
--    window as its settled amount (the window counts settled amounts only while the provider
--    refunds), and goes back to the burst bucket only where the policy says: always, or once
--    the provider is seen to refund (it reports less used than the window's charges by more
--    than the evidence share of its limit);
-- 3. the provider's remaining, limit and reset become the key's view of the provider (with the
--    running totals admitted and let go by the window as they stand), unless a report on a
--    later call is already there that leaves more room (calls overtake each other).
--
-- KEYS[1] accounts (hash)   KEYS[2] window (zset)   KEYS[3] limits (hash)
-- ARGV[1] period   ARGV[2] burst share   ARGV[3] window slack share
-- ARGV[4] requests limit   ARGV[5] units limit (the settings'; 0: unlimited)
-- ARGV[6] requests mark   ARGV[7] units mark (the grant's; 0: unknown)
-- ARGV[8] units charged   ARGV[9] units used   ARGV[10] refund policy (0 never, 1 observed,
-- 2 always)   ARGV[11] refused (0/1)   ARGV[12] requests hold   ARGV[13] units hold (seconds)
-- ARGV[14] refund evidence share   ARGV[23] slice refill factor (a view refilling faster than
-- this many times its limit's rate is a slice, full again only at its reset)
-- ARGV[24] seconds since the request left for the provider (-1: not known): an answered call's
-- charge then counts from that moment, if later than its grant (the provider counted it then)
-- ARGV[15..18] requests reading: reported (0/1), remaining, limit (0: none), reset (-1: none)
-- ARGV[19..22] units reading, the same
--
-- Returns {refunds seen (0/1), requests limit, units limit, units given back, limits learnt
-- (0/1)} as strings.

local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local period = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local window = period * (1 + tonumber(ARGV[3]))
local rmark, umark = tonumber(ARGV[6]), tonumber(ARGV[7])
local charged, used = tonumber(ARGV[8]), tonumber(ARGV[9])
local policy, refused = tonumber(ARGV[10]), tonumber(ARGV[11]) == 1
local hold_r, hold_u = tonumber(ARGV[12]), tonumber(ARGV[13])
local evidence = tonumber(ARGV[14])
local slice_factor = tonumber(ARGV[23])
local function reading(i)
  if tonumber(ARGV[i]) ~= 1 then
    return nil
  end
  return {rem = tonumber(ARGV[i + 1]), lim = tonumber(ARGV[i + 2]), reset = tonumber(ARGV[i + 3])}
end
local seen_r, seen_u = reading(15), reading(19)
local FIELDS = {'r', 'u', 't', 'ar', 'au', 'wr', 'wu', 'wc', 'hr', 'hu',
  'vrr', 'vrl', 'vrm', 'vrx', 'vrf', 'vrs', 'vur', 'vul', 'vum', 'vux', 'vuf', 'vus', 'mc',
  'xr', 'xu', 'rf', 'vrt', 'vrg', 'vut', 'vug', 'vrn', 'vun'}

local function fmt(x)
  return string.format('%.17g', x)
end

local function parse(member)
  local mark, c, counted = string.match(member, '^(%d+):(%-?%d+):(%-?%d+)$')
  return tonumber(mark), tonumber(c) or 0, tonumber(counted) or 0
end

local function view(s, i, j, n)
  local remaining = tonumber(s[i])
  if remaining == nil then
    return nil
  end
  return {rem = remaining, lim = tonumber(s[i + 1]), mark = tonumber(s[i + 2]),
    x = tonumber(s[i + 3]), full = tonumber(s[i + 4]), slice = s[i + 5] == '1',
    t = tonumber(s[j]) or now, rate = tonumber(s[j + 1]) or 0, seen = tonumber(s[n]) or 0}
end

-- 1. Learn: the limits in force, the provider's where it reported one and no operator set one.
local stored = redis.call('HMGET', KEYS[3], 'requests', 'units', 'provider_requests',
  'provider_units')
local learnt = 0
local function learn(seen, operator, provider, default, field)
  operator, provider = tonumber(operator), tonumber(provider)
  if seen and seen.lim > 0 and operator == nil and seen.lim ~= (provider or default) then
    learnt = 1
    if seen.lim == default then
      redis.call('HDEL', KEYS[3], field)
      provider = nil
    else
      redis.call('HSET', KEYS[3], field, string.format('%.0f', seen.lim))
      provider = seen.lim
    end
  end
  return operator or provider or default
end
local limit_r = learn(seen_r, stored[1], stored[3], tonumber(ARGV[4]), 'provider_requests')
local limit_u = learn(seen_u, stored[2], stored[4], tonumber(ARGV[5]), 'provider_units')

local s = redis.call('HMGET', KEYS[1], unpack(FIELDS))
-- A full burst bucket: the burst share of the limit, or two of the largest calls.
local cap_r = math.max(limit_r * burst, 2)
local cap_u = math.max(limit_u * burst, 2 * math.max(tonumber(s[23]) or 0, charged))
local a = {
  r = tonumber(s[1]) or cap_r, u = tonumber(s[2]) or cap_u,
  t = tonumber(s[3]) or now, ar = tonumber(s[4]) or 0, au = tonumber(s[5]) or 0,
  wr = tonumber(s[6]) or 0, wu = tonumber(s[7]) or 0, wc = tonumber(s[8]) or 0,
  hr = tonumber(s[9]) or 0, hu = tonumber(s[10]) or 0, vr = view(s, 11, 27, 31), vu = view(s, 17, 29, 32),
  xr = tonumber(s[24]) or 0, xu = tonumber(s[25]) or 0, rf = tonumber(s[26]) or 0,
}
local elapsed = math.max(0, now - a.t)
if limit_r > 0 then
  a.r = math.min(cap_r, a.r + elapsed * limit_r / period)
end
if limit_u > 0 then
  a.u = math.min(cap_u, a.u + elapsed * limit_u / period)
end
a.t = math.max(a.t, now)
while true do
  local old = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', fmt(now - window), 'LIMIT', 0, 128)
  if #old == 0 then
    break
  end
  for _, member in ipairs(old) do
    local _, c, counted = parse(member)
    a.wr, a.wc, a.wu = a.wr - 1, a.wc - c, a.wu - counted
    a.xr, a.xu = a.xr + 1, a.xu + counted
  end
  redis.call('ZREM', KEYS[2], unpack(old))
  if #old < 128 then
    break
  end
end

-- 2. Settle the call's charge.
local member = string.format('%.0f:%.0f:%.0f', rmark, charged, charged)
local at = nil
if rmark > 0 then
  at = redis.call('ZSCORE', KEYS[2], member)
end
local refunded = 0
if refused then
  if at then
    redis.call('ZREM', KEYS[2], member)
    a.wr, a.wc, a.wu = a.wr - 1, a.wc - charged, a.wu - charged
  end
  if limit_r > 0 then
    a.r = math.min(cap_r, a.r + 1)
  end
  if limit_u > 0 then
    a.u = math.min(cap_u, a.u + charged)
  end
  if hold_r > 0 then
    a.hr = math.max(a.hr, now + hold_r)
  end
  if hold_u > 0 then
    a.hu = math.max(a.hu, now + hold_u)
  end
else
  if seen_u and seen_u.lim > 0 and umark > 0 and umark <= a.au then
    local charged_then = a.wc - (a.au - umark)
    local consumed = seen_u.lim - seen_u.rem
    if charged_then - consumed > evidence * seen_u.lim then
      a.rf = 1
    else
      a.rf = 0
    end
  end
  local sent_ago = tonumber(ARGV[24]) or -1
  if at and sent_ago >= 0 and now - sent_ago > tonumber(at) then
    at = fmt(now - sent_ago)
    redis.call('ZADD', KEYS[2], at, member)
  end
  local extra = used - charged
  if extra > 0 then
    if limit_u > 0 then
      a.u = a.u - extra
    end
    a.au = a.au + extra
    if at then
      redis.call('ZREM', KEYS[2], member)
      redis.call('ZADD', KEYS[2], at,
        string.format('%.0f:%.0f:%.0f', rmark, charged + extra, charged + extra))
      a.wc, a.wu = a.wc + extra, a.wu + extra
    end
  elseif extra < 0 then
    if at then
      local unused = math.min(-extra, charged)
      redis.call('ZREM', KEYS[2], member)
      redis.call('ZADD', KEYS[2], at, string.format('%.0f:%.0f:%.0f', rmark, charged, charged - unused))
      a.wu = a.wu - unused
    end
    if policy == 2 or (policy == 1 and a.rf == 1) then
      refunded = -extra
      if limit_u > 0 then
        a.u = math.min(cap_u, a.u + refunded)
      end
    end
  end
end

-- 3. The provider's view, from this report unless one on a later call is there.
-- The provider's room now by a view (as acquire.lua reads it); nil once it is full again.
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

local function new_view(seen, mark, limit, old, admitted, released)
  if seen == nil or mark <= 0 or mark > admitted then
    return old
  end
  local ceiling = seen.lim
  if ceiling <= 0 then
    ceiling = limit
  end
  if ceiling <= 0 then
    ceiling = seen.rem
  end
  local full_in = 0
  if seen.reset >= 0 then
    full_in = seen.reset
  elseif ceiling > seen.rem then
    full_in = (ceiling - seen.rem) * period / ceiling
  end
  local rate = 0
  if full_in > 0 then
    rate = math.max(0, ceiling - seen.rem) / full_in
  end
  local v = {rem = seen.rem, lim = ceiling, mark = mark, x = released, full = now + full_in,
    slice = rate > slice_factor * ceiling / period, t = now, rate = rate, seen = admitted}
  if old == nil or mark > old.seen then
    return v -- its call was admitted after the held report came back: it reached the provider later
  end
  -- Its call was in flight with the held report's (calls overtake each other): kept if tighter.
  local steady = policy == 2 or (policy == 1 and a.rf == 1)
  local room = view_room(old, admitted, released, steady)
  local new_room = view_room(v, admitted, released, steady)
  if room == nil or (new_room ~= nil and new_room < room) then
    return v
  end
  return old
end
a.vr = new_view(seen_r, rmark, limit_r, a.vr, a.ar, a.xr)
a.vu = new_view(seen_u, umark, limit_u, a.vu, a.au, a.xu)

redis.call('HSET', KEYS[1], 'r', fmt(a.r), 'u', fmt(a.u), 't', fmt(a.t), 'ar', fmt(a.ar),
  'au', fmt(a.au), 'wr', fmt(a.wr), 'wu', fmt(a.wu), 'wc', fmt(a.wc), 'hr', fmt(a.hr),
  'hu', fmt(a.hu), 'rf', fmt(a.rf), 'xr', fmt(a.xr), 'xu', fmt(a.xu))
for prefix, v in pairs({vr = a.vr, vu = a.vu}) do
  if v then
    local slice = '0'
    if v.slice then
      slice = '1'
    end
    redis.call('HSET', KEYS[1], prefix .. 'r', fmt(v.rem), prefix .. 'l', fmt(v.lim),
      prefix .. 'm', fmt(v.mark), prefix .. 'x', fmt(v.x), prefix .. 'f', fmt(v.full),
      prefix .. 's', slice, prefix .. 't', fmt(v.t), prefix .. 'g', fmt(v.rate),
      prefix .. 'n', fmt(v.seen))
  end
end
local last = math.max(a.hr, a.hu, a.vr and a.vr.full or 0, a.vu and a.vu.full or 0) - now
local ttl = math.ceil((2 * window + math.max(0, last)) * 1000) + 1000
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PEXPIRE', KEYS[2], ttl)
return {tostring(a.rf), string.format('%.0f', limit_r), string.format('%.0f', limit_u),
  string.format('%.0f', refunded), tostring(learnt)}
