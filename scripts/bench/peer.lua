-- wrk script for the peer: POSTs the GraphQL query in the file named by PEER_QUERY, and reports
-- like report.lua.
local file = assert(io.open(os.getenv("PEER_QUERY"), "r"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
dofile("scripts/bench/report.lua")
