"""Pure-Python PMO rules and vocabulary: no Qt, no SQLAlchemy."""
