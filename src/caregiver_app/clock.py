"""Time comes from here, never from datetime.now() scattered through the code.

Tests pass a ``FakeClock`` so they never sleep and can cross a daylight-saving change.
"""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now_utc(self) -> datetime: ...
    def monotonic(self) -> float: ...
    def local_tz(self) -> tzinfo: ...


def _system_tz() -> tzinfo:
    """The user's IANA time zone when it can be named, else the fixed local offset."""
    try:
        import tzlocal  # installed with APScheduler

        return tzlocal.get_localzone()
    except Exception:  # pragma: no cover - depends on the host
        return datetime.now().astimezone().tzinfo or timezone.utc


class SystemClock:
    def __init__(self) -> None:
        self._tz: tzinfo | None = None

    def now_utc(self) -> datetime:
        return datetime.now(timezone.utc)

    def monotonic(self) -> float:
        return time.monotonic()

    def local_tz(self) -> tzinfo:
        if self._tz is None:
            self._tz = _system_tz()
        return self._tz

    def now_local(self) -> datetime:
        return self.now_utc().astimezone(self.local_tz())


class FakeClock:
    """A clock the test moves by hand. ``jump`` changes wall time without monotonic time."""

    def __init__(self, start: datetime, tz: tzinfo | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(timezone.utc)
        self._mono = 1000.0
        self._tz = tz or timezone.utc

    def now_utc(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def local_tz(self) -> tzinfo:
        return self._tz

    def now_local(self) -> datetime:
        return self._now.astimezone(self._tz)

    def advance(self, delta: timedelta) -> None:
        """Time passes normally: wall and monotonic move together."""
        self._now += delta
        self._mono += delta.total_seconds()

    def jump(self, delta: timedelta) -> None:
        """The wall clock is changed (or the machine slept): monotonic time does not follow."""
        self._now += delta


def now_local(clock: Clock) -> datetime:
    return clock.now_utc().astimezone(clock.local_tz())
