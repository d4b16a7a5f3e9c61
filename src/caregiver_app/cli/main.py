"""``caregiver-app [--data-dir DIR] [COMMAND]``: no command starts the desktop app; each command lives in a module
of its own (demo, today, report, data) and is imported only when it runs."""
from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from caregiver_app.system.clock import Clock

#: command -> (module in caregiver_app.cli, function that runs it)
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("demo", "run"), "today": ("today", "run"), "report": ("report", "run"),
    "backup": ("data", "cmd_backup"), "check": ("data", "cmd_check"), "export": ("data", "cmd_export"),
    "import": ("data", "cmd_import"), "install-desktop": ("desktop", "run"), "uninstall-desktop": ("desktop", "run"),
    "self-test": ("selftest", "run"), "checkin": ("checkin", "run"),
}
#: --page: the desktop app's pages (ui.main_window.PAGE_ORDER; kept here so parsing never imports Qt)
PAGES = ("today", "medicines", "diary", "plans", "info", "reports")


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from caregiver_app.cli import checkin, data, demo, desktop, report, selftest, today

    p = argparse.ArgumentParser(
        prog="caregiver-app",
        description="Caregiver Assistant: dose reminders, symptom diary and taper plans, kept on this computer.",
    )
    from caregiver_app import version

    p.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    p.add_argument("--data-dir", metavar="DIR",
                   help="folder for the data (default: your user data folder, or $CAREGIVER_APP_DATA_DIR)")
    p.add_argument("--page", choices=PAGES, help="open the desktop app on this page (if it is running already, "
                   "it comes forward there)")
    p.add_argument("--language", metavar="CODE",
                   help="the desktop app's language this time (en, es; 'pseudo' tests the translations), "
                        "instead of the Language setting")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    demo.add_parser(sub)
    today.add_parser(sub)
    report.add_parser(sub)
    data.add_parsers(sub)  # backup, check, export, import
    desktop.add_parser(sub)  # install-desktop, uninstall-desktop
    selftest.add_parser(sub)
    checkin.add_parser(sub)
    return p


def command(name: str) -> Callable[[argparse.Namespace, Clock], int]:
    module, func = COMMANDS[name]
    run: Callable[[argparse.Namespace, Clock], int] = getattr(
        importlib.import_module(f"caregiver_app.cli.{module}"), func)
    return run


def _gui_only_args(argv: Sequence[str]) -> tuple[bool, str | None]:
    """The plain start (no command, at most --data-dir) skips argparse: start-up time is measured."""
    args = list(argv)
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--data-dir" and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--data-dir=") and len(args[0]) > len("--data-dir="):
        return True, args[0].split("=", 1)[1]
    return False, None


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    gui, data_dir = _gui_only_args(argv)
    if gui:
        from caregiver_app.app import run_gui

        return run_gui(data_dir=data_dir, clock=clock)
    args = build_parser().parse_args(argv)
    if args.command is None:
        from caregiver_app.app import run_gui

        return run_gui(data_dir=args.data_dir, clock=clock, page=args.page, language=args.language)
    from caregiver_app.cli.common import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_STORE, EXIT_USER, UserError
    from caregiver_app.storage import StoreError
    from caregiver_app.system.clock import SystemClock
    from caregiver_app.system.paths import DataDirError

    try:
        return command(args.command)(args, clock or SystemClock())
    except (UserError, StoreError, DataDirError) as exc:
        print(f"caregiver-app: {exc}", file=sys.stderr)
        return EXIT_STORE if isinstance(exc, StoreError) else EXIT_USER
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: said as one, never as a refusal of the user's input
        import traceback

        from caregiver_app.domain.validation import shown

        # (The traceback for the report, its lines quoted safely: an exception's text may hold a value from a file.)
        for line in traceback.format_exc().splitlines():
            print(shown(line, 2000), file=sys.stderr)
        print(f"caregiver-app: internal error ({type(exc).__name__}: {shown(str(exc), 200)}). This is a fault of "
              "the app, not of your data or what you typed; please report it with the lines above. Nothing more "
              "was changed.", file=sys.stderr)
        return EXIT_INTERNAL


def gui_main() -> int:
    return main(sys.argv[1:])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
