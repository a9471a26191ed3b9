"""Arabesk Desk's Qt-free core: posts, policy, review workflow, log store and the CLI."""

__version__ = "0.1.0"
