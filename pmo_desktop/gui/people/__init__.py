"""The People area: roster, 1:1s, goals, feedback, onboarding, evaluations, calibration."""
