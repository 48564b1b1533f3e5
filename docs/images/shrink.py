"""Makes a screenshot small enough to keep in the repository: an 8-bit RGB PNG becomes a palette PNG of 6 levels a
channel (216 colours), which keeps text and shading readable at a third of the size. Standard library only.

    python3 shrink.py FILE.png...
"""
import struct
import sys
import zlib

LEVELS = 6


def chunks(data):
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        yield kind, data[pos + 8:pos + 8 + length]
        pos += 12 + length


def unfilter(raw, width, height, bpp):
    stride = width * bpp
    out = bytearray(stride * height)
    prev = bytearray(stride)
    pos = 0
    for y in range(height):
        kind = raw[pos]
        line = bytearray(raw[pos + 1:pos + 1 + stride])
        pos += 1 + stride
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 255
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out[y * stride:(y + 1) * stride] = line
        prev = line
    return out


def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def shrink(path):
    data = open(path, "rb").read()
    header = None
    idat = b""
    for kind, body in chunks(data):
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour = header[0], header[1], header[2], header[3]
    if depth != 8 or colour not in (2, 6):
        return
    bpp = 3 if colour == 2 else 4
    pixels = unfilter(zlib.decompress(idat), width, height, bpp)
    level = bytes(round(v * (LEVELS - 1) / 255) for v in range(256))
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        base = y * width * bpp
        line = pixels[base:base + width * bpp]
        r = line[0::bpp].translate(level)
        g = line[1::bpp].translate(level)
        b = line[2::bpp].translate(level)
        rows += bytes((rr * LEVELS + gg) * LEVELS + bb for rr, gg, bb in zip(r, g, b))
    palette = bytearray()
    for i in range(LEVELS ** 3):
        for v in (i // (LEVELS * LEVELS), i // LEVELS % LEVELS, i % LEVELS):
            palette.append(round(v * 255 / (LEVELS - 1)))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0))
    png += chunk(b"PLTE", bytes(palette)) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")
    if len(png) < len(data):
        open(path, "wb").write(png)


for name in sys.argv[1:]:
    shrink(name)
