-- GET /api/products/{id}/similar?k=10 for random catalogue products.
dofile(os.getenv("TOYREC_LUA_DIR") .. "/common.lua")

request = function()
  return wrk.format("GET", "/api/products/" .. random_id() .. "/similar?k=10")
end
