"""The staffing area: the grid and its edits, scenarios, actuals and imports."""
