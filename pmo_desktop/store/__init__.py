"""Persistence: SQLAlchemy models, engine, migrations, backups and portable JSON."""
