"""The rows of the table (issue 6), in order: row -> module."""
ROWS = {
    "P1": "rows.p1_products",
    "P2": "rows.p2_product",
    "P3": "rows.p3_queries",
    "P4": "rows.p4_last_page",
    "P5": "rows.p5_search",
    "P6": "rows.p6_idle_streams",
    "P7": "rows.p7_alert_queries",
    "P8": "rows.p8_event_latency",
    "P9": "rows.p9_checkout",
    "P10": "rows.p10_login_flood",
    "P11": "rows.p11_csv_export",
    "P12": "rows.p12_bundle",
    "P13": "rows.p13_lighthouse",
}
