#!/usr/bin/env python3
"""Renders resources/icons/app.svg into the hicolor PNG icons the desktop uses (16 to 256 px).

    QT_QPA_PLATFORM=offscreen python tools/make_icons.py

The PNGs are committed, not made at build time: the wheel is built by setuptools in an isolated environment
that has no Qt to render SVG with, and `install-desktop`, the bundle and the .deb all copy the same files.
tests/test_desktop.py renders the SVG again and fails when a committed PNG no longer matches it.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def render(svg: bytes, size: int):
    """The icon as a QImage of size x size (transparent background, antialiased)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    from caregiver_app.system.desktop import APP_ID, ICON_SIZES

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, image writers)
    svg = (ROOT / "resources" / "icons" / "app.svg").read_bytes()
    for size in ICON_SIZES:
        out = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(out), "PNG"):
            print(f"could not write {out}", file=sys.stderr)
            return 1
        print("wrote", out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
