"""Image uploads: judged by content, re-encoded to WebP, stored under random names, served inert."""
import io
import re
import struct
import time
import zlib

import pytest
from PIL import Image

from src.services import images

URL = re.compile(r"/static/uploads/(products|articles|case-studies)/([0-9a-f]{32})(-thumb)?\.webp")


@pytest.fixture
def admin(login_as):
    return login_as("admin")


def stored_files(folder):
    return sorted(path for path in folder.rglob("*") if path.is_file())


def image_bytes(format_, size=(640, 480), mode="RGB", **options):
    buffer = io.BytesIO()
    Image.new(mode, size, "teal" if mode != "1" else 1).save(buffer, format_, **options)
    return buffer.getvalue()


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header_only(width, height):
    """A tiny PNG that claims to be width × height: enough for a decompression bomb check."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * (1 + 3 * min(width, 1000)))
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", pixels)
            + png_chunk(b"IEND", b""))


def upload(client, headers, content, filename="photo.jpg", kind="articles", mimetype=None, **fields):
    data = {"file": (io.BytesIO(content), filename, mimetype), **fields}
    if kind is not None:
        data["kind"] = kind
    return client.post("/api/admin/uploads", data=data, headers=headers, content_type="multipart/form-data")


@pytest.mark.parametrize("format_, mode, kind", [
    ("JPEG", "RGB", "articles"), ("PNG", "RGBA", "products"), ("PNG", "P", "case-studies"),
    ("WEBP", "RGB", "products"),
])
def test_images_are_stored_as_webp_with_a_thumbnail(client, admin, upload_folder, format_, mode, kind):
    response = upload(client, admin, image_bytes(format_, mode=mode), kind=kind)
    assert response.status_code == 201
    body = response.json
    assert set(body) == {"url", "thumbnail_url", "width", "height"}
    url, thumbnail_url = URL.fullmatch(body["url"]), URL.fullmatch(body["thumbnail_url"])
    assert url and thumbnail_url and url[1] == kind and url[2] == thumbnail_url[2]
    assert (body["width"], body["height"]) == (640, 480)
    files = stored_files(upload_folder)
    folder = upload_folder / kind
    assert files == sorted([folder / f"{url[2]}.webp", folder / f"{url[2]}-thumb.webp"])
    with Image.open(files[0]) as thumbnail, Image.open(files[1]) as full:
        assert (full.format, full.size) == ("WEBP", (640, 480))
        assert (thumbnail.format, thumbnail.size) == ("WEBP", (400, 300))


def test_large_images_are_shrunk_to_1600_pixels(client, admin, upload_folder):
    body = upload(client, admin, image_bytes("PNG", size=(1000, 3200))).json
    assert (body["width"], body["height"]) == (500, 1600)
    with Image.open(upload_folder / body["thumbnail_url"].removeprefix("/static/uploads/")) as thumbnail:
        assert thumbnail.size == (125, 400)


def test_metadata_is_stripped_and_orientation_applied(client, admin, upload_folder):
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    exif[0x010F] = "Appareil secret"
    exif[0x0131] = "Logiciel secret"
    original = image_bytes("JPEG", size=(300, 200), exif=exif.tobytes(), comment=b"<?php echo 1; ?>")
    body = upload(client, admin, original).json
    assert (body["width"], body["height"]) == (200, 300)
    path = upload_folder / body["url"].removeprefix("/static/uploads/")
    with Image.open(path) as stored:
        assert not stored.getexif()
        assert not {"exif", "xmp", "icc_profile", "comment"} & set(stored.info)
    assert b"secret" not in path.read_bytes() and b"php" not in path.read_bytes()


def test_encoding_runs_through_the_cpu_pool(client, admin, upload_folder, monkeypatch):
    calls = []

    def spy(function, *args, **kwargs):
        calls.append(function)
        return function(*args, **kwargs)

    monkeypatch.setattr(images, "run_cpu_bound", spy)
    assert upload(client, admin, image_bytes("JPEG")).status_code == 201
    assert calls == [images.encode_image]


def test_client_filename_never_reaches_the_disk(client, admin, upload_folder):
    response = upload(client, admin, image_bytes("PNG"), filename="../../evil.php.png")
    assert response.status_code == 201
    assert "evil" not in response.json["url"]
    assert all(URL.fullmatch(f"/static/uploads/{path.relative_to(upload_folder).as_posix()}")
               for path in stored_files(upload_folder))
    assert not list(upload_folder.parent.rglob("*evil*"))


def truncated_jpeg():
    data = image_bytes("JPEG", size=(800, 600), quality=95)
    return data[: len(data) // 2]


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"
PHP = b"<?php system($_GET['cmd']); ?>"


@pytest.mark.parametrize("content, filename, mimetype, status", [
    (SVG, "logo.svg", "image/svg+xml", 415),
    (HTML, "page.html", "text/html", 415),
    (PHP, "shell.png", "image/png", 415),
    (b"GIF89a" + PHP, "shell.gif", "image/gif", 415),
    (image_bytes("GIF"), "anime.gif", "image/gif", 415),
    (image_bytes("BMP", size=(64, 48)), "scan.png", "image/png", 415),
    (truncated_jpeg(), "coupee.jpg", "image/jpeg", 422),
    (image_bytes("PNG")[:60], "coupee.png", "image/png", 422),
    (b"", "vide.jpg", "image/jpeg", 422),
    (png_header_only(20000, 20000), "bombe.png", "image/png", 413),
    (png_header_only(8000, 6000), "grande.png", "image/png", 413),
    (png_header_only(12000, 12000), "bombe2.png", "image/png", 413),
])
def test_refused_files_leave_nothing_behind(client, admin, upload_folder, content, filename, mimetype,
                                            status):
    started = time.perf_counter()
    response = upload(client, admin, content, filename=filename, mimetype=mimetype)
    assert response.status_code == status
    assert set(response.json) == {"message"}
    assert time.perf_counter() - started < 2
    assert stored_files(upload_folder) == []


def test_a_real_compressed_bomb_is_refused_before_decoding(client, admin, upload_folder):
    width, height = 7000, 6000
    row = b"\x00" + b"\x00" * (width // 8)
    bomb = (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + png_chunk(b"IDAT", zlib.compress(row * height, 9)) + png_chunk(b"IEND", b""))
    assert len(bomb) < 100_000
    response = upload(client, admin, bomb, filename="bombe.png")
    assert response.status_code == 413
    assert "mégapixels" in response.json["message"]
    assert stored_files(upload_folder) == []


def multipart_body(content, boundary="limite"):
    """Built in memory: the test client would spool a large body to a file it never closes."""
    return b"".join([
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\narticles\r\n".encode(),
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"gros.jpg\"\r\n".encode(),
        b"Content-Type: image/jpeg\r\n\r\n", content, f"\r\n--{boundary}--\r\n".encode(),
    ])


def test_oversize_bodies_are_413_json(client, admin, upload_folder, app):
    limit = app.config["MAX_UPLOAD_MB"] * 1024 * 1024
    for size in (limit + 1, limit + 2 * 1024 * 1024):
        response = client.post("/api/admin/uploads", data=multipart_body(b"\xff\xd8" + b"\x00" * size),
                               content_type="multipart/form-data; boundary=limite", headers=admin)
        assert response.status_code == 413
        assert response.is_json and response.json["message"]
    assert stored_files(upload_folder) == []


@pytest.mark.parametrize("fields, error", [
    ({"kind": "avatars"}, "kind"),
    ({"kind": "../products"}, "kind"),
    ({"kind": None}, "kind"),
    ({"kind": "articles", "legende": "x"}, "legende"),
])
def test_bad_kind_or_extra_fields_are_422(client, admin, upload_folder, fields, error):
    response = upload(client, admin, image_bytes("PNG"), **fields)
    assert response.status_code == 422
    assert error in response.json["errors"]
    assert stored_files(upload_folder) == []


def test_missing_file_is_422(client, admin, upload_folder):
    as_text = client.post("/api/admin/uploads", data={"kind": "articles", "file": "pas un fichier"},
                          headers=admin, content_type="multipart/form-data")
    assert as_text.status_code == 422
    assert "file" in as_text.json["errors"]
    as_json = client.post("/api/admin/uploads", json={"kind": "articles"}, headers=admin)
    assert as_json.status_code == 422
    assert "file" in as_json.json["errors"]
    raw = client.post("/api/admin/uploads", data=image_bytes("PNG"), content_type="image/png", headers=admin)
    assert raw.status_code == 415
    assert stored_files(upload_folder) == []


def test_only_admins_upload(client, login_as, upload_folder):
    anonymous = upload(client, {}, image_bytes("PNG"))
    assert anonymous.status_code == 401
    refused = upload(client, login_as("client"), image_bytes("PNG"))
    assert refused.status_code == 403
    assert stored_files(upload_folder) == []


def test_uploaded_files_are_served_inert_and_cached(client, admin, upload_folder):
    body = upload(client, admin, image_bytes("JPEG")).json
    for url in (body["url"], body["thumbnail_url"]):
        response = client.get(url)
        assert response.status_code == 200
        assert response.mimetype == "image/webp"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Content-Security-Policy"] == "default-src 'none'; sandbox"
        assert {"public", "max-age=31536000", "immutable"} <= {
            part.strip() for part in response.headers["Cache-Control"].split(",")}
        assert response.get_data().startswith(b"RIFF")
        response.close()


@pytest.mark.parametrize("path", [
    "/static/uploads/../config.py",
    "/static/uploads/%2e%2e/%2e%2e/src/config.py",
    "/static/uploads/..%2f..%2fsrc%2fconfig.py",
    "/static/uploads/articles/inconnu.webp",
])
def test_served_paths_stay_in_the_upload_folder(client, upload_folder, path):
    (upload_folder.parent / "config.py").write_text("SECRET = 1")
    try:
        response = client.get(path)
        assert response.status_code == 404
        assert response.json == {"message": "Ressource introuvable."}
    finally:
        (upload_folder.parent / "config.py").unlink()
