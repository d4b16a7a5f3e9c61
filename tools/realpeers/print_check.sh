#!/bin/bash
# Real printer check: CUPS + cups-pdf, the app prints Information > "Emergency signs" to it.
# Needs (Debian 12, root): cups printer-driver-cups-pdf poppler-utils; the project's .venv.
# Usage: tools/realpeers/print_check.sh [OUTDIR]     (default /tmp/realpeers-print)
# Starts cupsd if it is not running, adds the printer "PDF" (cups-pdf, pdftocairo renderer, default), makes a
# demo data folder, runs print_check.py (QT_QPA_PLATFORM offscreen unless DISPLAY is set), waits for the PDF in
# ~/PDF/, then pdfinfo / pdftotext / pdftoppm -png -r 60 into OUTDIR.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd); REPO=$(cd "$HERE/../.." && pwd)
OUT=${1:-/tmp/realpeers-print}
mkdir -p "$OUT"; rm -rf "$OUT"/*
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  mkdir -p /run/cups; /usr/sbin/cupsd -f >"$OUT/cupsd.log" 2>&1 & sleep 2
fi
if ! lpstat -p PDF >/dev/null 2>&1; then
  lpadmin -p PDF -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
  lpadmin -p PDF -o pdftops-renderer-default=pdftocairo
  lpadmin -d PDF
fi
lpstat -p -d | tee "$OUT/lpstat.txt"
SPOOL=$HOME/PDF; mkdir -p "$SPOOL"
touch "$OUT/.mark"
"$REPO/.venv/bin/caregiver-app" --data-dir "$OUT/data" demo
[ -n "${DISPLAY:-}" ] || export QT_QPA_PLATFORM=offscreen
"$REPO/.venv/bin/python" "$HERE/print_check.py" "$OUT/data" PDF "$OUT/saved-by-app.pdf" 2>&1 | tee "$OUT/print.log"
PDF=""
for i in $(seq 1 40); do
  PDF=$(find "$SPOOL" -name 'Emergency*.pdf' -newer "$OUT/.mark" | head -1); [ -n "$PDF" ] && break; sleep 0.5
done
SUMMARY=""
for i in $(seq 1 40); do
  SUMMARY=$(find "$SPOOL" -name 'Appointment*.pdf' -newer "$OUT/.mark" | head -1); [ -n "$SUMMARY" ] && break; sleep 0.5
done
if [ -n "$SUMMARY" ]; then
  cp "$SUMMARY" "$OUT/printed-summary.pdf"
  echo "summary printout: $(pdfinfo "$OUT/printed-summary.pdf" | grep Pages)" | tee -a "$OUT/print.log"
  pdftotext -layout "$OUT/printed-summary.pdf" "$OUT/printed-summary.txt"
  pdftoppm -png -r 60 "$OUT/printed-summary.pdf" "$OUT/summary-page"
else
  echo "no summary PDF arrived in $SPOOL"; exit 1
fi
[ -n "$PDF" ] || { echo "no PDF arrived in $SPOOL"; lpstat -W completed -o | tail -3; exit 1; }
sleep 1
echo "PDF: $PDF" | tee -a "$OUT/print.log"
cp "$PDF" "$OUT/printed.pdf"
pdfinfo "$OUT/printed.pdf" | tee "$OUT/pdfinfo.txt"
pdftotext -layout "$OUT/printed.pdf" "$OUT/printed.txt"
pdftoppm -png -r 60 "$OUT/printed.pdf" "$OUT/page"
echo "fonts in the printout (via CUPS):"; pdffonts "$OUT/printed.pdf"
echo "fonts in the app's own Save as PDF:"; pdffonts "$OUT/saved-by-app.pdf"
pdftotext -layout "$OUT/saved-by-app.pdf" "$OUT/saved-by-app.txt"
echo "lines with an 'fi' ligature (\"(fit)\", \"refill\") as text: printout, then the app's own PDF:"
grep -h -E "has a seizure|missed re" "$OUT/printed.txt"; echo ---; grep -h -E "has a seizure|missed re" "$OUT/saved-by-app.txt"
ls "$OUT"/page*.png
