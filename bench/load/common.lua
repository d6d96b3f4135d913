-- Shared by the wrk scripts: product ids from ids.txt, a fixed seed, and a one-line JSON summary at the end.
local ids = {}
for line in io.lines(os.getenv("TOYREC_IDS") or "ids.txt") do ids[#ids + 1] = line end
math.randomseed(tonumber(os.getenv("TOYREC_SEED") or "42"))

function random_id() return ids[math.random(#ids)] end

function done(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.timeout + errors.status
  io.write(string.format(
    '{"requests": %d, "seconds": %.2f, "rps": %.0f, "p50_ms": %.3f, "p90_ms": %.3f, "p99_ms": %.3f, ' ..
    '"max_ms": %.3f, "errors": %d, "non2xx": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, failed, errors.status))
end
