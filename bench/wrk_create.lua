-- POST /api/whatsapp/contacts with a new phone every request.
-- Usage: wrk ... -s wrk_create.lua URL -- ORG_ID TOKEN
-- Phones are UK mobile numbers +4474TNNNNNNN: T is the wrk thread, N its request counter,
-- so no two requests of a run collide; each run creates into a fresh organization.
local threads = 0

function setup(thread)
  thread:set("thread_index", threads)
  threads = threads + 1
end

function init(args)
  org = args[1]
  token = args[2]
  counter = 0
end

function request()
  counter = counter + 1
  local phone = string.format("+4474%d%07d", thread_index % 10, counter)
  local body = '{"userNumber":"' .. phone .. '","userName":"Bench ' .. counter .. '"}'
  return wrk.format("POST", "/api/whatsapp/contacts", {
    ["x-org-id"] = org,
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
  }, body)
end
