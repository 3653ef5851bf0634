-- wrk script: POST one feedback per request with a fresh clientId (so every request stores a row).
-- Usage: wrk -s submit.lua URL -- <projectKey|-> ; with "-" it sends the baseline's body shape.
local key
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  key = args[1]
  math.randomseed(os.time() + (id or 0) * 7919)
end

request = function()
  counter = counter + 1
  local client_id = string.format("bench-%d-%d-%d", id or 0, counter, math.random(1, 1e9))
  local body
  if key == "-" then
    body = string.format('{"clientId":"%s","message":"Bench message %d"}', client_id, counter)
  else
    body = string.format('{"projectKey":"%s","clientId":"%s","message":"Bench message %d","category":"idea"}', key, client_id, counter)
  end
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
