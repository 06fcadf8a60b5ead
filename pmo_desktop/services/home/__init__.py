"""Home: the manager's Monday view, computed through the other areas' services.

Each tile carries a headline, a tone and a few lines (worst first), plus the view name of
the area it opens; lines carry the id to filter that area on. ``board.home_data`` builds
them all; ``tiles`` holds their shape.
"""
