-- wrk script: every request asks for something else, so that the page cache cannot answer
-- and the rendering path itself is measured. VARIED_KIND is "search" or "directory". The
-- `n` parameter (ignored by the pages, but part of the URL) makes every URL unique.
local words = { "grooming", "abuse", "children", "training", "police", "support", "therapy",
  "prevention", "helpline", "online", "research", "victims", "schools", "parents", "network",
  "detection", "csam", "barnahus", "hotline", "europe", "safety", "digital", "survivors",
  "justice", "offenders", "awareness", "youth", "platforms", "identification", "law" }
local pillars = { "prevention", "detection-investigation", "victim-support" }
local countries = { "PL", "DE", "FR", "ES", "IT", "NL", "BE", "SE", "FI", "IE", "GB", "AT" }
local kind = os.getenv("VARIED_KIND") or "search"
-- Set per run (a warm-up and the measured run): each run's URLs differ from every other's too,
-- or the measured run would ask again for the warm-up's pages, which the cache keeps the
-- second time they are rendered.
local run = os.getenv("VARIED_RUN") or "0"
local pages = tonumber(os.getenv("VARIED_PAGES") or "5")
local counter = 0
local thread_tag = 0

setup = function(thread)
  thread_tag = thread_tag + 1
  thread:set("tag", thread_tag)
end

request = function()
  counter = counter + 1
  local n = counter
  local unique = "&n=" .. run .. "-" .. tostring(tag or 0) .. "-" .. n
  if kind == "search" then
    local q = words[(n % #words) + 1] .. "+" .. words[((n * 7) % #words) + 1]
    return wrk.format("GET", "/search?q=" .. q .. "&page=" .. ((n % 3) + 1) .. unique)
  end
  local path = "/initiatives?pillar=" .. pillars[(n % #pillars) + 1]
    .. "&country=" .. countries[((n * 5) % #countries) + 1]
    .. "&page=" .. ((n % pages) + 1) .. unique
  return wrk.format("GET", path)
end

-- wrk's --latency table has no 95th percentile; the search target is stated at p95.
done = function(summary, latency, requests)
  io.write(string.format("p95: %.2fms\n", latency:percentile(95) / 1000))
end
