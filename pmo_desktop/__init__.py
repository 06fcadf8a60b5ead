"""PMO Desktop: an offline workspace for an Associate Director of a PMO."""

__version__ = "0.1.0"
APP_NAME = "PMO Desktop"
ORG_NAME = "PMO Desktop"
