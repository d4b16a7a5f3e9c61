"""Bundled resources (icons, information pages). Loaded with importlib.resources."""
