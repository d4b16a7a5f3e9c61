"""``install-desktop`` / ``uninstall-desktop``: the menu entry, icons and metainfo for pip and pipx installs,
under the user's XDG data folder (a .deb installs them system-wide instead)."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caregiver_app.system.clock import Clock


def add_parser(sub: Any) -> None:
    for name, text in (("install-desktop", "add Caregiver Assistant to your desktop's menu (with its icon)"),
                       ("uninstall-desktop", "remove what install-desktop added")):
        p = sub.add_parser(name, help=text, description=text + ": files under $XDG_DATA_HOME "
                           "(~/.local/share) for this user only.")
        p.add_argument("--data-home", metavar="DIR", type=Path,
                       help="another XDG data folder (default: $XDG_DATA_HOME or ~/.local/share)")


def run(args: argparse.Namespace, clock: Clock) -> int:
    from caregiver_app.system.autostart import launch_command
    from caregiver_app.system.desktop import desktop_file_name, install_desktop, uninstall_desktop, xdg_data_home

    data_home = args.data_home.expanduser().resolve() if args.data_home else xdg_data_home()
    if args.command == "uninstall-desktop":
        removed = uninstall_desktop(data_home)
        print(f"Removed {len(removed)} files from {data_home}." if removed else
              f"Nothing to remove: no menu entry of Caregiver Assistant in {data_home}.")
        return 0
    command = launch_command(args.data_dir)
    written = install_desktop(command, data_home)
    print(f"Added Caregiver Assistant to the menu: {data_home / 'applications' / desktop_file_name()} "
          f"and {len(written) - 1} more files (icons, metainfo). It starts: {' '.join(command)}")
    print("Remove it with: caregiver-app uninstall-desktop")
    return 0
