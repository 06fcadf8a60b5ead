"""The pipeline area: the project table, its filters, and (later) the board and health."""
