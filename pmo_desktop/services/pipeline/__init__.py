"""The pipeline area: the board, editing, health, roadmap, figures and imports."""
