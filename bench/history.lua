-- wrk script for the history API: pages of 50 shipments with a filter.
--   wrk -t2 -c32 -d30s --latency -s bench/history.lua http://localhost:9080
-- MODE (environment) picks the requests:
--   fixed  the request of bench/HistoryApiBench.java (client 2, status=DELIVERED), to compare with it;
--   mixed  (default) every request picks one of the ten benchmark clients' keys and one of six filters
--          (status, lane, origin, a pick-up month, a delivery month in delivery order, a reference prefix),
--          so that neither the server nor PostgreSQL answers the same page over and over.
-- Answers other than 2xx/3xx are reported as errors at the end.

local mode = os.getenv("MODE") or "mixed"
local base = os.getenv("BASE_PATH") or "/portal/api/v1/shipments"

local function key(n)
  if n == 2 then
    return "tpl_benchkey02_BenchmarkKeyForClientTwoNotForProduction"
  end
  return string.format("tpl_benchkey%02d_BenchmarkKeyForClient%02dNotForProductionX", n, n)
end

local origins = { "Shanghai", "Shenzhen", "Ningbo", "Hamburg", "Rotterdam", "Manchester" }
local destinations = { "Hamburg", "Rotterdam", "Felixstowe", "Munich", "Birmingham", "Beijing" }

local function month(offset)
  -- a calendar month within the past year, as a pick-up date range
  local t = os.time() - offset * 30 * 86400
  local from = os.date("!%Y-%m-01", t)
  local y, m = tonumber(os.date("!%Y", t)), tonumber(os.date("!%m", t))
  m = m + 1
  if m > 12 then m = 1; y = y + 1 end
  return from, string.format("%04d-%02d-01", y, m)
end

-- Filters that give a full page for the client asked for: in the benchmark data a client's shipments
-- start from every other origin (client 1, 3, 5 ... from Shanghai, Ningbo, Rotterdam; the others from
-- the rest; every client has 5 % delayed ones), so a filter is picked that matches the client's history.
local function filter(client, r)
  local kind = r % 6
  local parity = (client - 1) % 2
  if kind == 0 then
    return "status=DELIVERED"
  elseif kind == 1 then
    local o = origins[1 + parity + 2 * (math.floor(r / 6) % 3)]
    local d = destinations[1 + math.floor(r / 18) % 6]
    return "lane=" .. o .. "%20%E2%86%92%20" .. d
  elseif kind == 2 then
    return "origin=" .. origins[1 + parity + 2 * (math.floor(r / 6) % 3)]
  elseif kind == 3 then
    local from, to = month(1 + math.floor(r / 6) % 11)
    return "pickupFrom=" .. from .. "&pickupTo=" .. to
  elseif kind == 4 then
    local from, to = month(1 + math.floor(r / 6) % 11)
    return "deliveryFrom=" .. from .. "&deliveryTo=" .. to .. "&sort=-delivery"
  else
    return "reference=BR-" .. (100 + math.floor(r / 6) % 900)
  end
end

local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("thread_id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  math.randomseed(os.time() + thread_id * 7919)
end

function request()
  counter = counter + 1
  if mode == "fixed" then
    return wrk.format("GET", base .. "?limit=50&status=DELIVERED", { ["Authorization"] = "Bearer " .. key(2) })
  end
  local r = math.random(0, 1000000)
  local client = 1 + r % 10
  return wrk.format("GET", base .. "?limit=50&" .. filter(client, math.floor(r / 10)), { ["Authorization"] = "Bearer " .. key(client) })
end

function done(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s = %.0f requests/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; errors: %d non-200, %d socket\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
