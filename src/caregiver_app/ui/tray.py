"""System tray icon: Open / Pause reminders for 1 hour / Quit."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from caregiver_app.system.i18n import Tr, localize

_ = Tr("ui.tray")


class Tray(QObject):
    open_requested = Signal()
    pause_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None):
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, parent)
        self.icon.setToolTip("Caregiver Assistant")
        self.menu = QMenu()
        self.open_action = QAction(_("&Open Caregiver Assistant"), self.menu)
        self.pause_action = QAction(_("&Pause reminders for 1 hour"), self.menu)
        self.quit_action = QAction(_("&Quit (reminders stop)"), self.menu)
        self.open_action.triggered.connect(self.open_requested)
        self.pause_action.triggered.connect(self.pause_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        for a in (self.open_action, self.pause_action):
            self.menu.addAction(a)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def notify(self, title: str, message: str) -> None:
        from caregiver_app.domain.validation import shown_text

        self.icon.showMessage(shown_text(localize(title), 200), shown_text(localize(message), 1000),
                              QSystemTrayIcon.MessageIcon.Information, 15000)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()
