"""Modules generated from ui/*.ui by scripts/build_qt.py (committed; do not edit)."""
