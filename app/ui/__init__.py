"""The till window: pages, widgets and dialogs on top of QObject bridges that call the services."""
