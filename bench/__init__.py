"""Speed and quality figures: scripts that print numbers, never timed tests."""
