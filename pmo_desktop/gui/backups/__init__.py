"""File → Restore and the automatic backups of the open portfolio."""
