"""The people area: the team roster (``team``) and the person records (``roster``), 1:1s,
growth (goals, feedback, OKRs), onboarding, evaluations with their frameworks, evidence and
calibration, the 1:1 agenda from other areas, the 1:1 schedule and the imports."""
