#!/bin/sh
# Regenerates the screenshots in docs/images/ from the examples: each HTML page zhidu writes (the rota, the scores,
# the studios, the obligations plan) at a desktop's width and a phone's, and the rota and the scores as printed on
# A4, then made small (shrink.py: 216 colours) so that they all weigh a few hundred KB. Needs a headless Chromium
# (Debian's chromium, or ZHIDU_CHROMIUM), fonts-noto-cjk, poppler-utils (pdftoppm) and python3. Run from anywhere:
# ./docs/images/make.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
chromium=${ZHIDU_CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$chromium" ]; then
  echo "make.sh: no headless Chromium (install Debian's chromium and fonts-noto-cjk, or set ZHIDU_CHROMIUM)" >&2
  exit 2
fi
command -v pdftoppm >/dev/null || { echo "make.sh: pdftoppm missing (poppler-utils)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "writing the pages" >&2
./zhidu rota generate --office examples/anju/office.yaml --month 2026-10 --issued 2026-09-25 --format html \
  -o "$work/rota.html"
./zhidu score --office examples/anju/office.yaml --events examples/anju/events-2026.csv --period 2026 \
  --format html -o "$work/score.html" 2>/dev/null || true
./zhidu studio check examples/chenzhou/studios.yaml --as-of 2026-12-01 --format html -o "$work/studios.html" \
  2>/dev/null || true
./zhidu obligations plan --pack dazhou-cppcc --year 2026 --format html -o "$work/obligations.html"

browse() {
  "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --force-device-scale-factor=1 \
    --user-data-dir="$work/profile" "$@" >/dev/null 2>&1
}

for page in rota score studios obligations; do
  echo "photographing $page" >&2
  browse --window-size=800,1000 --screenshot="$here/$page-desktop.png" "file://$work/$page.html"
  browse --window-size=390,760 --screenshot="$here/$page-phone.png" "file://$work/$page.html"
done
for page in rota score; do
  echo "printing $page on A4" >&2
  browse --no-pdf-header-footer --print-to-pdf="$work/$page.pdf" "file://$work/$page.html"
  # the first sheet at 60 dpi: what the notice board shows
  pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/$page.pdf" "$here/$page-a4"
done
python3 "$here/shrink.py" "$here"/*.png
ls -l "$here"/*.png >&2
