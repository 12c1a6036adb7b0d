"""P12 vite build: gzip JavaScript and CSS loaded on /, against a bare React 19 + react-router app."""
from benchlib import web
from benchlib.result import Line

JS_KB, JS_RATIO, CSS_KB = 150, 1.5, 25
COMMAND = ("vite build of dental-website and of bench/bare-app into bench/.cache; gzip -9 of the scripts, "
           "module preloads and stylesheets index.html loads")


def run(ctx):
    ctx.progress("vite build: bare app")
    bare = web.sizes(web.build_bare())
    ctx.progress("vite build: storefront")
    shop = web.sizes(web.build_storefront())
    ctx.figures["P12"] = (shop, bare)
    js, base = shop["js_gz"] / 1024, bare["js_gz"] / 1024
    css, admin = shop["css_gz"] / 1024, shop["admin_gz"]
    return [
        Line("P12", f"JS gz loaded on / ({len(shop['scripts'])} files)", f"{js:.1f} kB",
             f"{base:.1f} kB (bare)", f"{js / base:.2f}×", f"≤ {JS_KB} kB, ≤ {JS_RATIO}×",
             js <= JS_KB and js / base <= JS_RATIO, COMMAND),
        Line("P12", "admin code in the scripts loaded on /", f"{admin} B", "—", f"{admin} B", "0 B",
             admin == 0, COMMAND + "; admin = files holding /api/admin or stock_alerts"),
        Line("P12", "CSS gz loaded on /", f"{css:.1f} kB", f"{bare['css_gz'] / 1024:.1f} kB (bare)",
             f"{css:.1f} kB", f"≤ {CSS_KB} kB", css <= CSS_KB, COMMAND),
    ]
