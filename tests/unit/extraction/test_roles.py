"""Roles: a measure given to a country also names the body of that country the article names,
and a body's measure the state it belongs to."""

import datetime as dt

from tests.unit.extraction.builders import gazetteer_actor
from timeline.extraction import extract
from timeline.extraction.types import ArticleInput, Gazetteer

GAZETTEER = Gazetteer(
    actors=(
        gazetteer_actor("united-states", "United States", "country", "US", ("United States", "en")),
        gazetteer_actor("treasury", "Treasury", "government_body", "US", ("Treasury", "en")),
        gazetteer_actor(
            "state-dept", "State Department", "government_body", "US", ("State Department", "en")
        ),
        gazetteer_actor(
            "refinery", "Shandong Refinery", "company", "CN", ("Shandong Refinery", "en")
        ),
        gazetteer_actor("eu", "European Union", "organization", "EU", ("EU", "mul")),
        gazetteer_actor(
            "commission", "European Commission", "government_body", "EU", ("Kommission", "de")
        ),
    )
)
PUBLISHED = dt.datetime(2025, 3, 21, 12, tzinfo=dt.UTC)


def initiators(text: str, language: str = "en") -> list[set[str]]:
    result = extract(ArticleInput(text=text, published=PUBLISHED, language=language), GAZETTEER)
    return [{a.slug for a in e.actors if a.role == "initiator"} for e in result.events]


def test_a_countrys_measure_names_the_body_the_article_names_most():
    text = (
        "The United States on Thursday imposed sanctions on Shandong Refinery. "
        "The Treasury said the refinery had bought Iranian oil. "
        "The Treasury added that more designations would follow."
    )
    assert initiators(text)[0] == {"united-states", "treasury"}


def test_the_eus_measure_names_the_commission():
    text = (
        "Die EU verhängte am Freitag vorläufige Zölle gegen Shandong Refinery. "
        "Die Kommission begründete den Schritt mit Dumping."
    )
    assert initiators(text, "de")[0] == {"eu", "commission"}


def test_no_body_is_added_when_the_article_names_none_or_a_company_acts():
    text = "The United States on Thursday imposed sanctions on Shandong Refinery."
    assert initiators(text) == [{"united-states"}]
    text = (
        "Shandong Refinery on Thursday announced a new investment. "
        "The Treasury had named the company last year."
    )
    assert all("treasury" not in found for found in initiators(text))


def test_a_body_s_measure_names_its_state_when_the_article_does():
    text = (
        "The Treasury on Thursday imposed sanctions on Shandong Refinery. "
        "The United States has targeted buyers of Iranian oil for years."
    )
    assert initiators(text)[0] == {"treasury", "united-states"}
    german = (
        "Die Kommission verhängte am Freitag vorläufige Zölle gegen Shandong Refinery. "
        "Die EU will damit ihre Hersteller schützen."
    )
    assert initiators(german, "de")[0] == {"commission", "eu"}


def test_no_state_is_added_that_the_article_does_not_name_or_for_a_company():
    text = "The Treasury on Thursday imposed sanctions on Shandong Refinery."
    assert initiators(text) == [{"treasury"}]
    text = (
        "Shandong Refinery on Thursday announced a new investment. "
        "The United States had named the company last year."
    )
    assert all("united-states" not in found for found in initiators(text))
