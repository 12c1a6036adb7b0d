"""P13 Lighthouse 12.2.3 mobile ×3 on /, /produits and a product page served by nginx, with the bare app."""
import json
import os
import subprocess
import urllib.request

from benchlib import machine, paths, web
from benchlib.result import Line
from benchlib.static_server import serving

LIGHTHOUSE = paths.CACHE / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
SCRIPT = paths.WEB / "scripts" / "lighthouse.mjs"
SCORES = ("performance", "accessibility", "best_practices", "seo")
COMMAND = "node dental-website/scripts/lighthouse.mjs --runs 3 (Lighthouse 12.2.3, mobile preset, medians)"


def lighthouse(base, pages, insecure):
    cmd = ["node", str(SCRIPT), "--base", base, "--runs", "3", *(["--insecure"] if insecure else []), *pages]
    env = dict(os.environ, LIGHTHOUSE_BIN=str(LIGHTHOUSE))
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:  # the table's line says why (no chromium, a page that did not load, ...)
        raise RuntimeError(f"lighthouse exited {done.returncode}: {done.stderr.strip()[-300:]}")
    return json.loads(done.stdout)["pages"]


DRAW_SEED_PICTURES = ("import sys\n"
                      "from src.utils.seed import picture_jobs\n"
                      "from src.utils.seed_images import ensure_images\n"
                      "ensure_images(sys.argv[1], picture_jobs().values())\n")


def draw_seed_pictures(ctx):
    """The data set was seeded elsewhere: draw the catalogue's pictures into this stack's upload
    folder, so the pages measured show their photos as a seeded shop does (not 404s)."""
    folder = ctx.bench.stack.tmp / "uploads"
    subprocess.run([str(paths.VENV_BIN / "python"), "-c", DRAW_SEED_PICTURES, str(folder)],
                   cwd=paths.API, check=True, capture_output=True)
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def product_path(ctx):
    url = ctx.bench.api + "/api/products?per_page=1&sort=rating"
    with urllib.request.urlopen(url, timeout=30) as response:
        return "/produits/" + json.loads(response.read())["items"][0]["slug"]


def line(path, result, bare):
    scores = "/".join(str(result[name]) for name in SCORES)
    ok = (result["performance"] >= 95 and result["lcp_ms"] <= 2000 and result["tbt_ms"] <= 200
          and result["cls"] <= 0.05 and min(result[name] for name in SCORES[1:]) >= 95)
    return Line("P13", f"Lighthouse {path} (perf/a11y/bp/seo)",
                f"{scores}; LCP {result['lcp_ms']} ms, TBT {result['tbt_ms']} ms, CLS {result['cls']}",
                f"{bare['performance']}; LCP {bare['lcp_ms']} ms, TBT {bare['tbt_ms']} ms (bare)",
                f"perf {result['performance'] - bare['performance']:+.0f} vs bare",
                "≥ 95 each, LCP ≤ 2 s, TBT ≤ 200 ms, CLS ≤ 0.05", ok, COMMAND)


def run(ctx):
    if not web.BARE_DIST.joinpath("index.html").exists():
        ctx.progress("vite build: bare app")
        web.build_bare()
    ctx.progress("Lighthouse ×3: bare app")
    with serving(web.BARE_DIST) as bare_base:
        bare = lighthouse(bare_base, ["/"], insecure=False)["/"]
    ctx.progress("drawing the catalogue's pictures")
    draw_seed_pictures(ctx)
    machine.wait_until_quiet(ctx.progress)
    pages = ["/", "/produits", product_path(ctx)]
    ctx.progress(f"Lighthouse ×3: storefront {', '.join(pages)}")
    results = lighthouse(ctx.bench.site, pages, insecure=True)
    return [line(path, results[path], bare) for path in pages]
