#!/usr/bin/env python3
"""Packs PNG files into an Apple .icns container (PNG-compressed entries, macOS 10.7+).

usage: icns.py OUT.icns DIR   (DIR holds runlens-<size>.png for the sizes below)
"""
import struct
import sys
from pathlib import Path

# icns element type -> pixel size of the PNG it holds
TYPES = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
         ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]


def main(out, folder):
    body = b""
    for kind, size in TYPES:
        png = (Path(folder) / f"runlens-{size}.png").read_bytes()
        body += kind.encode("ascii") + struct.pack(">I", len(png) + 8) + png
    Path(out).write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
