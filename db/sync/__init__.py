"""Sync: one library on every machine of the user, and a study group's shared layer."""
