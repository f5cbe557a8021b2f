"""Readers: serial barcode and magstripe readers, keyboard-wedge burst detection, and the camera."""
