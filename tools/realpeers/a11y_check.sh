#!/bin/bash
# What a screen reader sees: every control without an accessible name, page by page, in the medicine dialog
# and in the reminder window (and its "Taken at…" / "Skip…" questions).
# Needs (Debian 12): xvfb xauth libxcb-icccm4 libxcb-keysyms1 imagemagick dbus dbus-x11 at-spi2-core
#   python3-pyatspi xdotool; the project's .venv.
# Usage: tools/realpeers/a11y_check.sh [OUTDIR]     (default /tmp/realpeers-a11y); uses DISPLAY (default :98,
#   started with Xvfb if not running). Pages are opened with the keyboard (Ctrl+1..6, xdotool), tabs and
#   buttons with AT-SPI. Output: OUTDIR/a11y.json (every control), OUTDIR/steps.log, OUTDIR/summary.txt.
set -u
HERE=$(cd "$(dirname "$0")" && pwd); REPO=$(cd "$HERE/../.." && pwd)
OUT=${1:-/tmp/realpeers-a11y}
export DISPLAY=${DISPLAY:-:98}
if [ -z "${INSIDE_SESSION:-}" ]; then
  mkdir -p "$OUT"; rm -rf "$OUT"/*
  if ! xdotool getmouselocation >/dev/null 2>&1; then
    Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
    echo $! >"$OUT/xvfb.pid"; sleep 1.5
  fi
  INSIDE_SESSION=1 exec dbus-run-session -- bash "$0" "$OUT"
fi
log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$OUT/steps.log"; }
A() { timeout 120 /usr/bin/python3 "$HERE/a11y_walk.py" "$@" 2>&1 | tee -a "$OUT/steps.log"; }
J=$OUT/a11y.json
A ping                                  # the accessibility bus must be up before Qt starts
DATA=$OUT/data
mapfile -t DUES < <("$REPO/.venv/bin/python" "$HERE/prep_due.py" "$DATA" 4)
log "data $DATA; extra dose due at ${DUES[*]}"
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$REPO/.venv/bin/caregiver-app" --data-dir "$DATA" >"$OUT/app.log" 2>&1 &
APP=$!; trap 'kill $APP 2>/dev/null' EXIT
sleep 6
main_focus() { xdotool windowfocus --sync "$(xdotool search --name 'Caregiver Assistant — ' | head -1)"; }

log "navigation by AT-SPI (what switch access / voice control use):"
A page Medicines; sleep 1; log "  page on screen after Selection.selectChild(Medicines): $(A current-page | tail -1)"
A page-action Diary; sleep 1; log "  page on screen after the Toggle action on Diary: $(A current-page | tail -1)"

PAGES=(Today Medicines Diary Plans Information Reports)
for i in 1 2 3 4 5 6; do
  main_focus; xdotool key "ctrl+$i"; sleep 1.5
  P=${PAGES[$((i - 1))]}
  A dump "$P" "$J"
  import -window root -resize 50% "$OUT/page-$i.png"
  mapfile -t TABS < <(timeout 30 /usr/bin/python3 "$HERE/a11y_walk.py" tabs)
  for t in "${TABS[@]:1}"; do
    A tab "$t"; sleep 1.5; A dump "$P / $t" "$J"
  done
  [ ${#TABS[@]} -gt 1 ] && A tab "${TABS[0]}"
done

main_focus; xdotool key ctrl+2; sleep 1
A press "Caregiver Assistant — " "Edit the selected medicine"; sleep 2
A dump "medicine dialog (Edit…)" "$J"; import -window root -resize 50% "$OUT/medicine-edit.png"
A press "Edit a medicine" "Cancel"; sleep 1
A press "Caregiver Assistant — " "Add a medicine"; sleep 2
A dump "medicine dialog (Add…)" "$J"; import -window root -resize 50% "$OUT/medicine-add.png"
A press "medicine" "Cancel"; sleep 1

main_focus; xdotool key ctrl+4; sleep 1
A press "Caregiver Assistant — " "Change the selected plan"; sleep 2
A dump "plan form (Change…)" "$J"; import -window root -resize 50% "$OUT/plan-edit.png"
A press "dose plan" "Cancel"; sleep 1
A press "Caregiver Assistant — " "Add a plan"; sleep 2
A dump "plan form (Add…)" "$J"; import -window root -resize 50% "$OUT/plan-add.png"
A press "dose plan" "Cancel"; sleep 1

target=$(date -d "today ${DUES[0]}" +%s); now=$(date +%s); [ $((target + 15 - now)) -gt 0 ] && sleep $((target + 15 - now))
log "due time ${DUES[0]} + 15 s"
A dump "reminder window" "$J"; import -window root -resize 50% "$OUT/reminder.png"
A press "Time for a dose" "Taken at"; sleep 1.5
A dump "reminder: Taken at… question" "$J"
xdotool windowfocus --sync "$(xdotool search --name 'When was it taken' | head -1)" key Escape; sleep 1
A press "Time for a dose" "Skip"; sleep 1.5
A dump "reminder: Skip… question" "$J"
xdotool windowfocus --sync "$(xdotool search --name 'Skip this dose' | head -1)" key Escape; sleep 1

/usr/bin/python3 "$HERE/a11y_walk.py" summary "$J" | tee "$OUT/summary.txt"
