"""The head office: HTTP service for tills, batch application, change feed, bundles and reports."""
