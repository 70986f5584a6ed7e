"""The HTTP API and command line of newsdesk: the only layer that knows Flask and the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from api import config


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the WSGI app: defaults, then NEWSDESK_* variables, then `test_config`."""
    from api.settings import database_url, parser_settings

    app = Flask(__name__)
    app.config.from_object(config.Defaults)
    app.config.update(config.from_environ(os.environ))
    app.config.update(test_config or {})
    app.config["DATABASE_URL"] = app.config["DATABASE_URL"] or database_url()
    config.finish(app.config)
    app.extensions["newsdesk"] = {"parser_settings": parser_settings()}
    _register(app)
    return app


def _register(app: Flask) -> None:
    """Attach the resources, their OpenAPI components, the docs and the error handlers."""
    # Imported here so the CLI commands that never serve (parse, schema) skip the web stack.
    from werkzeug.exceptions import HTTPException

    from api import articles, catalog, participants, quotes, service
    from api.auth import guard_reads
    from api.errors import ProblemSchema, handle_unexpected
    from api.extensions import Api, bad_query
    from api.openapi import register_components
    from api.uploads import ArticleUploadSchema
    from storage import QuerySyntaxError

    api = Api(app)
    register_components(api.spec)
    api.spec.components.schema("ArticleUpload", schema=ArticleUploadSchema)
    api.spec.components.schema("Problem", schema=ProblemSchema)
    for blueprint in (articles.blp, quotes.blp, quotes.timeline_blp, participants.blp, catalog.topics_blp,
                      catalog.sources_blp, service.blp):
        api.register_blueprint(blueprint)
    app.register_blueprint(service.docs)
    app.register_error_handler(HTTPException, api.handle_http_exception)
    app.register_error_handler(QuerySyntaxError, bad_query)
    app.register_error_handler(Exception, handle_unexpected)
    app.before_request(guard_reads)
