"""Text size and a calm, high-contrast look."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

TEXT_SIZES = {"normal": 12, "large": 15, "extra_large": 18}
TEXT_SIZE_LABELS = {"normal": "Normal", "large": "Large", "extra_large": "Extra large"}


def point_size(size_key: str) -> int:
    return TEXT_SIZES.get(size_key, TEXT_SIZES["normal"])


def apply_text_size(app: QApplication, size_key: str) -> None:
    font = QFont(app.font())
    font.setPointSize(point_size(size_key))
    app.setFont(font)
    pt = point_size(size_key)
    app.setStyleSheet(f"""
        QLabel#pageTitle {{ font-size: {pt + 8}pt; font-weight: 600; }}
        QLabel#whoseData {{ font-size: {pt}pt; color: #1f4e79; }}
        QLabel#emptyState {{ font-size: {pt + 2}pt; color: #333; padding: 24px; }}
        QLabel#fieldError {{ color: #b00020; }}
        QPushButton#emergencyButton {{ color: #b00020; font-weight: 600; border: 2px solid #b00020;
                                        padding: 4px 12px; border-radius: 4px; }}
        QPushButton#emergencyButton:focus {{ background: #fde7ea; }}
        QListWidget#navigation {{ font-size: {pt + 1}pt; }}
        QListWidget#navigation::item {{ padding: 10px 12px; }}
        QListWidget#navigation::item:selected {{ background: #1f4e79; color: white; }}
    """)
