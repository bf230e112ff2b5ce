#!/usr/bin/env bash
# Draws the package icon, src/MigrationAnalyzers.Package/icon.png (128x128): a database with a red "remove"
# sign. The PNG is committed; run this only to change it. Needs ImageMagick 6 (apt-get install imagemagick).
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
convert=/usr/bin/convert
[ -x "$convert" ] || convert=convert
"$convert" -size 128x128 xc:none \
    -fill '#1d3557' -draw 'roundrectangle 0,0 127,127 22,22' \
    -fill '#f1faee' -stroke none \
    -draw 'rectangle 26,34 90,92' -draw 'ellipse 58,92 32,11 0,180' -draw 'ellipse 58,34 32,11 0,360' \
    -fill '#1d3557' -draw 'ellipse 58,34 26,7 0,360' \
    -stroke '#1d3557' -strokewidth 3 -fill none -draw 'ellipse 58,54 32,11 0,180' -draw 'ellipse 58,73 32,11 0,180' \
    -stroke none -fill '#e63946' -draw 'circle 94,94 94,68' \
    -fill '#f1faee' -draw 'rectangle 80,90 108,98' \
    -depth 8 -strip "PNG32:$repo_root/src/MigrationAnalyzers.Package/icon.png"
identify "$repo_root/src/MigrationAnalyzers.Package/icon.png" 2>/dev/null || true
