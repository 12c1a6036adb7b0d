"""Flat drawings of the seed pictures' subjects (tooth, syringe, mirror, box …) in object units."""
import math

WHITE = (255, 255, 255)
STEEL = (148, 163, 184)
STEEL_DARK = (100, 116, 139)
ISO_COLORS = ((250, 204, 21), (239, 68, 68), (59, 130, 246))


def mix(color, other, share):
    return tuple(round(a + (b - a) * share) for a, b in zip(color, other))


class Pen:
    """Draws in object units (about -50..50) around an origin, optionally rotated."""

    def __init__(self, draw, cx, cy, unit, angle=0.0, colors=None):
        self.draw, self.cx, self.cy, self.unit = draw, cx, cy, unit
        self.cos, self.sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        self.colors = colors

    def point(self, x, y):
        return (self.cx + (x * self.cos - y * self.sin) * self.unit,
                self.cy + (x * self.sin + y * self.cos) * self.unit)

    def paint(self, color):
        return self.colors or color

    def poly(self, points, color):
        self.draw.polygon([self.point(x, y) for x, y in points], fill=self.paint(color))

    def rect(self, x0, y0, x1, y1, color, radius=0):
        self.poly(_rounded_rect(x0, y0, x1, y1, radius), color)

    def circle(self, x, y, radius, color):
        px, py = self.point(x, y)
        size = radius * self.unit
        self.draw.ellipse((px - size, py - size, px + size, py + size), fill=self.paint(color))

    def line(self, points, color, width):
        self.draw.line([self.point(x, y) for x, y in points], fill=self.paint(color),
                       width=max(1, round(width * self.unit)), joint="curve")

    def sparkle(self, x, y, size, color):
        self.poly([(x, y - size), (x + size / 4, y - size / 4), (x + size, y), (x + size / 4, y + size / 4),
                   (x, y + size), (x - size / 4, y + size / 4), (x - size, y), (x - size / 4, y - size / 4)],
                  color)


def _rounded_rect(x0, y0, x1, y1, radius):
    radius = min(radius, (x1 - x0) / 2, (y1 - y0) / 2)
    if radius <= 0:
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    points = []
    corners = ((x1 - radius, y0 + radius, -90), (x1 - radius, y1 - radius, 0),
               (x0 + radius, y1 - radius, 90), (x0 + radius, y0 + radius, 180))
    for cx, cy, start in corners:
        for step in range(7):
            angle = math.radians(start + step * 15)
            points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def draw_tooth(pen, accent, roots=True, color=WHITE):
    pen.circle(-15, -27, 16, color)
    pen.circle(15, -27, 16, color)
    pen.rect(-30, -28, 30, 10, color, radius=12)
    if roots:
        pen.poly([(-29, 4), (-5, 4), (-10, 40), (-22, 42)], color)
        pen.poly([(5, 4), (29, 4), (22, 42), (10, 40)], color)
        pen.circle(-16, 41, 6, color)
        pen.circle(16, 41, 6, color)
    pen.rect(-22, -30, -14, -12, mix(accent, WHITE, 0.82), radius=4)


def draw_syringe(pen, accent):
    pen.rect(-3, -52, 3, -30, STEEL)
    pen.rect(-13, -57, 13, -51, STEEL_DARK, radius=2)
    pen.rect(-19, -33, 19, -28, STEEL, radius=2)
    pen.rect(-10, -30, 10, 30, WHITE, radius=3)
    pen.rect(-7, -2, 7, 27, mix(accent, WHITE, 0.55), radius=2)
    for y in range(-24, 27, 8):
        pen.rect(-10, y, -3, y + 1.6, accent)
    pen.rect(-5, 30, 5, 37, accent, radius=1)
    pen.rect(-1, 37, 1, 58, STEEL_DARK)


def draw_mirror(pen, accent):
    pen.rect(-5, -8, 5, 56, STEEL, radius=5)
    for y in range(6, 46, 6):
        pen.rect(-5, y, 5, y + 2, STEEL_DARK)
    pen.rect(-2.5, -28, 2.5, -6, STEEL_DARK)
    pen.circle(0, -40, 17, STEEL_DARK)
    pen.circle(0, -40, 14, mix(accent, WHITE, 0.7))
    pen.circle(-5, -45, 4, WHITE)


