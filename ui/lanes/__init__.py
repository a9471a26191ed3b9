"""Background lanes: the check lane, the spelling lane and the store lane. The GUI never waits."""
