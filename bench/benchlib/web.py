"""The front-end builds P12 and P13 compare: the storefront and the bare React app, built in the same job."""
import gzip
import re
import shutil
import subprocess
from pathlib import Path

from .paths import BENCH, CACHE, WEB

VITE = WEB / "node_modules" / ".bin" / "vite"
STOREFRONT_DIST = CACHE / "web-dist"
BARE_DIST = CACHE / "bare-app" / "dist"
# Strings only the admin code holds: its API and its live stock alerts.
ADMIN_MARKERS = (b"/api/admin", b"stock_alerts")


def build_storefront():
    """vite build of dental-website into bench/.cache (its own dist/ is left alone)."""
    subprocess.run([str(VITE), "build", "--outDir", str(STOREFRONT_DIST), "--emptyOutDir"], cwd=WEB,
                   check=True, capture_output=True)
    return STOREFRONT_DIST


def build_bare():
    """The bare app, copied beside a link to dental-website's node_modules, then built."""
    source = CACHE / "bare-app"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(BENCH / "bare-app", source)
    (source / "node_modules").symlink_to(WEB / "node_modules")
    subprocess.run([str(VITE), "build", "--emptyOutDir"], cwd=source, check=True, capture_output=True)
    return BARE_DIST


def gz(path):
    return len(gzip.compress(Path(path).read_bytes(), 9))


def initial(dist, suffix):
    """Files index.html loads at once: scripts and module preloads (.js), or stylesheets (.css)."""
    html = (dist / "index.html").read_text()
    found = re.findall(r'(?:src|href)="/([^"]+\.' + suffix + r')"', html)
    return [dist / name for name in dict.fromkeys(found)]


def sizes(dist):
    scripts = initial(dist, "js")
    admin = sum(gz(path) for path in scripts if any(marker in path.read_bytes() for marker in ADMIN_MARKERS))
    return {"js_gz": sum(gz(path) for path in scripts), "admin_gz": admin,
            "scripts": [path.name for path in scripts],
            "css_gz": sum(gz(path) for path in initial(dist, "css"))}
