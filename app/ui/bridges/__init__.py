"""QObjects between the widgets and the services or devices; they speak to widgets only through signals."""
