"""Service endpoints: liveness, readiness, the OpenAPI document and the Swagger UI page (local files)."""

from __future__ import annotations

from flask import Blueprint as FlaskBlueprint
from flask import Response, current_app, send_from_directory
from flask_smorest import abort
from swagger_ui_bundle import swagger_ui_path

from api.extensions import Blueprint, get_store
from api.openapi import errors, json_response, ok, spec_texts
from schemas.envelopes import Health

blp = Blueprint("service", __name__, description="Process health for load balancers and orchestrators.")
docs = FlaskBlueprint("docs", __name__)

DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsdesk API</title>
<link rel="stylesheet" href="/docs/static/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/static/swagger-ui-bundle.js"></script>
<script src="/docs/static/swagger-ui-standalone-preset.js"></script>
<script src="/docs/init.js"></script></body></html>
"""
# A separate script file, not inline, so a strict Content-Security-Policy can forbid inline scripts.
DOCS_INIT = """window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout"});
"""


def _health() -> Health:
    return Health(status="ok", version=current_app.config["API_VERSION"])


@blp.route("/healthz", methods=["GET"])
@blp.doc(operationId="getHealth", security=[], responses=ok(200, Health, "The process is up."))
def healthz() -> Response:
    """Check that the server process is up."""
    return json_response(_health())


@blp.route("/readyz", methods=["GET"])
@blp.doc(operationId="getReadiness", security=[],
         responses={**ok(200, Health, "The database answers."), **errors(503)})
def readyz() -> Response:
    """Check that the server can reach its database."""
    try:
        ready = get_store().ping()
    except Exception:  # noqa: BLE001 - any failure to open or ping means not ready
        current_app.logger.exception("readiness check failed")
        ready = False
    if not ready:
        abort(503, message="The database is not reachable.")
    return json_response(_health())


@docs.get("/openapi.json")
def openapi_json() -> Response:
    return Response(spec_texts(current_app)[0], mimetype="application/json")


@docs.get("/openapi.yaml")
def openapi_yaml() -> Response:
    return Response(spec_texts(current_app)[1], mimetype="application/yaml")


@docs.get("/docs")
def docs_page() -> Response:
    return Response(DOCS_PAGE, mimetype="text/html")


@docs.get("/docs/init.js")
def docs_init() -> Response:
    return Response(DOCS_INIT, mimetype="text/javascript")


@docs.get("/docs/static/<path:filename>")
def docs_static(filename: str) -> Response:
    return send_from_directory(swagger_ui_path, filename, max_age=86400)
