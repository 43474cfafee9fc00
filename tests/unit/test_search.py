"""The search text of an event and the terms of a query, as both sides are normalised."""

from timeline.search import search_document, search_terms


def test_document_joins_title_summary_and_evidence_case_folded():
    text = search_document("Huawei Added", "", ["The BIS said on Thursday.", "  "])
    assert text == "huawei added\nthe bis said on thursday."


def test_full_width_and_case_variants_normalise_alike():
    assert search_document("ＨＵＡＷＥＩ　Ｍａｔｅ　６０", "", []) == "huawei mate 60"
    assert search_terms("Mate６０") == ["mate60"]


def test_german_sharp_s_matches_its_capital_spelling():
    assert search_terms("STRASSE") == search_terms("Straße")


def test_terms_are_distinct_and_longest_first():
    assert search_terms("chip Export CHIP controls") == ["controls", "export", "chip"]


def test_an_empty_query_has_no_terms():
    assert search_terms("   ") == []
