-- wrk script for bench/cold: requests the page cache cannot answer (every URL unique), of
-- one kind: COLD_KIND is "search" (broad words, alone and in pairs), "directory" (filters
-- and pages) or "landscape".
local words = { "grooming", "abuse", "children", "training", "police", "support", "therapy",
  "prevention", "helpline", "online", "research", "victims", "schools", "parents", "network",
  "detection", "csam", "barnahus", "hotline", "europe", "safety", "digital", "survivors",
  "justice", "offenders", "awareness", "youth", "platforms", "identification", "law" }
local pillars = { "prevention", "detection-investigation", "victim-support" }
local countries = { "PL", "DE", "FR", "ES", "IT", "NL", "BE", "SE", "FI", "IE", "GB", "AT" }
local kind = os.getenv("COLD_KIND") or "search"
-- Set per run (after the start, after a write): each run's URLs differ from the other's too,
-- or the second run would ask again for the first's pages, which the cache keeps the second
-- time they are rendered.
local run = os.getenv("COLD_RUN") or "0"
local counter = 0
local thread_tag = 0

setup = function(thread)
  thread_tag = thread_tag + 1
  thread:set("tag", thread_tag)
end

request = function()
  counter = counter + 1
  local n = counter
  local unique = "n=" .. run .. "-" .. tostring(tag or 0) .. "-" .. n
  if kind == "search" then
    local q = words[(n % #words) + 1]
    if n % 2 == 0 then
      q = q .. "+" .. words[((n * 7) % #words) + 1]
    end
    return wrk.format("GET", "/search?q=" .. q .. "&" .. unique)
  elseif kind == "landscape" then
    -- As visitors ask for it: the page cache answers, except the first request after a
    -- start or a write, which renders it.
    return wrk.format("GET", "/landscape")
  end
  local path = "/initiatives?pillar=" .. pillars[(n % #pillars) + 1]
    .. "&country=" .. countries[((n * 5) % #countries) + 1]
    .. "&page=" .. ((n % 5) + 1) .. "&" .. unique
  if n % 4 == 0 then
    path = "/initiatives?page=" .. ((n % 50) + 1) .. "&" .. unique
  end
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  io.write(string.format("max: %.2fms\n", latency.max / 1000))
end
