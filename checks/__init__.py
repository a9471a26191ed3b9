"""Arabesk Desk's checking engine: De Arabesk's social-media protocol as findings on a post.

A Qt-free leaf: it imports nothing of ours. Start with :func:`checks.engine.load_engine`.
"""

from checks.context import Capacity, CheckContext, ReplyTo, Role
from checks.engine import Engine, EngineSettings, load_engine
from checks.finding import Category, Finding, Severity
from checks.packs import PackError

__all__ = [
    "Capacity",
    "Category",
    "CheckContext",
    "Engine",
    "EngineSettings",
    "Finding",
    "PackError",
    "ReplyTo",
    "Role",
    "Severity",
    "load_engine",
]
