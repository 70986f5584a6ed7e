"""The docs page works offline: Swagger UI comes from this server, not a CDN."""

from __future__ import annotations

import re


def test_docs_page_loads_only_local_assets(client):
    page = client.get("/docs")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith("/") for a in assets), assets
    for asset in assets:
        with client.get(asset) as response:  # files are streamed: close them
            assert response.status_code == 200, asset


def test_docs_point_swagger_ui_at_the_served_spec(client):
    script = client.get("/docs/init.js").get_data(as_text=True)
    assert '"/openapi.json"' in script


def test_static_files_cannot_escape_their_folder(client):
    assert client.get("/docs/static/../__init__.py").status_code == 404
