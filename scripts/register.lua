-- wrk script: registers and submits an activity per request through the API (unique names, so none is a duplicate).
-- Set CAMPAIGN, ORGANIZER and DAY (YYYY-MM-DD) in the environment.
local counter = 0
local run = tostring(os.time())
local thread_id = 0
local campaign = os.getenv("CAMPAIGN")
local organizer = os.getenv("ORGANIZER")
local day = os.getenv("DAY")

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

request = function()
  counter = counter + 1
  local body = string.format('{"campaignId": %s, "organizerId": %s, "name": "接口压测活动-%s-%d-%d", '
      .. '"startsAt": "%sT09:00:00", "endsAt": "%sT11:00:00", "address": "社区服务中心", "personInCharge": "张老师", '
      .. '"phone": "13800000000", "topics": ["健康科普"], "targetGroups": ["社区居民"]}',
      campaign, organizer, run, tid or 0, counter, day, day)
  return wrk.format("POST", "/api/v1/activities?submit=true", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer kp_bench_province_2026"
  }, body)
end

response = function(status, headers, body)
  if status ~= 201 then
    io.stderr:write("status " .. status .. ": " .. body .. "\n")
  end
end
