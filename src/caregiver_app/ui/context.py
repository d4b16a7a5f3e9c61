"""What every screen may use, passed in explicitly (never a global): the clock, the paths, the store (for
reading), the services (for acting; their ``changes`` say what changed) and the prompts (for asking)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caregiver_app.services import Services
    from caregiver_app.storage import Store
    from caregiver_app.system.clock import Clock
    from caregiver_app.system.paths import AppPaths
    from caregiver_app.ui.prompts import Prompts


class AppContext:
    __slots__ = ("clock", "paths", "store", "services", "prompts")

    def __init__(self, clock: Clock, paths: AppPaths, store: Store, services: Services, prompts: Prompts):
        self.clock, self.paths, self.store, self.services, self.prompts = clock, paths, store, services, prompts
