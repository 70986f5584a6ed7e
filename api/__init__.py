"""The HTTP API and command line of newsdesk: the only layer that knows Flask and the environment."""
