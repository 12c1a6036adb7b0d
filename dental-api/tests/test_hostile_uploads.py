"""Hostile uploads: polyglots, scripts dressed as images, truncated files and pixel floods.

"Refused" means one of two things, and never a third: the upload is refused (415, 422, 413, nothing
written), or its image decodes and is re-encoded to a fresh WebP, so the stored file holds pixels only
(no byte of the original: no trailing HTML, no comment, no metadata chunk). Either way the answer comes
within 2 s and costs less than 100 MB of memory (hostile_upload).
"""
import struct
import time
import zlib

import pytest
from PIL import Image

from .test_uploads import image_bytes, png_chunk, stored_files, upload

SCRIPT = b"<script>alert(document.domain)</script>"
HTML_PAGE = b"<!doctype html><html><body>" + SCRIPT + b"</body></html>"
MARKERS = (b"<script", b"<html", b"alert(", b"<?php", b"<svg")
REFUSAL_SECONDS = 2
REFUSAL_MB = 100


@pytest.fixture
def admin(login_as):
    return login_as("admin")


def memory_kb(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise LookupError(field)


def hostile_upload(client, admin, name, content, **fields):
    """Upload `content`, answered within REFUSAL_SECONDS and raising this process's peak memory by less
    than REFUSAL_MB. The peak (VmHWM) is reset first (clear_refs 5), so the growth is this request's
    own, not measured against an earlier, higher peak of the session."""
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")
    before = memory_kb("VmRSS")
    started = time.perf_counter()
    response = upload(client, admin, content, **fields)
    elapsed = time.perf_counter() - started
    growth_mb = (memory_kb("VmHWM") - before) / 1024
    print(f"[uploads] {name} ({len(content):,} bytes): {response.status_code} in {elapsed * 1000:.0f} ms, "
          f"peak RSS +{growth_mb:.1f} MB")
    assert elapsed <= REFUSAL_SECONDS, elapsed
    assert growth_mb < REFUSAL_MB, growth_mb
    return response


def png_with_text_chunk(text):
    data = image_bytes("PNG", size=(64, 48))
    return data[:33] + png_chunk(b"tEXt", b"Comment\x00" + text) + data[33:]


def jpeg_with_comment(text):
    data = image_bytes("JPEG", size=(64, 48))
    return data[:2] + b"\xff\xfe" + struct.pack(">H", len(text) + 2) + text + data[2:]


DECODABLE_POLYGLOTS = {
    "JPEG + HTML appended": image_bytes("JPEG", size=(64, 48)) + HTML_PAGE,
    "PNG + HTML appended": image_bytes("PNG", size=(64, 48)) + HTML_PAGE,
    "WebP + HTML appended": image_bytes("WEBP", size=(64, 48)) + HTML_PAGE,
    "PNG with HTML in a tEXt chunk": png_with_text_chunk(HTML_PAGE),
    "JPEG with HTML in a comment": jpeg_with_comment(HTML_PAGE),
}

REFUSED = {
    "GIF/JS polyglot": (b"GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=1;alert(document.domain);//;", 415),
    "SVG with a script": (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 415),
    "SVG behind an XML declaration": (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
                                      + SCRIPT + b"</svg>", 415),
    "HTML page": (HTML_PAGE, 415),
    "HTML behind a UTF-8 BOM": (b"\xef\xbb\xbf" + HTML_PAGE, 415),
    "PDF": (b"%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\n%%EOF", 415),
    "JPEG magic then HTML": (b"\xff\xd8\xff\xe0" + HTML_PAGE, 422),
    "PNG signature then HTML": (b"\x89PNG\r\n\x1a\n" + HTML_PAGE, 422),
    "truncated PNG": (image_bytes("PNG")[:100], 422),
    "truncated WebP": (image_bytes("WEBP", size=(800, 600))[:200], 422),
}


@pytest.mark.parametrize("name", list(DECODABLE_POLYGLOTS))
def test_decodable_polyglots_are_stored_as_clean_webp(client, admin, upload_folder, name):
    response = hostile_upload(client, admin, name, DECODABLE_POLYGLOTS[name], filename="photo.html")
    assert response.status_code == 201, response.json
    files = stored_files(upload_folder)
    assert len(files) == 2
    for path in files:
        data = path.read_bytes()
        assert data.startswith(b"RIFF") and data[8:12] == b"WEBP"
        assert not any(marker in data.lower() for marker in MARKERS), path
        with Image.open(path) as image:
            assert image.format == "WEBP" and not image.info.get("exif") and not image.info.get("xmp")


@pytest.mark.parametrize("name", list(REFUSED))
def test_scripts_and_broken_files_are_refused(client, admin, upload_folder, name):
    content, status = REFUSED[name]
    response = hostile_upload(client, admin, name, content, filename="image.jpg", mimetype="image/jpeg")
    assert response.status_code == status, response.json
    assert stored_files(upload_folder) == []


def real_png_flood(side):
    """A genuine side × side 1-bit PNG (every row compressed): ~{side²/8} bytes once decoded to 1 bit,
    3·side² as RGB."""
    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", idat)
            + png_chunk(b"IEND", b""))


def jpeg_header_claiming(width, height):
    """A JPEG whose frame header claims width × height, followed by next to no data."""
    data = bytearray(image_bytes("JPEG", size=(16, 16)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


FLOODS = {
    "PNG 20000 × 20000 (real, 1 bit)": real_png_flood(20000),
    "JPEG header claiming 20000 × 20000": jpeg_header_claiming(20000, 20000),
    "JPEG header claiming 65000 × 65000": jpeg_header_claiming(65000, 65000),
}


@pytest.mark.parametrize("name", list(FLOODS))
def test_pixel_floods_are_refused_fast_and_small(client, admin, upload_folder, name):
    """Refused before decoding: the flood decoded would be 1.2 GB as RGB."""
    response = hostile_upload(client, admin, name, FLOODS[name], filename="plan.png")
    assert response.status_code == 413, response.json
    assert "mégapixels" in response.json["message"]
    assert stored_files(upload_folder) == []


def test_the_served_file_of_a_polyglot_is_inert(client, admin, upload_folder):
    body = upload(client, admin, DECODABLE_POLYGLOTS["JPEG + HTML appended"], filename="x.html").json
    response = client.get(body["url"])
    assert response.mimetype == "image/webp"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response.headers["Content-Security-Policy"]
    assert b"<script" not in response.get_data()
    print(f"[uploads] served {response.mimetype}, CSP {response.headers['Content-Security-Policy']}")
    response.close()


def test_the_floods_are_small_on_the_wire():
    assert all(len(content) < 1_000_000 for content in FLOODS.values())


@pytest.mark.parametrize("format_, size, status", [
    ("PNG", (2449, 2449), 201), ("PNG", (2500, 2500), 413),
    ("WEBP", (2000, 2000), 201), ("WEBP", (2100, 2000), 413),
])
def test_formats_decoded_whole_have_lower_pixel_limits(client, admin, upload_folder, format_, size, status):
    """PNG and WebP cannot be decoded at a reduced scale as JPEG can: 6 and 4 megapixels at most,
    so that one accepted upload stays under 100 MB of worker memory (infra/tests/test_hostile_uploads.py
    measures it through nginx)."""
    response = upload(client, admin, image_bytes(format_, size=size), filename="grande.png")
    assert response.status_code == status, response.json
