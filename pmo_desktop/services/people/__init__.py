"""The people area: roster, 1:1s, growth, evaluations, the 1:1 schedule and imports."""
