"""The main window: who is cared for, the pages, menus and keyboard shortcuts. No business rules."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.system.i18n import Tr, localize
from caregiver_app.ui.theme import set_role

if TYPE_CHECKING:
    from caregiver_app.services import Change
    from caregiver_app.ui.context import AppContext
    from caregiver_app.ui.pages.base import Page

_ = Tr("ui.main_window")

PAGE_ORDER = ("today", "medicines", "diary", "plans", "info", "reports")
PAGE_LABELS = {"today": _.mark("Today"), "medicines": _.mark("Medicines"), "diary": _.mark("Diary"),
               "plans": _.mark("Plans"), "info": _.mark("Information"), "reports": _.mark("Reports")}


def page_label(key: str) -> str:
    """A page's name, as the navigation shows it, in the user's language."""
    return _.lookup(PAGE_LABELS.get(key, key))


def default_page_factories() -> dict:
    """Page classes by key, imported only when a page is first shown."""

    def lazy(module: str, cls: str):
        def make(ctx):
            import importlib

            return getattr(importlib.import_module(module, __package__), cls)(ctx)

        return make

    return {
        "today": lazy(".pages.today", "TodayPage"),
        "medicines": lazy(".pages.medicines", "MedicinesPage"),
        "diary": lazy(".pages.diary", "DiaryPage"),
        "plans": lazy(".pages.plans", "PlansPage"),
        "info": lazy(".pages.info", "InfoPage"),
        "reports": lazy(".pages.reports", "ReportsPage"),
    }


def _keys(keys) -> list[QKeySequence]:
    """Key sequences for an action. Built with fromString()/keyBindings() and given through setShortcuts(): the
    overloads of setShortcut() and QKeySequence(str) make PySide build the ~100 enums of the whole Qt namespace
    (~14 ms and ~1 MB at start-up); these calls do not, so the keys work from the very first moment."""
    if isinstance(keys, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(keys)
    return [QKeySequence.fromString(keys)]


def _action(text: str, window: MainWindow, keys) -> QAction:
    action = QAction(text, window)
    action.setShortcuts(_keys(keys))
    return action


class _StatusLabel(QLabel):
    """A short status on one line where there is room, on two rather than cut where there is not (a language's
    words are longer, the window at its narrowest)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + m.left() + m.right() + 2 * self.margin() + 2
        return QSize(width, self.heightForWidth(width))


class _LazyPages:
    """``window.pages[key]`` builds the page on first use."""

    def __init__(self, window: MainWindow):
        self._window = window
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        if key not in self._built:
            self._built[key] = self._window._build_page(key)
        return self._built[key]

    def built(self) -> list[Page]:
        return list(self._built.values())

    def items(self):
        return [(k, self[k]) for k in PAGE_ORDER]

    def values(self):
        return [self[k] for k in PAGE_ORDER]


