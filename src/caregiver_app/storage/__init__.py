"""The only package that speaks SQL."""
from caregiver_app.storage.db import (
    LATEST_VERSION,
    CorruptStoreError,
    NewerStoreError,
    Store,
    StoreError,
    StoreWriteError,
    open_reader,
    open_store,
)

__all__ = ["LATEST_VERSION", "CorruptStoreError", "NewerStoreError", "Store", "StoreError", "StoreWriteError",
           "open_reader", "open_store"]
