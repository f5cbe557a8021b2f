"""The manager's tools inside the till: members, cards, programs, CSV files, KPIs and the audit trail."""
