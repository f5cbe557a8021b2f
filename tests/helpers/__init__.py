"""Shared helpers for Kupa's tests."""
