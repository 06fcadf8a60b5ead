"""Everything Qt: the app shell, one package per area, and the generated forms."""
