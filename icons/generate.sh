#!/usr/bin/env bash
# Regenerates every icon file from runlens.svg: PNGs for the window, the About dialog and Linux,
# runlens.ico (Windows) and runlens.icns (macOS). Needs ImageMagick (`convert`; Debian: imagemagick,
# with librsvg2-bin for the best SVG rendering) and python3. The results are committed, so a build
# never runs this.
set -euo pipefail
cd "$(dirname "$0")"
sizes=(16 24 32 48 64 128 256 512 1024)
for s in "${sizes[@]}"; do
  if command -v rsvg-convert >/dev/null; then
    rsvg-convert -w "$s" -h "$s" runlens.svg -o "png/runlens-$s.png"
  else
    convert -background none -density 384 runlens.svg -resize "${s}x${s}" "png/runlens-$s.png"
  fi
done
convert png/runlens-16.png png/runlens-24.png png/runlens-32.png png/runlens-48.png png/runlens-64.png \
  png/runlens-256.png runlens.ico
python3 icns.py runlens.icns png
echo "icons written: png/ (${sizes[*]}), runlens.ico, runlens.icns"
