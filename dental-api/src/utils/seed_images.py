"""Seed pictures drawn with Pillow, no downloads: a soft medical gradient behind a flat drawing."""
import math
import os
import threading
import zlib
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from PIL import Image, ImageDraw, ImageFont

from .seed_drawings import ANGLES, SUBJECTS, WHITE, Pen, mix

PRODUCT_SIZE = (800, 800)
BANNER_SIZE = (1200, 630)
THUMB_SIZE = 400
# Drawn at twice the size and then halved: smooth edges for the price of one fast reduce().
SCALE = 2
# Flat drawings: lossless WebP is both smaller and several times faster to encode than lossy here.
WEBP_OPTIONS = {"lossless": True, "quality": 20, "method": 1}

# (gradient top, gradient bottom, accent)
PALETTES = (
    ((232, 247, 245), (178, 226, 221), (15, 118, 110)),
    ((236, 245, 255), (190, 215, 244), (29, 78, 216)),
    ((242, 248, 251), (204, 226, 237), (14, 116, 144)),
    ((238, 251, 247), (196, 236, 226), (4, 120, 87)),
)
BEFORE_PALETTE = ((245, 240, 230), (214, 205, 188), (15, 118, 110))


def render(subject, size, key, initials=None):
    """The picture of a subject (a SUBJECTS key) at size; key picks the palette deterministically."""
    palette = 0 if subject == "tooth-before" else 1 + zlib.crc32(key.encode()) % len(PALETTES)
    top, bottom, accent = BEFORE_PALETTE if palette == 0 else PALETTES[palette - 1]
    image = _background(size, palette).copy()
    width, height = image.size
    cx, cy, unit = _layout(width, height)
    angle = ANGLES.get(subject, 0)
    draw = ImageDraw.Draw(image)
    shadow = Pen(draw, cx + 2.5 * unit, cy + 3 * unit, unit, angle, colors=mix(bottom, accent, 0.25))
    SUBJECTS[subject](shadow, accent)
    SUBJECTS[subject](Pen(draw, cx, cy, unit, angle), accent)
    if initials:
        _badge(draw, width, height, initials, accent)
    return image.reduce(SCALE)


def _layout(width, height):
    if width > height:
        return width * 0.68, height / 2, height / 150
    return width / 2, height / 2, height / 135


@lru_cache(maxsize=16)
def _background(size, palette):
    top, bottom, _accent = BEFORE_PALETTE if palette == 0 else PALETTES[palette - 1]
    width, height = size[0] * SCALE, size[1] * SCALE
    ramp = Image.linear_gradient("L").resize((1, height))
    channels = [ramp.point([round(a + (b - a) * value / 255) for value in range(256)])
                for a, b in zip(top, bottom)]
    image = Image.merge("RGB", channels).resize((width, height), Image.Resampling.NEAREST)
    draw = ImageDraw.Draw(image)
    cx, cy, unit = _layout(width, height)
    halo = 52 * unit
    draw.ellipse((cx - halo, cy - halo, cx + halo, cy + halo), fill=mix(top, WHITE, 0.55))
    draw.ellipse((cx - 40 * unit, cy + 50 * unit, cx + 40 * unit, cy + 57 * unit), fill=mix(bottom, top, 0.3))
    if width > height:
        for index, radius in enumerate((0.42, 0.3, 0.18)):
            extent = height * radius
            draw.ellipse((width * 0.12 - extent, height * 0.78 - extent, width * 0.12 + extent,
                          height * 0.78 + extent), fill=mix(top, bottom, 0.25 + index * 0.2))
    cross = 4 * unit
    for x, y in ((0.1, 0.12), (0.9, 0.14), (0.08, 0.9)):
        px, py = width * x, height * y
        draw.rectangle((px - cross, py - cross / 3, px + cross, py + cross / 3), fill=mix(top, WHITE, 0.6))
        draw.rectangle((px - cross / 3, py - cross, px + cross / 3, py + cross), fill=mix(top, WHITE, 0.6))
    return image


def _badge(draw, width, height, initials, accent):
    font = ImageFont.load_default(size=round(height * 0.045))
    left, top_, right, bottom_ = draw.textbbox((0, 0), initials, font=font)
    pad = height * 0.022
    x1, y1 = width - height * 0.05, height - height * 0.05
    x0, y0 = x1 - (right - left) - 2 * pad, y1 - (bottom_ - top_) - 2 * pad
    draw.rounded_rectangle((x0, y0, x1, y1), radius=(y1 - y0) / 2, fill=WHITE)
    draw.text((x0 + pad - left, y0 + pad - top_), initials, font=font, fill=accent)


class ImageJob(NamedTuple):
    kind: str  # the uploads folder: products, articles or case-studies
    name: str
    subject: str
    size: tuple
    initials: str | None = None

    @property
    def filename(self):
        return f"seed-{self.name}.webp"

    @property
    def url(self):
        return f"/static/uploads/{self.kind}/{self.filename}"


def ensure_images(upload_folder, jobs):
    """Draw each job's picture (and its thumbnail) that is missing on disk; answer {job: url}."""
    missing = [job for job in jobs if not (Path(upload_folder) / job.kind / job.filename).exists()]
    # Pillow releases the GIL while it encodes and resizes: threads keep a first seed short.
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        list(pool.map(lambda job: _write(Path(upload_folder) / job.kind, job), missing))
    return {job: job.url for job in jobs}


def _write(folder, job):
    folder.mkdir(parents=True, exist_ok=True)
    image = render(job.subject, job.size, job.name, job.initials)
    thumbnail = image.reduce(math.ceil(max(image.size) / THUMB_SIZE))
    thumbnail.save(folder / f"seed-{job.name}-thumb.webp", "WEBP", **WEBP_OPTIONS)
    # Saved under a temporary name first: an interrupted run never leaves half an image behind.
    partial = folder / f".{job.filename}.{threading.get_ident()}.tmp"
    image.save(partial, "WEBP", **WEBP_OPTIONS)
    partial.replace(folder / job.filename)


def initials_of(brand):
    """'Dentsply Sirona' -> 'DS', 'W&H' -> 'WH', '3M' -> '3M', 'Kerr' -> 'K'."""
    words = (brand or "").replace("-", " ").replace("&", " ").split()
    if len(words) == 1 and len(words[0]) <= 3:
        return words[0].upper()
    return "".join(word[0] for word in words[:2]).upper() or None
