"""gunicorn settings for the newsdesk API: `newsdesk serve`, the Dockerfile and bench/http_load.py all use this file.

Command-line flags (--bind, --workers) override these values.
"""

import multiprocessing

wsgi_app = "api:create_app()"
bind = "127.0.0.1:8000"  # loopback unless told otherwise; the Dockerfile binds 0.0.0.0
# Sync workers: requests are short and CPU-bound, and each worker opens its own Store after fork.
worker_class = "sync"
preload_app = True  # import once in the master (spaCy is heavy), fork cheap copies
workers = multiprocessing.cpu_count() * 2 + 1
timeout = 60  # parsing a large upload with spaCy is the slowest request
graceful_timeout = 30
keepalive = 5
max_requests = 10000  # recycle workers now and then, so a slow leak never grows for ever
max_requests_jitter = 1000
accesslog = "-"  # access log to stdout, error log to stderr: the container collects both
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms'
limit_request_line = 8190
forwarded_allow_ips = "127.0.0.1"
control_socket_disable = True  # one fixed socket path per user would clash between servers on one machine


def worker_exit(server, worker):
    """Close this worker's database connections on the way out."""
    from api.extensions import close_store

    app = getattr(worker, "wsgi", None)
    if app is not None and hasattr(app, "extensions"):
        close_store(app)
