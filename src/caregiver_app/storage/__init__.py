"""The only package that speaks SQL."""
from caregiver_app.storage.db import (  # noqa: F401
    LATEST_VERSION,
    CorruptStoreError,
    NewerStoreError,
    Store,
    StoreError,
    StoreWriteError,
    open_store,
)
