"""The Reports area: status reports, retrospectives, adherence, improvements, workload."""
