"""Browser tests: Playwright driving Debian's Chromium against a live server on 127.0.0.1.

They skip with a stated reason when /usr/bin/chromium (or the playwright package) is missing;
when CI requires the browser (CI_REQUIRE_SERVICES contains "browser") they fail instead.
No browser is ever downloaded.
Screenshots go to BROWSER_ARTIFACTS_DIR (default: a folder under pytest's temporary directory).
"""

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import required_in_ci
from tests.factories import ActorFactory, ArticleFactory, make_event
from timeline.models import Tag
from timeline.services.events import event_relation_add, event_source_add

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"Chromium not found at {CHROMIUM} (CI installs Debian's chromium with apt)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    reason = _missing()
    if reason:
        if required_in_ci("browser"):
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls of the test
    # fixtures happen between browser calls, never concurrently with them.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def requests_seen() -> list[str]:
    return []


@pytest.fixture
def page(browser: Any, live_server: Any, requests_seen: list[str]) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    tab = context.new_page()
    tab.on("request", lambda request: requests_seen.append(request.url))
    tab.set_default_timeout(10_000)
    yield tab
    context.close()
    outside = [
        url
        for url in requests_seen
        if not url.startswith(live_server.url) and not url.startswith("data:")
    ]
    assert outside == [], f"requests left 127.0.0.1: {outside}"


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    configured = os.environ.get("BROWSER_ARTIFACTS_DIR")
    folder = Path(configured) if configured else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(autouse=True)
def fresh_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline import views

    monkeypatch.setattr(views, "FACET_CACHE_SECONDS", 0)


@pytest.fixture
def archive(transactional_db):
    huawei = ActorFactory(slug="huawei", name="Huawei", country="CN")
    bis = ActorFactory(
        slug="bis", name="Bureau of Industry and Security", country="US", kind="government_body"
    )
    mofcom = ActorFactory(
        slug="mofcom", name="Ministry of Commerce", country="CN", kind="government_body"
    )
    asml = ActorFactory(slug="asml", name="ASML", country="NL")
    semis = Tag.objects.create(slug="semiconductors", name="Semiconductors", name_de="Halbleiter")
    rule = make_event(
        title="Huawei added to the Entity List",
        summary="The Commerce Department restricts exports of US technology to Huawei.",
        date=dt.date(2019, 5, 15),
        category="export_controls",
        stage="effective",
        actors=((bis, "initiator"), (huawei, "target")),
        tags=(semis,),
    )
    answer = make_event(
        title="China announces an unreliable entity list",
        date=dt.date(2019, 5, 31),
        category="government_policy",
        stage="announced",
        actors=((mofcom, "initiator"),),
    )
    event_relation_add(source=answer, target=rule, relation="responds_to")
    results = make_event(
        title="Huawei fourth-quarter results",
        date=dt.date(2019, 10, 1),
        precision="quarter",
        category="earnings",
        actors=((huawei, "initiator"),),
    )
    plan = make_event(
        title="Dutch licence rules for lithography tools",
        date=dt.date(2023, 6, 30),
        category="export_controls",
        approximate=True,
        precision="month",
        actors=((asml, "target"),),
    )
    hostile = make_event(
        title='<img src=x onerror="alert(1)"><script>alert(2)</script>',
        date=dt.date(2024, 1, 8),
        category="statement",
        actors=((huawei, "mentioned"),),
    )
    article = ArticleFactory(
        title="Entity List addition", url="https://news.example/entity-list", language="en"
    )
    event_source_add(
        event=rule,
        article=article,
        evidence="On 15 May 2019 the department added Huawei to the Entity List.",
        date_phrase="On 15 May 2019",
    )
    return {"rule": rule, "answer": answer, "results": results, "plan": plan, "hostile": hostile}
