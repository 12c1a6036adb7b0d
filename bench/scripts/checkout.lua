-- P9: every request is one checkout of CHECKOUT_BODY (3 lines).
wrk.method = "POST"
wrk.body = os.getenv("CHECKOUT_BODY")
wrk.headers["Content-Type"] = "application/json"
