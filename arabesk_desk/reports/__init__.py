"""Documents the app writes for people (audience texts, the yearly incident overview): plain
data built here, written as text or CSV here and as PDF by the ``ui`` layer."""
