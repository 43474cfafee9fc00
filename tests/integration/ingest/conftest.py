"""Fixtures for ingestion: the stand-in extractor, tasks in-process, pages served on 127.0.0.1."""

import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from config.celery import app
from tests.integration.ingest import fakes
from timeline.models import Article
from timeline.services.ingest import outcome_for

FAKE_EXTRACTOR = "tests.integration.ingest.fakes.extract"


@pytest.fixture(autouse=True)
def fake_extractor(settings, monkeypatch):
    settings.INGEST_EXTRACTOR = FAKE_EXTRACTOR
    monkeypatch.setattr(fakes, "EXTRACTOR_VERSION", "fake-1")


@pytest.fixture(autouse=True)
def tasks_in_process(request, monkeypatch) -> None:
    """Run tasks in-process, except in tests that send them through a real broker.

    Through monkeypatch, so that a test changing the flag again is undone in the right order.
    """
    if not request.node.get_closest_marker("broker"):
        monkeypatch.setattr(app.conf, "task_always_eager", True)


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    stream_bytes: int = 0


@dataclass
class FixtureServer:
    """A local HTTP server; tests register what each path answers."""

    port: int
    routes: dict[str, Route]
    hits: dict[str, int]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


def _handler(
    routes: dict[str, Route], hits: dict[str, int]
) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            hits[path] = hits.get(path, 0) + 1
            route = routes.get(path)
            if route is None:
                self.send_error(404)
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            for key, value in route.headers.items():
                self.send_header(key, value)
            if route.stream_bytes:
                self.end_headers()
                chunk = b"x" * 65536
                sent = 0
                try:
                    while sent < route.stream_bytes:
                        self.wfile.write(chunk)
                        sent += len(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)

    return Handler


@pytest.fixture
def fixture_server(settings) -> Iterator[FixtureServer]:
    routes: dict[str, Route] = {}
    hits: dict[str, int] = {}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes, hits))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.INGEST_ALLOWED_HOSTS = ["127.0.0.1"]
    try:
        yield FixtureServer(port=server.server_address[1], routes=routes, hits=hits)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def settled(django_capture_on_commit_callbacks):
    """Call a service, run the tasks it queued for after the commit, and return its outcome
    as it stands once they are done (tests run inside a transaction that never commits)."""

    def call(service, **arguments):
        with django_capture_on_commit_callbacks(execute=True):
            outcome = service(**arguments)
        if getattr(outcome, "status", None) == "queued":
            article = Article.objects.get(pk=outcome.article_id)
            return outcome_for(article, input=outcome.input)
        return outcome

    return call
