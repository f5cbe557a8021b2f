"""Magstripe card encoders (MSR206/MSR605 family) over a serial port."""
