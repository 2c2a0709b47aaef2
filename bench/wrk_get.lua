-- GET /api/whatsapp/contacts/:id over a list of ids, so that reads are not all one row.
-- Usage: wrk ... -s wrk_get.lua URL -- ORG_ID TOKEN IDS_FILE (one id per line)
function init(args)
  org = args[1]
  token = args[2]
  ids = {}
  for line in io.lines(args[3]) do
    ids[#ids + 1] = line
  end
  next_id = math.random(#ids)
end

function request()
  next_id = next_id % #ids + 1
  return wrk.format("GET", "/api/whatsapp/contacts/" .. ids[next_id], {
    ["x-org-id"] = org,
    ["Authorization"] = "Bearer " .. token,
  })
end
