-- POST /api/whatsapp/contacts with a new phone every request, or with BULK, POST
-- /api/whatsapp/contacts/bulk with BULK new phones every request.
-- Usage: wrk ... -s wrk_create.lua URL -- ORG_ID TOKEN [BULK]
-- Phones are UK mobile numbers +447PTNNNNNNN: P is 4 for creates and 7 for bulks, T the wrk
-- thread, N its contact counter, so no two contacts of a run collide; each run writes into a
-- fresh organization.
local threads = 0

function setup(thread)
  thread:set("thread_index", threads)
  threads = threads + 1
end

function init(args)
  org = args[1]
  token = args[2]
  bulk = tonumber(args[3])
  counter = 0
end

local function contact(prefix)
  counter = counter + 1
  return string.format('{"userNumber":"+447%d%d%07d","userName":"Bench %d"}',
    prefix, thread_index % 10, counter, counter)
end

function request()
  local headers = {
    ["x-org-id"] = org,
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
  }
  if not bulk then
    return wrk.format("POST", "/api/whatsapp/contacts", headers, contact(4))
  end
  local items = {}
  for i = 1, bulk do
    items[i] = contact(7)
  end
  return wrk.format("POST", "/api/whatsapp/contacts/bulk", headers,
    '{"contacts":[' .. table.concat(items, ",") .. ']}')
end
