"""Reusable widgets of the till window (thin: they show what bridges tell them)."""
