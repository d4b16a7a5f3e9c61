#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs (and the tools the tests and screenshots use).
# Does nothing when they are all present. Usage: install-system-deps.sh [--required]
#   --required: fail if something is missing and cannot be installed (CI); otherwise only warn.
set -u
RUNTIME="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-util1 fonts-dejavu-core
 libwayland-client0 libwayland-cursor0 libwayland-egl1"
# Tests and looking at results: virtual screen, PDF to text/PNG.
TOOLS="xvfb xauth poppler-utils"
# Packaging (make wheel/bundle/deb, tests/packaging): the menu-entry and AppStream validators, binutils for
# PyInstaller (objdump, strip), dpkg-deb (in dpkg), x11-utils (xprop: the window's class and desktop file).
PACKAGING="desktop-file-utils appstream binutils dpkg x11-utils"

required=0
[ "${1:-}" = "--required" ] && required=1

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian-like system; make sure Qt's X11/EGL/fontconfig libraries are installed." >&2
  exit 0
fi
missing=""
for pkg in $RUNTIME $TOOLS $PACKAGING; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

echo "install-system-deps: installing:$missing" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-system-deps: please run as root: apt-get install -y$missing" >&2
    [ $required = 1 ] && exit 1 || exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
  exit 0
fi
echo "install-system-deps: could not install:$missing" >&2
[ $required = 1 ] && exit 1 || exit 0
