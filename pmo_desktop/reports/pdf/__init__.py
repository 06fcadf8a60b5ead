"""One ReportLab builder per document; shared pieces in ``common``."""
