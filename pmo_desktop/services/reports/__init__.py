"""The reports area: adherence, retrospectives, improvements, workload, drafts, status."""