def draw_scaler(pen, accent):
    pen.rect(-6, -34, 6, 34, STEEL, radius=6)
    for y in (-22, -12, -2, 8, 18):
        pen.rect(-6, y, 6, y + 3, accent)
    pen.line([(0, -34), (0, -46), (7, -54), (4, -60)], STEEL_DARK, 2.4)
    pen.line([(0, 34), (0, 46), (-7, 54), (-4, 60)], STEEL_DARK, 2.4)


def draw_handpiece(pen, accent):
    pen.rect(-8, -6, 8, 58, WHITE, radius=8)
    pen.rect(-8, 40, 8, 45, accent)
    pen.poly([(-6, -4), (6, -4), (-4, -34), (-14, -30)], STEEL)
    pen.circle(-14, -38, 11, WHITE)
    pen.circle(-14, -38, 5, mix(accent, WHITE, 0.6))
    pen.line([(-22, -41), (-32, -45)], STEEL_DARK, 2)


def draw_lamp(pen, accent):
    pen.poly([(-14, -38), (10, -58), (18, -48), (-6, -28)], mix(accent, WHITE, 0.75))
    pen.rect(-8, -36, 8, 56, WHITE, radius=8)
    pen.rect(-8, -36, 8, -26, STEEL_DARK, radius=3)
    pen.circle(0, 6, 4, accent)
    pen.rect(-8, 44, 8, 48, accent)


def draw_box(pen, accent):
    pen.poly([(-34, -20), (-22, -32), (38, -32), (26, -20)], mix(accent, WHITE, 0.85))
    pen.poly([(26, -20), (38, -32), (38, 22), (26, 34)], mix(accent, WHITE, 0.6))
    pen.rect(-34, -20, 26, 34, WHITE)
    pen.rect(-34, -6, 26, 12, accent)
    pen.rect(-10, -2, -4, 8, WHITE)
    pen.rect(-12, 0, -2, 6, WHITE)


def draw_bottle(pen, accent):
    pen.rect(-20, -10, 20, 46, WHITE, radius=8)
    pen.rect(-20, 6, 20, 30, mix(accent, WHITE, 0.55))
    pen.rect(-8, -21, 8, -9, STEEL)
    pen.poly([(-12, -35), (14, -35), (22, -27), (14, -20), (-12, -20)], accent)
    pen.rect(22, -30, 28, -25, STEEL_DARK)
    for x, y, radius in ((35, -28, 2), (41, -32, 1.6), (41, -23, 1.4)):
        pen.circle(x, y, radius, mix(accent, WHITE, 0.4))


def draw_files(pen, accent):
    for offset, handle in zip((-22, 0, 22), ISO_COLORS):
        pen.rect(offset - 8, -52, offset + 8, -22, handle, radius=4)
        pen.rect(offset - 5, -22, offset + 5, -18, STEEL_DARK)
        left, right = [], []
        for step in range(15):
            y = -18 + step * 4.8
            width = 3.2 * (1 - step / 16) + (0.9 if step % 2 else 0)
            left.append((offset - width, y))
            right.append((offset + width, y))
        pen.poly(left + [(offset, 54)] + right[::-1], STEEL)


def draw_burs(pen, accent):
    for offset, ring in zip((-20, 0, 20), ((37, 99, 235), (220, 38, 38), (22, 163, 74))):
        pen.rect(offset - 3, -8, offset + 3, 50, STEEL, radius=1.5)
        pen.rect(offset - 3, 4, offset + 3, 8, ring)
        pen.poly([(offset - 6, -8), (offset + 6, -8), (offset + 2, -40), (offset - 2, -40)], STEEL_DARK)
        pen.circle(offset, -40, 2.2, STEEL_DARK)


