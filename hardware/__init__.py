"""Device drivers and simulators for Kupa: readers, printers, drawer, encoders (never imports app)."""
