"""Print the Information page "Emergency signs", then the appointment summary (Reports page), through the app's own
print path to a real CUPS printer.

Needs (Debian 12): cups printer-driver-cups-pdf poppler-utils, set up as in print_check.sh (which runs this);
the project's .venv. Run: .venv/bin/python tools/realpeers/print_check.py DATA_DIR PRINTER_NAME [SAVE_PDF_PATH]
Builds the whole app the way app.run_gui does (on DATA_DIR), opens Information > Emergency signs from the
red "Emergency signs" button, and calls the viewer's print_page() with the print dialog replaced by a
stand-in that picks PRINTER_NAME (a native CUPS printer, not a PDF file) and accepts, as a user would.
With SAVE_PDF_PATH it also uses the page's own "Save as PDF" (save_pdf) there, to compare with the printout.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication

from caregiver_app.app import AppContext, CaregiverApp, Dialogs
from caregiver_app.storage import open_store
from caregiver_app.system.clock import SystemClock
from caregiver_app.system.paths import resolve_paths
from caregiver_app.ui.pages.info import InfoDialogs


class PickPrinter(InfoDialogs):
    def __init__(self, parent, name):
        super().__init__(parent)
        self.name = name
        self.seen = {}

    def print_setup(self, printer) -> bool:
        printer.setPrinterName(self.name)
        self.seen = {"printerName": printer.printerName(), "outputFormat": printer.outputFormat().name,
                     "docName": printer.docName(), "pageSize": printer.pageLayout().pageSize().name(),
                     "margins_mm": [round(v, 1) for v in (lambda m: (m.left(), m.top(), m.right(), m.bottom()))(
                         printer.pageLayout().margins())],
                     "resolution": printer.resolution()}
        return True


def main() -> int:
    data, name = Path(sys.argv[1]), sys.argv[2]
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationName("Caregiver Assistant")
    print("QPrinterInfo.availablePrinters:", [p.printerName() for p in QPrinterInfo.availablePrinters()])
    print("default printer:", QPrinterInfo.defaultPrinterName())
    clock = SystemClock()
    paths = resolve_paths(str(data))
    ctx = AppContext(clock=clock, paths=paths, store=open_store(paths.db_path, clock))
    app = CaregiverApp(qapp, ctx, tray_available=False, dialogs=Dialogs())
    app.autostart_services = False          # no reminder windows during this check
    app.show()
    result = {}

    def go():
        w = app.window
        w.emergency_button.click()          # what the red button does: Information > Emergency signs
        page = w.pages["info"]
        print("page shown:", page.current_slug(), "-", page.library.page(page.current_slug()).title)
        page.dialogs = PickPrinter(page, name)
        result["ok"] = page.print_page()
        print("print_page returned:", result["ok"], "; printer as the app set it up:", page.dialogs.seen)
        if len(sys.argv) > 3:
            print("save_pdf wrote:", page.save_pdf(sys.argv[3]))
        # The appointment summary (Reports page) through the same printer, as "Print…" there does.
        w.show_page("reports")
        reports = w.pages["reports"]
        reports.dialogs = PickPrinter(reports, name)
        result["summary"] = reports.print_summary()
        print("print_summary returned:", result["summary"], "; printer:", reports.dialogs.seen)
        app.quit()

    QTimer.singleShot(500, go)
    qapp.exec()
    ctx.store.close()
    return 0 if result.get("ok") and result.get("summary") else 1


if __name__ == "__main__":
    sys.exit(main())