def draw_brackets(pen, accent):
    for x in (-27, 0, 27):
        pen.rect(x - 12, -24, x + 12, 24, WHITE, radius=9)
    pen.rect(-44, -2, 44, 2, STEEL_DARK)
    for x in (-27, 0, 27):
        pen.rect(x - 6, -6, x + 6, 6, STEEL, radius=2)
        pen.rect(x - 2, -8, x + 2, 8, accent)


def draw_implant(pen, accent):
    draw_tooth(pen, accent, roots=False)
    pen.poly([(-9, 10), (9, 10), (6, 18), (-6, 18)], STEEL)
    pen.rect(-9, 18, 9, 50, STEEL, radius=2)
    for y in range(20, 48, 6):
        pen.poly([(-12, y), (12, y - 2), (12, y + 1), (-12, y + 3)], STEEL_DARK)
    pen.poly([(-9, 50), (9, 50), (0, 58)], STEEL)


def draw_xray(pen, accent):
    pen.rect(-44, -34, 44, 34, (30, 41, 59), radius=8)
    pen.rect(-40, -30, 40, 30, (51, 65, 85), radius=6)
    inner = Pen(pen.draw, *pen.point(-14, -2), pen.unit * 0.45, colors=pen.colors)
    draw_tooth(inner, (51, 65, 85), color=(203, 213, 225))
    inner = Pen(pen.draw, *pen.point(16, -2), pen.unit * 0.45, colors=pen.colors)
    draw_tooth(inner, (51, 65, 85), color=(226, 232, 240))


def draw_crown(pen, accent):
    pen.poly([(-16, 6), (16, 6), (11, 36), (-11, 36)], mix(accent, WHITE, 0.45))
    draw_tooth(pen, accent, roots=False)
    pen.rect(-30, 4, 30, 9, (234, 179, 8), radius=2)


def draw_brush(pen, accent):
    pen.rect(-5, -20, 5, 58, accent, radius=5)
    pen.rect(-7, -52, 7, -18, WHITE, radius=4)
    for y in range(-50, -22, 6):
        pen.rect(-16, y, -7, y + 3.5, mix(accent, WHITE, 0.55), radius=1.5)


def draw_autoclave(pen, accent):
    pen.rect(-44, -32, 44, 34, WHITE, radius=8)
    pen.rect(-36, 34, -28, 40, STEEL_DARK)
    pen.rect(28, 34, 36, 40, STEEL_DARK)
    pen.circle(-12, 1, 22, STEEL)
    pen.circle(-12, 1, 16, mix(STEEL, WHITE, 0.5))
    pen.rect(16, -22, 36, 24, mix(accent, WHITE, 0.8), radius=4)
    pen.rect(19, -18, 33, -8, accent, radius=2)
    for y in (2, 12):
        pen.circle(22, y, 2.6, accent)
        pen.circle(30, y, 2.6, STEEL_DARK)


def draw_tooth_before(pen, accent):
    draw_tooth(pen, accent, color=(238, 226, 190))
    for x, y, radius in ((6, -24, 4), (-4, -6, 3), (16, -10, 2.5)):
        pen.circle(x, y, radius, (120, 94, 60))


def draw_tooth_after(pen, accent):
    draw_tooth(pen, accent)
    pen.sparkle(36, -38, 9, WHITE)
    pen.sparkle(-38, 24, 6, mix(accent, WHITE, 0.5))


SUBJECTS = {
    "tooth": draw_tooth, "syringe": draw_syringe, "mirror": draw_mirror, "scaler": draw_scaler,
    "handpiece": draw_handpiece, "lamp": draw_lamp, "box": draw_box, "bottle": draw_bottle,
    "files": draw_files, "burs": draw_burs, "brackets": draw_brackets, "implant": draw_implant,
    "xray": draw_xray,
    "crown": draw_crown, "brush": draw_brush, "autoclave": draw_autoclave,
    "tooth-before": draw_tooth_before, "tooth-after": draw_tooth_after,
}
ANGLES = {"syringe": 40, "mirror": 35, "scaler": 30, "handpiece": 25, "lamp": 30, "brush": 35}
