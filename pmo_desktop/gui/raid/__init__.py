"""The Risks area: RAID register, heatmap, exposure trend, escalations with root causes."""
