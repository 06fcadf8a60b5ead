"""Headless outputs: charts (matplotlib Figures), PDFs (ReportLab) and tables (CSV/XLSX)."""
