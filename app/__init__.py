"""Kupa: an offline-first point of sale with loyalty cards."""

__version__ = "0.1.0"
