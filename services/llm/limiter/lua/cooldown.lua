-- cooldown.lua: keep every replica off a key the provider refused, never shortening a longer one.
--
-- KEYS[1] the key's cooldown marker   ARGV[1] milliseconds
-- Returns the cooldown's remaining milliseconds.

local ms = tonumber(ARGV[1])
local left = redis.call('PTTL', KEYS[1])
if left < ms then
  redis.call('SET', KEYS[1], '1', 'PX', ms)
  return ms
end
return left
