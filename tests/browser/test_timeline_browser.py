"""Readers in a real browser: filtering, opening an event, switching language, keyboard only."""

import re
from typing import Any

import pytest


def _listed(page: Any) -> list[str]:
    return [
        str(value)
        for value in page.eval_on_selector_all(
            "#event-list li.event", "items => items.map(item => item.dataset.eventId)"
        )
    ]


def _uses_htmx(page: Any) -> bool:
    return bool(page.evaluate("() => Boolean(window.htmx)"))


def _apply_if_needed(page: Any) -> None:
    """With htmx the list updates by itself; without it the reader presses the button."""
    if not _uses_htmx(page):
        page.get_by_role("button", name="Apply filters").click()


def test_filter_by_category_and_actor_updates_url_and_list(page, live_server, archive, artifacts):
    page.goto(live_server.url + "/")
    page.screenshot(path=str(artifacts / "timeline-desktop.png"), full_page=True)
    assert len(_listed(page)) == 5
    page.get_by_label("Export controls").check()
    _apply_if_needed(page)
    page.wait_for_url(re.compile(r"category=export_controls"))
    page.wait_for_function("document.querySelectorAll('#event-list li.event').length === 2")
    assert set(_listed(page)) == {str(archive["rule"].pk), str(archive["plan"].pk)}

    # the swapped-in form gets its type-ahead when htmx settles, a moment after the list shows
    page.wait_for_function("document.querySelector('#f-actor').dataset.ready === '1'")
    actor_input = page.get_by_label("Add an actor")
    actor_input.fill("Hua")
    page.wait_for_function("document.querySelectorAll('#actor-options option').length > 0")
    actor_input.fill("huawei")
    if not _uses_htmx(page):
        page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"actor=huawei"))
    page.wait_for_function("document.querySelectorAll('#event-list li.event').length === 1")
    assert _listed(page) == [str(archive["rule"].pk)]
    assert "category=export_controls" in page.url

    page.go_back()
    page.wait_for_url(re.compile(r"^(?!.*actor=huawei).*category=export_controls"))
    page.wait_for_function("document.querySelectorAll('#event-list li.event').length === 2")


def test_open_an_event_with_its_evidence_and_chain(page, live_server, archive, artifacts):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Huawei added to the Entity List").click()
    page.wait_for_url(re.compile(rf"/events/{archive['rule'].pk}/$"))
    assert page.locator("h1").inner_text() == "Huawei added to the Entity List"
    assert page.locator("blockquote mark").inner_text() == "On 15 May 2019"
    related = page.locator("section[aria-labelledby=related-heading]")
    assert "China announces an unreliable entity list" in related.inner_text()
    page.screenshot(path=str(artifacts / "event.png"), full_page=True)


def test_switch_language_to_german(page, live_server, archive):
    page.goto(live_server.url + "/?category=earnings")
    page.get_by_label("Language").select_option("de")
    page.get_by_role("button", name="Switch").click()
    page.wait_for_selector("html[lang=de]")
    assert page.locator("#results-heading").inner_text() == "Chronik"
    assert "category=earnings" in page.url
    assert "Q4 2019" in page.locator("#event-list").inner_text()


def test_filters_work_with_the_keyboard_alone(page, live_server, archive):
    page.goto(live_server.url + "/")
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "f-cat-earnings":
            break
    else:
        pytest.fail("the Earnings checkbox cannot be reached with Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus is visible"
    page.keyboard.press("Space")
    if not _uses_htmx(page):
        for _ in range(80):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.textContent") == "Apply filters":
                break
        page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"category=earnings"))
    page.wait_for_function("document.querySelectorAll('#event-list li.event').length === 1")
    assert _listed(page) == [str(archive["results"].pk)]


def test_text_from_articles_never_runs_as_script(page, live_server, archive):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(live_server.url + "/")
    title = page.locator(f'li[data-event-id="{archive["hostile"].pk}"] h4').inner_text()
    assert title == '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    page.goto(live_server.url + f"/events/{archive['hostile'].pk}/")
    page.goto(live_server.url + "/embed/")
    page.wait_for_timeout(500)
    assert dialogs == []


def test_phone_width_has_no_sideways_scrolling(browser, live_server, archive, artifacts):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone = context.new_page()
    try:
        for path, name in [
            ("/", "timeline-phone.png"),
            (f"/events/{archive['rule'].pk}/", None),
            ("/actors/huawei/", None),
        ]:
            phone.goto(live_server.url + path)
            width = phone.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{path} is {width}px wide"
            if name:
                phone.screenshot(path=str(artifacts / name))
    finally:
        context.close()


def test_actor_page_and_embed(page, live_server, archive, artifacts):
    page.goto(live_server.url + "/actors/huawei/")
    assert page.locator("h1").inner_text() == "Huawei"
    assert len(_listed(page)) == 3
    page.screenshot(path=str(artifacts / "actor.png"), full_page=True)
    page.goto(live_server.url + "/embed/?actor=huawei")
    if page.locator("#timeline-embed").count():
        page.wait_for_selector(".tl-slide")
        assert page.locator("#embed-fallback").is_hidden()
    else:
        assert page.locator("#embed-fallback li.event").count() == 3
    page.screenshot(path=str(artifacts / "embed.png"))


def test_load_more_appends_the_next_events(page, live_server, archive, monkeypatch):
    from timeline import views

    monkeypatch.setattr(views, "TIMELINE_PAGE_SIZE", 2)
    page.goto(live_server.url + "/")
    first = _listed(page)
    assert len(first) == 2
    page.get_by_role("link", name="Load more events").click()
    if _uses_htmx(page):
        page.wait_for_function("document.querySelectorAll('#event-list li.event').length === 4")
        assert _listed(page)[:2] == first
    else:
        page.wait_for_url(re.compile(r"after="))
        assert not set(_listed(page)) & set(first)
    assert len(set(_listed(page))) == len(_listed(page))
