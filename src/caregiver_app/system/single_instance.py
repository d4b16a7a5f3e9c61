"""One running app per data folder: a second start brings the first window forward.

A QLockFile in the data folder decides who runs (stale locks from a crash are taken over);
a QLocalServer named after the data folder carries the "show yourself" message, optionally with the page to
show ("show today", from the menu entry's "Today's doses" action).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork is loaded after the first paint
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

MESSAGE = b"show\n"


def server_name(data_dir: Path) -> str:
    # Qt's own SHA-256: hashlib would load OpenSSL's libcrypto just for this (~3.6 MB of memory).
    from PySide6.QtCore import QCryptographicHash

    digest = QCryptographicHash.hash(str(data_dir.resolve()).encode(), QCryptographicHash.Algorithm.Sha256)
    return f"caregiver-app-{bytes(digest.toHex().data()).decode()[:16]}"


class SingleInstance(QObject):
    activated = Signal()
    page_requested = Signal(str)  # after activated, when the second start asked for a page

    def __init__(self, lock_path: Path, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale
        self._data_dir = data_dir
        self._server: QLocalServer | None = None

    @property
    def _name(self) -> str:
        return server_name(self._data_dir)

    def acquire(self, listen: bool = True) -> bool:
        """True when this process is the one that runs.

        With ``listen=False`` only the lock is taken; call ``listen()`` once the window is up (QtNetwork is
        kept off the start-up path; a second start meanwhile retries for a few seconds).
        """
        if not self._lock.tryLock(200):
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        QLocalServer.removeServer(self._name)  # a crashed owner may leave a socket behind
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            log.warning("single-instance server did not start: %s", server.errorString())
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            # The second process writes its one short message at once; wait briefly for it.
            if sock.bytesAvailable() or sock.waitForReadyRead(500):
                text = bytes(sock.readAll().data())
                if text.startswith(MESSAGE.strip()):
                    self.activated.emit()
                    page = text[len(MESSAGE.strip()):].strip().decode("ascii", "replace")
                    if page:
                        self.page_requested.emit(page)
            sock.abort()
            sock.deleteLater()

    def notify_running(self, timeout_ms: int = 2000, tries: int = 10, page: str | None = None) -> bool:
        """Ask the running app to come forward (on ``page``, if given). False if it could not be reached."""
        import time

        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket()
        for _attempt in range(tries):
            sock.connectToServer(self._name)
            if sock.waitForConnected(timeout_ms):
                break
            time.sleep(0.5)  # the running app may still be starting up
        else:
            return False
        sock.write(MESSAGE if not page else MESSAGE.strip() + b" " + page.encode("ascii", "replace") + b"\n")
        ok = sock.waitForBytesWritten(timeout_ms)
        sock.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
