"""Fixes as edits with context: a suggestion becomes an edit built with its sentence.

:mod:`checks.fixes.spec` reads a rule's ``fix`` table; :mod:`checks.fixes.build` turns a
hit into :class:`checks.finding.Fix` values; :mod:`checks.fixes.edits` holds the text
primitives (capitals, removal with its commas, the sentence after the edit). Import the
submodules directly: this package imports nothing, so rules can name a spec cheaply.
"""
