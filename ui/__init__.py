"""Arabesk Desk's Qt layer: widgets, the composition root and the background lanes."""
