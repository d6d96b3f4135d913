-- POST /api/recommendations with a history of 1 to 5 random products, k = 10.
dofile(os.getenv("TOYREC_LUA_DIR") .. "/common.lua")

request = function()
  local history = {}
  for i = 1, math.random(5) do history[i] = '"' .. random_id() .. '"' end
  local body = '{"history": [' .. table.concat(history, ",") .. '], "k": 10}'
  return wrk.format("POST", "/api/recommendations", { ["Content-Type"] = "application/json" }, body)
end
