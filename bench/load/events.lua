-- POST /api/sessions/{session}/events: random product, type and one of 1000 sessions.
dofile(os.getenv("TOYREC_LUA_DIR") .. "/common.lua")

-- No remove_from_basket: the server refuses (409) to remove a product that is not in the session's basket, which a
-- random product almost never is, and every answer here must be a stored event.
local types = { "view", "add_to_basket", "purchase" }

request = function()
  local body = '{"productId": "' .. random_id() .. '", "type": "' .. types[math.random(#types)] .. '"}'
  return wrk.format("POST", "/api/sessions/load-" .. math.random(1000) .. "/events",
    { ["Content-Type"] = "application/json" }, body)
end
