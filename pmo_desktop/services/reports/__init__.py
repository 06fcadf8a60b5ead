"""The reports area: the process checklist and adherence, retrospectives, improvements,
the workload ranking, status report drafts and issued status reports."""
