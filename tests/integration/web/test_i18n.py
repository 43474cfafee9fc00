"""The interface in English and German: the switcher, translated texts and localised dates."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
URL = reverse("timeline:timeline")


def test_language_switcher_keeps_the_page_and_its_filters(client, archive):
    response = client.post(
        reverse("timeline:set-language"), {"language": "de", "next": f"{URL}?category=earnings"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{URL}?category=earnings"
    html = client.get(response["Location"]).content.decode()
    assert '<html lang="de">' in html
    assert '<h1 id="results-heading">Chronik</h1>' in html
    assert "Geschäftszahlen" in html
    assert "Alle Filter entfernen" in html


def test_german_dates_and_months_are_localised(client, archive):
    html = client.get(URL, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "<h3>Oktober 2019</h3>" in html
    assert "Q4 2019" in html
    assert "1 Quelle" in html


def test_german_error_messages_name_the_parameter(client, archive):
    response = client.get(URL, {"country": "XX"}, HTTP_ACCEPT_LANGUAGE="de")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Einige Filter sind nicht verständlich" in html
    assert "XX ist kein Ländercode nach ISO 3166-1 alpha-2." in html


def test_tags_show_their_german_names(client, archive):
    html = client.get(URL, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert ">Halbleiter</label>" in html


def test_country_names_are_localised(client, archive):
    html = client.get(URL, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert '<label for="f-country-NL">Niederlande</label>' in html
    assert '<label for="f-country-EU">Europäische Union</label>' in html


def test_english_is_the_default(client, archive):
    html = client.get(URL).content.decode()
    assert '<html lang="en">' in html
    assert "<h3>October 2019</h3>" in html
