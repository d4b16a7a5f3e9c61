"""What every screen may use, passed in explicitly (never a global): the clock, the paths, the store (for
reading), the services (for acting; their ``changes`` say what changed), the prompts (for asking), and
``readers``: makes the services over a read-only view of the same data file, for reading off the GUI thread
(None when the store has no file)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from caregiver_app.services import Services
    from caregiver_app.storage import Store
    from caregiver_app.system.clock import Clock
    from caregiver_app.system.paths import AppPaths
    from caregiver_app.ui.prompts import Prompts


class AppContext:
    __slots__ = ("clock", "paths", "store", "services", "prompts", "readers")

    def __init__(self, clock: Clock, paths: AppPaths, store: Store, services: Services, prompts: Prompts,
                 readers: Callable[[], Services] | None = None):
        self.clock, self.paths, self.store, self.services, self.prompts = clock, paths, store, services, prompts
        #: Called in a worker thread: services of its own over a read-only connection made there (close its
        #: ``store`` when done); they never write (not even the first check's time).
        self.readers = readers
