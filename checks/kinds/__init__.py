"""Reusable kinds of rule logic; a rule in a pack names its kind (see ``registry``)."""