class MainWindow(QMainWindow):
    settings_requested = Signal()
    quit_requested = Signal()
    first_paint = Signal()
    close_requested = Signal()           # the app decides: hide to tray, or confirm quit
    backup_requested = Signal()          # File > Back up now…
    restore_requested = Signal()         # File > Restore from backup…

    def __init__(self, ctx: AppContext, page_factories: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.prompts = ctx.prompts.for_widget(self)
        self._painted = False
        self.on_first_paint: Callable[[float], None] | None = None
        self.allow_close = False
        # One undo stack per page (and one for the people, changed from the top bar): Edit > Undo (Ctrl+Z) undoes
        # the last action of the page shown and says what it will undo.
        self.undo_group = QUndoGroup(self)
        self.people_undo = QUndoStack(self)
        self.undo_group.addStack(self.people_undo)
        self.setWindowTitle("Caregiver Assistant")  # (the app's name: not translated)
        self.setMinimumSize(900, 600)
        self.resize(1180, 780)   # until placed on its screen (place_on_screen, when the app shows it)
        self._placed = False
        self._geometry_timer: QTimer | None = None

        central = QWidget()
        outer = QVBoxLayout(central)
        # -- top bar: whose data, people, emergency ------------------------------------------
        top = QHBoxLayout()
        who = QLabel(_("&Caring for:"))
        self.person_combo = QComboBox()
        self.person_combo.setMinimumWidth(260)
        self.person_combo.setAccessibleName(_("Person cared for"))
        self.person_combo.setAccessibleDescription(_("Switch between the people you look after"))
        who.setBuddy(self.person_combo)
        self.person_combo.currentIndexChanged.connect(self._combo_changed)
        self.people_button = QPushButton(_("People…"))  # (no Alt+P: that opens the People menu)
        self.people_button.setAccessibleName(_("Manage people cared for"))
        self.people_button.clicked.connect(self.open_people)
        self.emergency_button = QPushButton(_("Emergency signs"))
        set_role(self.emergency_button, "emergencyButton")
        self.emergency_button.setAccessibleName(_("Emergency signs"))
        self.emergency_button.setAccessibleDescription(_("When to call the emergency number or the doctor now"))
        self.emergency_button.setToolTip(_("When to call the emergency number or the doctor now (F1)"))
        self.emergency_button.clicked.connect(lambda: self.show_info("emergency", "call-emergency"))
        top.addWidget(who)
        top.addWidget(self.person_combo)
        top.addWidget(self.people_button)
        top.addStretch(1)
        self.pause_label = _StatusLabel()
        self.pause_label.setAccessibleName(_("Reminder status"))
        top.addWidget(self.pause_label)
        top.addWidget(self.emergency_button)
        outer.addLayout(top)

        body = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setAccessibleName(_("Pages"))
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        self._factories = page_factories or default_page_factories()
        # Pages are built on first visit: start-up only pays for the page on screen.
        self.pages = _LazyPages(self)
        for i, key in enumerate(PAGE_ORDER):
            holder = QWidget()
            box = QVBoxLayout()
            holder.setLayout(box)
            box.setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
            item = QListWidgetItem(page_label(key))
            item.setToolTip(_("{page} (Ctrl+{number})", page=page_label(key), number=i + 1))
            self.nav.addItem(item)
        set_role(self.nav, "navigation")  # after the items: it sets their height
        self.nav.currentRowChanged.connect(self._row_changed)
        # Switch access and voice control select an item without moving the current row: follow the selection.
        self.nav.itemSelectionChanged.connect(self._nav_selection_changed)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar()
        self.reload_people()
        # The first page is built right after the window's first paint: the frame, navigation and the
        # person selector appear at once, the page's content one event-loop turn later.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self.first_paint.connect(lambda: self._row_changed(self.nav.currentRow()))
        self.nav.setFocus()
        unsubscribe = ctx.services.changes.subscribe(self._on_change)
        self.destroyed.connect(lambda *_args: unsubscribe())

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo stack Edit > Undo works on now: the shown page's (or the people's, after a change to them)."""
        return self.undo_group.activeStack() or self.people_undo

    def adopt_undo_stack(self, stack: QUndoStack) -> None:
        """A page's stack joins the window's undo group (Page.undo_stack calls this)."""
        if stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)

    def _on_change(self, change: Change) -> None:
        """A person added, changed, archived or brought back (or undone): the person list follows."""
        if change.kind == "person":
            self.reload_people()

    # -- menus and shortcuts ---------------------------------------------------------------------
    def _build_menus(self) -> None:
        mb = self.menuBar()
        mb.setAccessibleName(_("Menu"))
        file_menu = mb.addMenu(_("&File"))
        self.settings_action = _action(_("&Settings…"), self, "Ctrl+,")
        self.settings_action.triggered.connect(self.settings_requested)
        close_action = _action(_("&Close window"), self, "Ctrl+W")
        close_action.triggered.connect(self.close)
        quit_action = _action(_("&Quit (reminders stop)…"), self, "Ctrl+Q")
        quit_action.triggered.connect(self.quit_requested)
        self.backup_action = QAction(_("&Back up now…"), self)
        self.backup_action.setStatusTip(_("Save a checked copy of all your data to a file you choose"))
        self.backup_action.triggered.connect(self.backup_requested)
        self.restore_action = QAction(_("&Restore from backup…"), self)
        self.restore_action.setStatusTip(_("Go back to one of the automatic backups"))
        self.restore_action.triggered.connect(self.restore_requested)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        for a in (self.settings_action, close_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = mb.addMenu(_("&Edit"))
        undo = self.undo_group.createUndoAction(self, _("&Undo"))
        undo.setShortcuts(_keys(QKeySequence.StandardKey.Undo))
        redo = self.undo_group.createRedoAction(self, _("&Redo"))
        redo.setShortcuts(_keys(QKeySequence.StandardKey.Redo))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

        people_menu = mb.addMenu(_("&People"))
        add = _action(_("&Add a person…"), self, "Ctrl+Shift+N")
        add.triggered.connect(self.add_person)
        edit = _action(_("&Edit this person…"), self, "Ctrl+Shift+E")
        edit.triggered.connect(self.edit_person)
        manage = _action(_("&Manage people…"), self, "Ctrl+Shift+P")
        manage.triggered.connect(self.open_people)
        for a in (add, edit, manage):
            people_menu.addAction(a)

        go_menu = mb.addMenu(_("&Go"))
        for i, key in enumerate(PAGE_ORDER):
            act = _action(page_label(key), self, f"Ctrl+{i + 1}")
            act.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            go_menu.addAction(act)
            self.addAction(act)

        help_menu = mb.addMenu(_("&Help"))
        emergency = _action(_("&Emergency signs"), self, "F1")
        emergency.triggered.connect(lambda: self.show_info("emergency", "call-emergency"))
        self.guide_action = QAction(_("&Using this app (the guide)"), self)
        self.guide_action.setStatusTip(_("How each page works, with pictures"))
        self.guide_action.triggered.connect(lambda: self.show_info("using-app"))
        about = QAction(_("&About Caregiver Assistant"), self)
        about.triggered.connect(self.about)
        self.emergency_action, self.about_action = emergency, about  # (the self-test opens them in any language)
        help_menu.addAction(emergency)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(about)
        self.addAction(emergency)

    # -- people ------------------------------------------------------------------------------------
    def reload_people(self, select_id: int | None = None) -> None:
        store = self.ctx.store
        if select_id is None:
            select_id = self.current_person_id()
            if select_id is None:
                select_id = store.settings.get("current_person_id")
        people = store.people.names()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for rid, name in people:
            self.person_combo.addItem(name, rid)
        idx = self.person_combo.findData(select_id) if select_id is not None else -1
        self.person_combo.setCurrentIndex(idx if idx >= 0 else (0 if people else -1))
        self.person_combo.setEnabled(bool(people))
        self.person_combo.blockSignals(False)
        self._apply_person()

    def current_person_id(self) -> int | None:
        data = self.person_combo.currentData()
        return None if data is None else int(data)

    def current_person(self):
        rid = self.current_person_id()
        return None if rid is None else self.ctx.store.people.get(rid)

    def _combo_changed(self, _index: int) -> None:
        # Undo must never reach into another person's data: the history of edits starts again, on every page.
        for stack in self.undo_group.stacks():
            stack.clear()
        self._apply_person()
        rid = self.current_person_id()
        if rid is not None:
            self.ctx.store.settings.set("current_person_id", rid)

    def _apply_person(self) -> None:
        name = self.person_combo.currentText() if self.current_person_id() is not None else ""
        self.setWindowTitle(_("Caregiver Assistant — {name}", name=name) if name else "Caregiver Assistant")
        built = self.pages.built()
        if built:  # pages not built yet read the person when they are (keeps start-up light)
            rec = self.current_person()
            for page in built:
                page.set_person(rec)

    def add_person(self) -> None:
        from caregiver_app.ui.people import PersonDialog

        dlg = PersonDialog(self.ctx, None, self)
        if dlg.exec() and dlg.saved:
            self.reload_people(dlg.saved.id)

    def edit_person(self) -> None:
        rec = self.current_person()
        if rec is None:
            self.add_person()
            return
        from caregiver_app.ui.people import PersonDialog

        dlg = PersonDialog(self.ctx, rec, self)
        if dlg.exec() and dlg.saved:
            self.reload_people(rec.id)

    def open_people(self) -> None:
        from caregiver_app.ui.people import PeopleDialog

        PeopleDialog(self.ctx, self.people_undo, self).exec()  # its changes reach the person list as changes

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[PAGE_ORDER[row]]  # build it if this is the first visit
        self.stack.setCurrentIndex(row)
        page.undo_stack.setActive(True)  # Ctrl+Z now undoes this page's last action

    def refresh_pages(self) -> None:
        """Something changed underneath (a dose answered in a reminder): redraw the pages already built."""
        for page in self.pages.built():
            if page.person is not None or not page.needs_person:
                page.refresh()

    def _nav_selection_changed(self) -> None:
        selected = self.nav.selectedItems()
        if selected:
            row = self.nav.row(selected[0])
            if row != self.nav.currentRow():
                self.nav.setCurrentRow(row)

    def current_page(self) -> Page:
        return self.pages[PAGE_ORDER[self.stack.currentIndex()]]

    def _build_page(self, key: str) -> Page:
        page = self._factories[key](self.ctx)
        page.navigate.connect(self.navigate)
        holder = self.stack.widget(PAGE_ORDER.index(key))
        box = holder.layout() if holder is not None else None
        assert box is not None  # each page's holder and its layout are made in __init__
        box.addWidget(page)
        page.set_person(self.current_person())
        return page

    # -- navigation --------------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGE_ORDER.index(key))
        self.bring_forward()

    def show_page_named(self, key: str) -> None:
        """A page asked for from outside (the menu entry's "Today's doses"): unknown names just come forward."""
        if key in PAGE_ORDER:
            self.show_page(key)
        else:
            self.bring_forward()

    def show_info(self, slug: str, anchor: str | None = None) -> None:
        self.show_page("info")
        page = self.pages["info"]
        from caregiver_app.ui.pages.info import InfoPage  # (loaded with the page)

        assert isinstance(page, InfoPage)
        page.open_page(slug, anchor)

    def navigate(self, kind: str, target: str) -> None:
        if kind == "page":
            self.show_page(target)
        elif kind == "people" and target == "add":
            self.add_person()
        elif kind == "info":
            slug, _sep, anchor = target.partition("#")
            self.show_info(slug, anchor or None)

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def set_pause_text(self, text: str) -> None:
        text = localize(text)  # (the app's message: said in the user's language)
        self.pause_label.setText(text)
        self.pause_label.setVisible(bool(text))

    def about(self) -> None:
        from caregiver_app.ui.about import AboutDialog

        AboutDialog(self.ctx.paths, self, show_sources=lambda: self.show_info("about", "sources")).exec()

    # -- size and place --------------------------------------------------------------------------
    def place_on_screen(self) -> None:
        """Fit the screen it opens on, or come back where it was left on that screen (ui/window_fit.py)."""
        from caregiver_app.ui.window_fit import restore

        restore(self, self.ctx.store.settings)
        self._placed = True

    def remember_geometry(self) -> None:
        if self._placed:
            from caregiver_app.ui.window_fit import remember

            remember(self, self.ctx.store.settings)

    def _geometry_changed(self) -> None:
        if not self._placed or not self.isVisible():
            return
        if self._geometry_timer is None:
            self._geometry_timer = QTimer(self)
            self._geometry_timer.setSingleShot(True)
            self._geometry_timer.setInterval(1500)  # once the user has stopped dragging
            self._geometry_timer.timeout.connect(self._remember_if_shown)
        self._geometry_timer.start()

    def _remember_if_shown(self) -> None:
        if self.isVisible():  # (hidden or closed: the app remembered it as it went)
            self.remember_geometry()

    def hideEvent(self, event) -> None:
        if self._geometry_timer is not None:
            self._geometry_timer.stop()
        super().hideEvent(event)

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        self._geometry_changed()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._geometry_changed()

    # -- window events -----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            import time

            self._painted = True
            self.first_paint_time = time.perf_counter()
            if self.on_first_paint is not None:  # measured start-up (bench/run.py)
                self.on_first_paint(self.first_paint_time)
            QTimer.singleShot(0, self.first_paint.emit)

    def closeEvent(self, event) -> None:
        if self.allow_close:
            event.accept()
            return
        event.ignore()
        self.close_requested.emit()
