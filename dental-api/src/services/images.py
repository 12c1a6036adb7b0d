"""Uploaded images: judged by content, re-encoded to WebP without metadata, stored under random names."""
import io
import secrets
import struct
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from .cpu import run_cpu_bound

UPLOAD_KINDS = ("products", "articles", "case-studies")
PUBLIC_PREFIX = "/static/uploads"
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
MAX_SIDE = 1600
# PNG and WebP are decoded whole (JPEG at a reduced scale, draft()): fewer pixels, so that one upload
# stays under 100 MB of worker memory (measured peaks: PNG ~12 bytes a pixel, WebP ~17).
WHOLE_DECODE_MAX_PIXELS = {"PNG": 6_000_000, "WEBP": 4_000_000}
SMOOTH_RESIZE_MODES = ("RGB", "RGBA", "L", "LA")
THUMBNAIL_SIDE = 400
WEBP_OPTIONS = {"format": "WEBP", "quality": 82, "method": 4}
# What a broken or hostile file makes Pillow raise while it decodes.
DECODE_ERRORS = (OSError, ValueError, SyntaxError, EOFError, IndexError, struct.error)


class ImageRejected(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class EncodedImage:
    image: bytes
    thumbnail: bytes
    width: int
    height: int


def save_upload(stream, kind, folder, max_bytes, max_pixels):
    """Check, re-encode and store an uploaded image; ImageRejected (nothing written) when refused."""
    if kind not in UPLOAD_KINDS:
        raise ValueError(f"unknown upload kind {kind!r}")
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ImageRejected(413, f"Fichier trop volumineux : {max_bytes // (1024 * 1024)} Mo au plus.")
    if not data:
        raise ImageRejected(422, "Le fichier est vide.")
    encoded = run_cpu_bound(encode_image, data, max_pixels)
    return store(encoded, kind, folder)


def encode_image(data, max_pixels):
    """JPEG, PNG or WebP bytes → WebP image (≤ MAX_SIDE) and thumbnail, upright, without metadata.

    Memory: the decoded image is turned upright and shrunk in place, before any mode conversion
    when its mode allows (measured: a 36-megapixel PNG cost 412 MB of worker memory with three
    full-size copies).
    """
    with _open(data, max_pixels) as original:
        original.draft("RGB", (MAX_SIDE, MAX_SIDE))
        try:
            original.load()
            ImageOps.exif_transpose(original, in_place=True)
        except DECODE_ERRORS:
            raise ImageRejected(422, "Image illisible ou tronquée.")
        image = _shrunk(original)
    thumbnail = image.copy()
    thumbnail.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    return EncodedImage(_webp(image), _webp(thumbnail), image.width, image.height)


def _shrunk(image):
    """RGB or RGBA, at most MAX_SIDE a side; resized first when the mode resizes well as it is."""
    target = "RGBA" if image.has_transparency_data else "RGB"
    if image.mode in SMOOTH_RESIZE_MODES:
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
        return image.convert(target) if image.mode != target else image.copy()
    image = image.convert(target)  # palette and 1-bit images resize by nearest neighbour only
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return image


def _open(data, max_pixels):
    """Open from the header only, refusing other formats and too many pixels before any decoding."""
    try:
        image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRejected(413, _too_many_pixels(max_pixels))
    except UnidentifiedImageError:
        raise ImageRejected(415, "Format non pris en charge : JPEG, PNG ou WebP uniquement.")
    except DECODE_ERRORS:
        raise ImageRejected(422, "Image illisible ou tronquée.")
    max_pixels = min(max_pixels, WHOLE_DECODE_MAX_PIXELS.get(image.format, max_pixels))
    if image.width * image.height > max_pixels:
        image.close()
        raise ImageRejected(413, _too_many_pixels(max_pixels))
    return image


def _too_many_pixels(max_pixels):
    return f"Image trop grande : {max_pixels // 1_000_000} mégapixels au plus."


def _webp(image):
    buffer = io.BytesIO()
    image.save(buffer, **WEBP_OPTIONS)
    return buffer.getvalue()


def store(encoded, kind, folder):
    """Write the image and its thumbnail under a random name; the answer gives their public URLs."""
    directory = Path(folder) / kind
    directory.mkdir(parents=True, exist_ok=True)
    name = secrets.token_hex(16)
    files = [(directory / f"{name}.webp", encoded.image),
             (directory / f"{name}-thumb.webp", encoded.thumbnail)]
    written = []
    try:
        for path, content in files:
            with open(path, "xb") as output:
                written.append(path)
                output.write(content)
    except OSError:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return {
        "url": f"{PUBLIC_PREFIX}/{kind}/{name}.webp",
        "thumbnail_url": f"{PUBLIC_PREFIX}/{kind}/{name}-thumb.webp",
        "width": encoded.width,
        "height": encoded.height,
    }
