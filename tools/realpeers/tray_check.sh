#!/bin/bash
# Real system tray + desktop notifications check for Caregiver Assistant.
# Needs (Debian 12): xvfb xauth libxcb-icccm4 libxcb-keysyms1 imagemagick dbus dbus-x11 dunst libnotify-bin
#   xfce4-panel xfconf python3-xlib python3-dbus, and the project's .venv (make run / make test set it up).
# Usage: tools/realpeers/tray_check.sh [OUTDIR]      (default /tmp/realpeers-tray)
# What it does: Xvfb :99 (if not running) -> one dbus-run-session with xfconfd + xfce4-panel + dunst ->
#   a fresh demo data folder with an extra dose due in 2 and 5 minutes (prep_due.py) -> starts the app ->
#   at the first due time: screenshot, dunst history, window list, tray menu over D-Bus (dbusmenu) ->
#   closes the main window with WM_DELETE_WINDOW -> checks the app still runs -> waits for the second due
#   time with the main window hidden -> tray menu "Open", then "Quit". Everything it sees goes to OUTDIR.
set -u
HERE=$(cd "$(dirname "$0")" && pwd); REPO=$(cd "$HERE/../.." && pwd)
OUT=${1:-/tmp/realpeers-tray}
export DISPLAY=${DISPLAY:-:99}
if [ -z "${INSIDE_SESSION:-}" ]; then
  mkdir -p "$OUT"; rm -rf "$OUT"/*
  if ! xdpyinfo >/dev/null 2>&1 && ! xdotool getmouselocation >/dev/null 2>&1; then
    Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
    echo $! >"$OUT/xvfb.pid"; sleep 1.5
  fi
  INSIDE_SESSION=1 exec dbus-run-session -- bash "$0" "$OUT"
fi

log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$OUT/steps.log"; }
has_owner() { dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
  org.freedesktop.DBus.NameHasOwner string:"$1" 2>/dev/null | grep -q true; }
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done; }
trap cleanup EXIT

/usr/lib/x86_64-linux-gnu/xfce4/xfconf/xfconfd >"$OUT/xfconfd.log" 2>&1 & PIDS+=($!)
xfce4-panel >"$OUT/panel.log" 2>&1 & PIDS+=($!)
dunst >"$OUT/dunst.log" 2>&1 & PIDS+=($!)
for i in $(seq 1 60); do has_owner org.freedesktop.Notifications && has_owner org.kde.StatusNotifierWatcher && break; sleep 0.5; done
log "Notifications owner: $(has_owner org.freedesktop.Notifications && echo yes || echo NO);" \
    "StatusNotifierWatcher: $(has_owner org.kde.StatusNotifierWatcher && echo yes || echo NO)"
PY=$REPO/.venv/bin/python
log "isSystemTrayAvailable: $($PY -c 'from PySide6.QtWidgets import QApplication, QSystemTrayIcon; a=QApplication([]); print(QSystemTrayIcon.isSystemTrayAvailable())' 2>/dev/null)"

DATA=$OUT/data
mapfile -t DUES < <("$PY" "$HERE/prep_due.py" "$DATA" 2,5)
log "data folder $DATA; extra doses due at ${DUES[*]}"
"$REPO/.venv/bin/caregiver-app" --data-dir "$DATA" >"$OUT/app.log" 2>&1 & APP=$!; PIDS+=($APP)
log "app pid $APP"
sleep 8
import -window root "$OUT/01-started.png"
/usr/bin/python3 "$HERE/xhelp.py" windows >"$OUT/windows-01.txt" 2>&1; log "windows after start:"; cat "$OUT/windows-01.txt" | tee -a "$OUT/steps.log"
/usr/bin/python3 "$HERE/xhelp.py" traymenu >"$OUT/traymenu.txt" 2>&1; log "tray:"; tee -a "$OUT/steps.log" <"$OUT/traymenu.txt"

wait_until() { # HH:MM -> sleep until 20 s after it
  local target; target=$(date -d "today $1" +%s); local now; now=$(date +%s)
  [ $((target + 20 - now)) -gt 0 ] && sleep $((target + 20 - now)); }
wait_until "${DUES[0]}"
log "first due time ${DUES[0]} + 20 s"
import -window root "$OUT/02-reminder.png"
/usr/bin/python3 "$HERE/xhelp.py" windows >"$OUT/windows-02.txt" 2>&1; tee -a "$OUT/steps.log" <"$OUT/windows-02.txt"
dunstctl history >"$OUT/dunst-history-02.json"
log "dunst history summaries/bodies:"; /usr/bin/python3 -c "
import json,sys
h=json.load(open('$OUT/dunst-history-02.json'))
for n in h['data'][0]: print('  ', n['appname']['data'], '|', n['summary']['data'], '|', n['body']['data'].replace(chr(10),' / '))
" | tee -a "$OUT/steps.log"

log "closing the main window (WM_DELETE_WINDOW)"
/usr/bin/python3 "$HERE/xhelp.py" close "^Caregiver Assistant —" | tee -a "$OUT/steps.log"
sleep 3
import -window root "$OUT/03-after-close.png"
/usr/bin/python3 "$HERE/xhelp.py" windows >"$OUT/windows-03.txt" 2>&1; tee -a "$OUT/steps.log" <"$OUT/windows-03.txt"
log "app still running after close: $(kill -0 $APP 2>/dev/null && echo yes || echo NO)"
dunstctl history >"$OUT/dunst-history-03.json"
# Is the reminder usable while the "Still running in the tray" box is up? Press Return (= Taken now, the
# default button) in the reminder window, the way a keyboard user would, then ask the app's own CLI.
REM=$(/usr/bin/python3 "$HERE/xhelp.py" id "Time for a dose")
log "reminder window id: $REM; pressing Return in it while the info box is open"
xdotool windowfocus --sync "$REM" key Return 2>&1 | tee -a "$OUT/steps.log"; sleep 2
"$REPO/.venv/bin/caregiver-app" --data-dir "$DATA" today >"$OUT/today-03a.txt" 2>&1
log "today after Return in the reminder (info box open):"; grep "${DUES[0]}" "$OUT/today-03a.txt" | tee -a "$OUT/steps.log"
import -window root "$OUT/03a-return-pressed.png"
INFO=$(/usr/bin/python3 "$HERE/xhelp.py" id "Still running in the tray")
if [ -n "$INFO" ]; then
  log "info box still open (id $INFO): pressing Return in it"
  xdotool windowfocus --sync "$INFO" key Return 2>&1 | tee -a "$OUT/steps.log"; sleep 2
  REM=$(/usr/bin/python3 "$HERE/xhelp.py" id "Time for a dose")
  log "pressing Return in the reminder window ($REM) again"
  [ -n "$REM" ] && xdotool windowfocus --sync "$REM" key Return 2>&1 | tee -a "$OUT/steps.log"; sleep 2
  "$REPO/.venv/bin/caregiver-app" --data-dir "$DATA" today >"$OUT/today-03b.txt" 2>&1
  log "today after the info box was answered and Return pressed in the reminder:"
  grep "${DUES[0]}" "$OUT/today-03b.txt" | tee -a "$OUT/steps.log"
fi
/usr/bin/python3 "$HERE/xhelp.py" windows >"$OUT/windows-03b.txt" 2>&1; tee -a "$OUT/steps.log" <"$OUT/windows-03b.txt"

wait_until "${DUES[1]}"
log "second due time ${DUES[1]} + 20 s (main window hidden)"
import -window root "$OUT/04-second-reminder.png"
/usr/bin/python3 "$HERE/xhelp.py" windows >"$OUT/windows-04.txt" 2>&1; tee -a "$OUT/steps.log" <"$OUT/windows-04.txt"
dunstctl history >"$OUT/dunst-history-04.json"
/usr/bin/python3 -c "
import json
h=json.load(open('$OUT/dunst-history-04.json'))
for n in h['data'][0]: print('  ', n['appname']['data'], '|', n['summary']['data'], '|', n['body']['data'].replace(chr(10),' / '))
" | tee -a "$OUT/steps.log"

log "tray menu: Open"
/usr/bin/python3 "$HERE/xhelp.py" traymenu-click Open | tee -a "$OUT/steps.log"; sleep 2
/usr/bin/python3 "$HERE/xhelp.py" windows >"$OUT/windows-05.txt" 2>&1; tee -a "$OUT/steps.log" <"$OUT/windows-05.txt"
import -window root "$OUT/05-open.png"
log "tray menu: Pause"
/usr/bin/python3 "$HERE/xhelp.py" traymenu-click Pause | tee -a "$OUT/steps.log"; sleep 2
import -window root "$OUT/06-paused.png"
log "tray menu: Quit"
/usr/bin/python3 "$HERE/xhelp.py" traymenu-click Quit | tee -a "$OUT/steps.log"
for i in $(seq 1 20); do kill -0 $APP 2>/dev/null || break; sleep 0.5; done
log "app running after Quit: $(kill -0 $APP 2>/dev/null && echo 'YES (still running)' || echo no)"
wait $APP 2>/dev/null; log "app exit code $?"
