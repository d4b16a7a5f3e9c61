"""Platform care: paths, the clock, logging, start at login, one instance, the Qt binding, bundled files."""
