"""Use cases: functions over a Session that validate, write, and return frozen DTOs."""
