"""Days off (public holidays, closure days, time off) shared by staffing and people."""
