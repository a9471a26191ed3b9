"""Data behind Arabesk Desk: rule packs, term lists, channels, guidelines, translations.

A school may edit these files; no code lives here.
"""
