"""Time comes from here, never from datetime.now() scattered through the code.

Tests pass a ``FakeClock`` so they never sleep and can cross a daylight-saving change.
"""
from __future__ import annotations

import time
from abc import ABC, abstractmethod
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now_utc(self) -> datetime: ...
    def monotonic(self) -> float: ...
    def local_tz(self) -> tzinfo: ...
    def now_local(self) -> datetime: ...
    def today(self) -> date: ...


class LocalTime(ABC):
    """``now_local`` and ``today`` from ``now_utc`` and ``local_tz``: the one place local time is worked out."""

    @abstractmethod
    def now_utc(self) -> datetime: ...

    @abstractmethod
    def local_tz(self) -> tzinfo: ...

    def now_local(self) -> datetime:
        return self.now_utc().astimezone(self.local_tz())

    def today(self) -> date:
        """The local calendar day now."""
        return self.now_local().date()


def zone_name_from_system(environ=None, localtime: str = "/etc/localtime") -> str | None:
    """The IANA name of the local zone where a Unix system states it plainly: ``TZ`` holding a zone name, else
    /etc/localtime as a link into a zoneinfo folder. None otherwise (then tzlocal decides, see ``_system_tz``).

    This covers almost every Linux desktop without importing tzlocal at start-up (it brings locale, calendar and a
    Windows zone table: ~1 MB; tzlocal is loaded moments later with APScheduler anyway)."""
    import os

    environ = os.environ if environ is None else environ
    tz = (environ.get("TZ") or "").strip()
    if tz:
        name = tz[1:] if tz.startswith(":") else tz
        # A zone name (Europe/London, UTC); not a path and not a POSIX rule such as "CET-1CEST,M3.5.0,M10.5.0/3".
        if name and not name.startswith("/") and "," not in name and ".." not in name and _is_zone_name(name):
            return name
        return None  # an unusual TZ: leave it to tzlocal
    try:
        target = os.path.realpath(localtime)
    except OSError:  # pragma: no cover - depends on the host
        return None
    marker = "/zoneinfo/"
    if os.path.islink(localtime) and marker in target:
        name = target.split(marker, 1)[1]
        for prefix in ("posix/", "right/"):
            if name.startswith(prefix):
                name = name[len(prefix):]
        return name if _is_zone_name(name) else None
    return None


def _is_zone_name(name: str) -> bool:
    import re

    return re.fullmatch(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*", name) is not None


def _system_tz() -> tzinfo:
    """The user's IANA time zone when it can be named, else the fixed local offset."""
    name = zone_name_from_system()
    if name:
        try:
            from zoneinfo import ZoneInfo

            return ZoneInfo(name)
        except Exception:  # not a zone this machine knows: let tzlocal look further
            pass
    try:
        import tzlocal  # installed with APScheduler

        return tzlocal.get_localzone()
    except Exception:  # pragma: no cover - depends on the host
        return datetime.now().astimezone().tzinfo or UTC


class SystemClock(LocalTime):
    def __init__(self) -> None:
        self._tz: tzinfo | None = None

    def now_utc(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def local_tz(self) -> tzinfo:
        if self._tz is None:
            self._tz = _system_tz()
        return self._tz


class FakeClock(LocalTime):
    """A clock the test moves by hand. ``jump`` changes wall time without monotonic time."""

    def __init__(self, start: datetime, tz: tzinfo | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._mono = 1000.0
        self._tz = tz or UTC

    def now_utc(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def local_tz(self) -> tzinfo:
        return self._tz

    def advance(self, delta: timedelta) -> None:
        """Time passes normally: wall and monotonic move together."""
        self._now += delta
        self._mono += delta.total_seconds()

    def jump(self, delta: timedelta) -> None:
        """The wall clock is changed (or the machine slept): monotonic time does not follow."""
        self._now += delta

