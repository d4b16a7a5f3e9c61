"""The only package that speaks SQL."""
from .db import (  # noqa: F401
    LATEST_VERSION,
    CorruptStoreError,
    NewerStoreError,
    Store,
    StoreError,
    StoreWriteError,
    open_store,
)
