"""One module per dialog of the till window."""
