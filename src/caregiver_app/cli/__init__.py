"""The command line: ``main`` parses and dispatches (cli/main.py); one module per command group; what they share
is in common.py."""
