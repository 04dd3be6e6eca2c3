-- One wrk script for every scenario, steered by environment variables:
--   TOKEN   bearer token sent with every request (none for the bare endpoint)
--   IDS     file of user ids; each request then asks for a random one of them (PATH_TEMPLATE's %s)
--   METHOD  PUT sends a small profile change as the body
local token = os.getenv("TOKEN")
local ids_file = os.getenv("IDS")
local template = os.getenv("PATH_TEMPLATE")
local method = os.getenv("METHOD") or "GET"
local ids = {}

function init(args)
  if ids_file and ids_file ~= "" then
    for line in io.lines(ids_file) do ids[#ids + 1] = line end
  end
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
end

function request()
  local headers = { ["Accept"] = "application/json" }
  if token and token ~= "" then headers["Authorization"] = "Bearer " .. token end
  local path = wrk.path
  if #ids > 0 then path = string.format(template, ids[math.random(#ids)]) end
  local body = nil
  if method == "PUT" then
    headers["Content-Type"] = "application/json"
    body = string.format('{"title":"Bench title %d","experience_years":%d}', math.random(1000000), math.random(0, 40))
  end
  return wrk.format(method, path, headers, body)
end
