"""Use cases: each opens a unit of work, asks the domain, and commits once."""
