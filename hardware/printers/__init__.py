"""Receipt printing: the print document the app fills in, ESC/POS rendering, transports and the cash drawer."""
