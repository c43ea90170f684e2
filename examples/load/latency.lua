-- wrk script: cycles through the request paths given as arguments and prints requests/s and latency percentiles.
-- Usage: wrk -s latency.lua URL -- /v1/models/gpt-4o /v1/models/gpt-4o-mini ...
local paths = {}
local next_index = 1

function init(args)
  for i = 1, #args do
    paths[#paths + 1] = args[i]
  end
  if #paths == 0 then
    paths[1] = "/v1/models"
  end
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests/s %.0f  p50 %.0f us  p99 %.0f us  errors %d  non-2xx %d\n",
    summary.requests / seconds, latency:percentile(50), latency:percentile(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
