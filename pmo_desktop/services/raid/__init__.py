"""The RAID area: the register, escalations and analysis."""
