"""A deterministic demo portfolio (small or large) for trying the app and for screenshots."""

from __future__ import annotations

from pmo_desktop.services.demo.core import DemoStats, generate

__all__ = ["DemoStats", "generate"]
