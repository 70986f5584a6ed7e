"""newsdesk benchmarks: `python -m bench [--quick|--full]` runs them all (see bench/__main__.py)."""
