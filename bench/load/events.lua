-- POST /api/sessions/{session}/events: random product, type and one of 1000 sessions.
dofile(os.getenv("TOYREC_LUA_DIR") .. "/common.lua")

local types = { "view", "add_to_basket", "remove_from_basket", "purchase" }

request = function()
  local body = '{"productId": "' .. random_id() .. '", "type": "' .. types[math.random(#types)] .. '"}'
  return wrk.format("POST", "/api/sessions/load-" .. math.random(1000) .. "/events",
    { ["Content-Type"] = "application/json" }, body)
end
