-- POST /api/whatsapp/contacts/bulk with 1,000 new phones every request.
-- Usage: wrk ... -s wrk_bulk.lua URL -- ORG_ID TOKEN
-- Phones are UK mobile numbers +4477TNNNNNNN: T is the wrk thread, N counts its contacts, so no
-- two contacts of a run collide; each run writes into a fresh organization.
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
  local items = {}
  for i = 1, 1000 do
    counter = counter + 1
    items[i] = string.format('{"userNumber":"+4477%d%07d","userName":"Bulk %d"}',
      thread_index % 10, counter, counter)
  end
  return wrk.format("POST", "/api/whatsapp/contacts/bulk", {
    ["x-org-id"] = org,
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
  }, '{"contacts":[' .. table.concat(items, ",") .. ']}')
end
