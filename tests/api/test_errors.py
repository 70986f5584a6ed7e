"""Every error is RFC 9457 problem+json, with the headers the status calls for and no internals."""

from __future__ import annotations

from pathlib import Path

from tests.api.conftest import make_app, problem


def test_unknown_path_is_a_problem(client):
    problem(client.get("/v1/nothing-here"), 404)


def test_wrong_method_names_the_allowed_ones(client):
    response = client.put("/v1/articles")
    problem(response, 405)
    assert {"GET", "POST"} <= {m.strip() for m in response.headers["Allow"].split(",")}


def test_crash_reveals_nothing(tmp_path: Path):
    app = make_app(tmp_path)
    app.testing = False  # let the error handler answer instead of re-raising into the test

    def boom():
        raise RuntimeError("secret internals /etc/passwd")

    app.add_url_rule("/boom", view_func=boom)
    body = problem(app.test_client().get("/boom"), 500)
    assert "secret" not in str(body) and "RuntimeError" not in str(body)


def test_bad_paging_is_422_with_field_errors(client):
    body = problem(client.get("/v1/articles?per_page=101"), 422)
    assert "per_page" in body["errors"]["query"]
    problem(client.get("/v1/articles?page=0"), 422)


def test_bad_enum_and_date_are_422(client):
    assert "sort" in problem(client.get("/v1/articles?sort=sideways"), 422)["errors"]["query"]
    assert "published_from" in problem(client.get("/v1/quotes?published_from=yesterday"), 422)["errors"]["query"]
