"""Hostile uploads through nginx (hostile_stack): scripts dressed as images, truncated files and pixel
floods refused, polyglots stored as clean WebP, each within 2 s without a gunicorn worker's memory
growing by 100 MB; uploaded files served inert (nosniff and a sandboxing Content-Security-Policy).
"""
import io
import json
import struct
import time
import uuid
import zlib

import pytest
from PIL import Image

from hostile import admin_session
from loopback_stack import Response

pytestmark = pytest.mark.loopback

HTML = b"<!doctype html><html><body><script>alert(document.domain)</script></body></html>"
REFUSAL_SECONDS = 2
REFUSAL_MB = 100


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width, height, rgb=False):
    """A real PNG of black pixels, every row compressed (1-bit grey: 20000 × 20000 is ~50 KB)."""
    bit_depth, colour = (8, 2) if rgb else (1, 0)
    row = b"\x00" * (1 + (width * 3 if rgb else (width + 7) // 8))
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def multipart(content, filename, kind="products"):
    boundary = uuid.uuid4().hex
    body = b"".join([
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n{kind}\r\n".encode(),
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
        f"filename=\"{filename}\"\r\n".encode(),
        b"Content-Type: image/png\r\n\r\n", content, f"\r\n--{boundary}--\r\n".encode()])
    return body, f"multipart/form-data; boundary={boundary}"


def post_upload(stack, content, filename="image.png", token=None):
    body, content_type = multipart(content, filename)
    token = token or admin_session(stack)["access_token"]
    return stack.request("POST", "/api/admin/uploads", body=body, source="127.0.0.40",
                         headers={"Content-Type": content_type, "Authorization": f"Bearer {token}"})


def workers(stack):
    master = stack.processes["gunicorn"].pid
    return [int(pid) for pid in open(f"/proc/{master}/task/{master}/children").read().split()]


def memory_kb(pid, field):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def measured(stack, content, filename="image.png"):
    """(response, seconds, worst peak RSS growth of a worker in MB) for one upload; each worker's
    peak (VmHWM) is reset first (clear_refs 5), so the growth is this request's own."""
    token = admin_session(stack)["access_token"]
    before = {}
    for pid in workers(stack):
        with open(f"/proc/{pid}/clear_refs", "w") as handle:
            handle.write("5")
        before[pid] = memory_kb(pid, "VmRSS")
    started = time.monotonic()
    response = post_upload(stack, content, filename, token=token)
    elapsed = time.monotonic() - started
    growth = max(memory_kb(pid, "VmHWM") - rss for pid, rss in before.items()) / 1024
    return response, elapsed, growth


def hostile_upload(stack, name, content, filename="image.png"):
    """Upload `content`, answered within REFUSAL_SECONDS and raising no worker's peak memory by
    REFUSAL_MB (measured())."""
    response, elapsed, growth = measured(stack, content, filename)
    print(f"[uploads] {name} ({len(content):,} bytes): {response.status} in {elapsed * 1000:.0f} ms, "
          f"worker peak RSS +{growth:.1f} MB")
    assert elapsed <= REFUSAL_SECONDS, elapsed
    assert growth < REFUSAL_MB, growth
    return response


@pytest.fixture(scope="module", autouse=True)
def warm_workers(hostile_stack):
    """One small upload per worker first: the timings below are not a cold worker's imports."""
    for _ in range(4):
        assert post_upload(hostile_stack, png(32, 32, rgb=True)).status == 201


@pytest.mark.parametrize("width, height", [(20000, 20000), (30000, 30000), (65535, 1000)])
def test_pixel_floods_are_refused_fast_without_memory_growth(hostile_stack, width, height):
    response = hostile_upload(hostile_stack, f"flood {width} x {height}", png(width, height))
    assert response.status == 413, response.body[:300]
    assert "mégapixels" in response.json()["message"]


def encoded(format_, size, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, "teal").save(buffer, format_)
    return buffer.getvalue()


@pytest.mark.parametrize("format_, size, mode", [
    ("PNG", (2449, 2449), "RGBA"), ("WEBP", (2000, 2000), "RGBA"), ("JPEG", (7000, 5700), "RGB")])
def test_the_largest_accepted_images_stay_under_100_mb(hostile_stack, format_, size, mode):
    """Just under each format's pixel limit, decoded and re-encoded: the most an accepted upload
    costs (PNG and WebP are decoded whole: 6 and 4 megapixels; JPEG at a reduced scale: 40)."""
    response, elapsed, growth = measured(hostile_stack, encoded(format_, size, mode))
    print(f"[uploads] {format_} {size[0]} x {size[1]} {mode} accepted: {response.status} in "
          f"{elapsed * 1000:.0f} ms, worker peak RSS +{growth:.1f} MB")
    assert response.status == 201, response.body[:300]
    assert growth < 100


def test_a_polyglot_is_stored_clean_and_served_inert(hostile_stack):
    response = hostile_upload(hostile_stack, "PNG + HTML appended", png(64, 48, rgb=True) + HTML,
                              filename="page.html")
    assert response.status == 201, response.body[:300]
    for url in json.loads(response.body)["url"], json.loads(response.body)["thumbnail_url"]:
        served = hostile_stack.get(url)
        assert served.status == 200
        assert served.header("Content-Type") == "image/webp"
        assert served.body.startswith(b"RIFF") and b"<script" not in served.body
        assert served.header("X-Content-Type-Options") == "nosniff"
        csp = served.header("Content-Security-Policy")
        assert "sandbox" in csp and "default-src 'none'" in csp, csp
        assert served.count("Content-Security-Policy") == 1
        print(f"[uploads] served {url}: {len(served.body):,} bytes of WebP, CSP {csp}")


DRESSED_AS_IMAGES = {
    "GIF/JS polyglot": (b"GIF89a/*\x01\x00*/=1;alert(1);//", 415),
    "HTML page": (HTML, 415),
    "SVG with a script": (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 415),
    "truncated PNG": (png(640, 480, rgb=True)[:120], 422),
    "truncated WebP": (encoded("WEBP", (800, 600))[:200], 422),
}


@pytest.mark.parametrize("name", list(DRESSED_AS_IMAGES))
def test_scripts_dressed_as_images_are_refused(hostile_stack, name):
    content, status = DRESSED_AS_IMAGES[name]
    response = hostile_upload(hostile_stack, name, content)
    assert response.status == status, response.body[:200]
    assert isinstance(Response.json(response)["message"], str)
