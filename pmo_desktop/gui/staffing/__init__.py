"""The staffing area: the grid, the roster, scenarios and billability."""
