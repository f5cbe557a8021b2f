"""Persistence: SQLAlchemy 2.0 models, repositories, the unit of work and Alembic migrations."""
