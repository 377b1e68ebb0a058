"""Readings the judge's conflict detectors share: which event a time or a negation belongs to."""
