"""The offline information pages: reading, parsing and searching them (no Qt)."""
