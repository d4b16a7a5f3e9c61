"""The bundle's entry point (PyInstaller freezes this file): the same `main` as the `caregiver-app` command."""
import sys

from caregiver_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
