"""The ceiling for bench/http_load.py: a minimal Flask app that returns a stored body of a given size."""

from __future__ import annotations

import os

from flask import Flask, Response


def create_app() -> Flask:
    """One route: /body/<n> answers n bytes of JSON-typed payload, built once."""
    app = Flask(__name__)
    sizes = [int(s) for s in os.environ.get("BASELINE_SIZES", "1024").split(",")]
    bodies = {n: b"x" * n for n in sizes}

    @app.get("/body/<int:size>")
    def body(size: int) -> Response:
        return Response(bodies[size], mimetype="application/json")

    return app
