"""Actor stage: gazetteer matching with case rules, inflections, longest match, metonyms."""

from tests.unit.extraction.builders import gazetteer_actor
from timeline.extraction.actor_matcher import build_matcher
from timeline.extraction.actors import find_actors, find_actors_with_references
from timeline.extraction.types import Gazetteer, GazetteerActor


def slugs(text: str, language: str, gazetteer) -> list[str]:
    return [m.slug for m in find_actors(text, build_matcher(gazetteer, language))]


def test_aliases_in_each_language(gazetteer):
    assert slugs("Alibaba said it would invest.", "en", gazetteer) == ["alibaba-group"]
    assert slugs("阿里巴巴宣布投资。", "zh", gazetteer) == ["alibaba-group"]


def test_german_genitive_and_english_possessive(gazetteer):
    assert slugs("Alibabas Aktie stieg.", "de", gazetteer) == ["alibaba-group"]
    assert slugs("Nvidia's chips are in demand.", "en", gazetteer) == ["nvidia"]


def test_german_adjective_inflection(gazetteer):
    assert slugs("Das teilte das chinesische Handelsministerium mit.", "de", gazetteer) == [
        "china-ministry-of-commerce"
    ]
    assert slugs("Laut dem chinesischen Handelsministerium gilt das.", "de", gazetteer) == [
        "china-ministry-of-commerce"
    ]


def test_acronyms_need_their_case(gazetteer):
    assert slugs("Thanks to us, the sap rose.", "en", gazetteer) == []
    assert slugs("SAP and the US agreed.", "en", gazetteer) == ["sap", "united-states"]


def test_a_name_matches_with_us_or_u_s_either_way():
    court = gazetteer_actor(
        "dc-circuit",
        "US Court of Appeals for the D.C. Circuit",
        "government_body",
        "US",
        ("U.S. Court of Appeals for the District of Columbia Circuit", "en"),
    )
    gazetteer = Gazetteer(actors=(court,))
    text = "A panel of the US Court of Appeals for the District of Columbia Circuit ruled."
    assert slugs(text, "en", gazetteer) == ["dc-circuit"]


def test_multi_word_alias_matches_in_lower_case(gazetteer):
    assert slugs("the commerce ministry said", "en", gazetteer) == ["china-ministry-of-commerce"]


def test_longest_match_wins(gazetteer):
    mentions = find_actors(
        "Das US-Handelsministerium erließ Regeln.", build_matcher(gazetteer, "de")
    )
    assert [(m.slug, m.text) for m in mentions] == [
        ("us-department-of-commerce", "US-Handelsministerium")
    ]


def test_city_metonym_only_in_political_context(gazetteer):
    assert slugs("Washington imposed new export controls.", "en", gazetteer) == ["united-states"]
    assert slugs("He grew up in a suburb near Washington with his cousins.", "en", gazetteer) == []


def test_surname_after_full_name_is_the_same_person(gazetteer):
    text = "CEO Eddie Wu spoke first. Later, Wu said AI was an opportunity."
    assert slugs(text, "en", gazetteer) == ["eddie-wu", "eddie-wu"]


def test_words_inside_other_words_do_not_match(gazetteer):
    assert slugs("Chinatown and Huaweifans", "en", gazetteer) == []


def test_definite_description_refers_to_the_last_fitting_actor(gazetteer):
    from timeline.extraction.actors import find_actors_with_references

    text = "The Commerce Department acted on Friday. Huawei objected. The department said more."
    mentions = find_actors_with_references(text, build_matcher(gazetteer, "en"), "en")
    assert [(m.slug, m.text) for m in mentions] == [
        ("us-department-of-commerce", "Commerce Department"),
        ("huawei", "Huawei"),
        ("us-department-of-commerce", "The department"),
    ]


def test_description_without_a_fitting_antecedent_is_left_alone(gazetteer):
    from timeline.extraction.actors import find_actors_with_references

    text = "Huawei objected. The ministry said nothing."
    mentions = find_actors_with_references(text, build_matcher(gazetteer, "en"), "en")
    assert [m.slug for m in mentions] == ["huawei"]


def test_chinese_pair_of_one_character_country_names(gazetteer):
    from timeline.extraction.actors import find_actors_with_references

    mentions = find_actors_with_references(
        "中美双方今天发布联合声明。", build_matcher(gazetteer, "zh"), "zh"
    )
    assert [m.slug for m in mentions] == ["china", "united-states"]


def test_the_company_is_the_company_the_text_is_about(gazetteer):
    from timeline.extraction.actors import find_actors_with_references

    text = (
        "Alibaba grew. Alibaba hired. Nvidia sells chips to it. The company said it would invest."
    )
    mentions = find_actors_with_references(text, build_matcher(gazetteer, "en"), "en")
    assert mentions[-1].text == "The company"
    assert mentions[-1].slug == "alibaba-group"


def test_national_body_described_by_country_and_function(gazetteer):
    from timeline.extraction.actors import find_actors_with_references

    text = "China's market regulator said it had opened an investigation into Nvidia."
    mentions = find_actors_with_references(text, build_matcher(gazetteer, "en"), "en")
    assert [(m.slug, m.text) for m in mentions] == [
        ("samr", "China's market regulator"),
        ("nvidia", "Nvidia"),
    ]


def test_national_description_without_a_single_fitting_body_keeps_the_country(gazetteer):
    from timeline.extraction.actors import find_actors_with_references

    text = "China's space agency said so."
    mentions = find_actors_with_references(text, build_matcher(gazetteer, "en"), "en")
    assert [m.slug for m in mentions] == ["china"]


def resolved(text: str, language: str, gazetteer) -> list[str]:
    matcher = build_matcher(gazetteer, language)
    return [m.slug for m in find_actors_with_references(text, matcher, language)]


def test_a_country_s_embassy_or_ambassador_stands_for_the_country(gazetteer):
    assert resolved("Die chinesische Botschaft wies die Vorwürfe zurück.", "de", gazetteer) == [
        "china"
    ]
    assert resolved("The Chinese ambassador was summoned.", "en", gazetteer) == ["china"]


def test_a_capital_after_in_is_a_place_not_a_government(gazetteer):
    assert resolved("Die Gespräche über Zölle in Peking dauerten an.", "de", gazetteer) == []
    assert resolved("Peking verhängte neue Zölle.", "de", gazetteer) == ["china"]


def test_both_sides_are_the_two_parties_named_before(gazetteer):
    text = "China and the US held talks in Geneva. Both sides agreed to cut tariffs."
    assert resolved(text, "en", gazetteer) == ["china", "united-states", "united-states", "china"]
    assert resolved("中国和美国举行会谈。双方同意降低关税。", "zh", gazetteer)[2:] == [
        "united-states",
        "china",
    ]


def test_a_secretary_s_title_names_the_department(gazetteer):
    text = "Commerce Secretary Jane Roe said the rule was needed."
    assert resolved(text, "en", gazetteer) == ["us-department-of-commerce"]


def test_the_country_in_a_title_only_says_whose_president(gazetteer):
    assert resolved("美国总统特朗普签署行政令。", "zh", gazetteer) == ["donald-trump"]
    assert resolved("美国和特朗普", "zh", gazetteer) == ["united-states", "donald-trump"]


def test_a_company_described_by_its_origin_is_the_company_of_that_country(gazetteer):
    text = (
        "SAP und Nvidia sprachen mit Huawei. SAP lobte die Gespräche, SAP auch. "
        "Der Konzern aus Shenzhen schwieg. Der chinesische Konzern wartet ab."
    )
    found = find_actors_with_references(text, build_matcher(gazetteer, "de"), "de")
    described = [m.slug for m in found if m.text.startswith(("Der Konzern", "Der chinesische"))]
    assert described == ["huawei", "huawei"]
    text = "Nvidia met SAP and SAP again. The German company said little."
    found = find_actors_with_references(text, build_matcher(gazetteer, "en"), "en")
    assert [m.slug for m in found if m.text.startswith("The German")] == ["sap"]


def test_a_commissioner_s_or_federal_minister_s_title_names_their_institution():
    def body(slug: str, name: str, country: str) -> GazetteerActor:
        return gazetteer_actor(slug, name, "government_body", country, (name, "en"))

    gazetteer = Gazetteer(
        actors=(
            body("european-commission", "European Commission", "EU"),
            body("foreign-office", "Federal Foreign Office", "DE"),
            body("interior", "Federal Ministry of the Interior", "DE"),
        )
    )
    text = "Wettbewerbskommissarin Vestager und Bundesinnenministerin Faeser warnten."
    found = find_actors_with_references(text, build_matcher(gazetteer, "de"), "de")
    assert [m.slug for m in found] == ["european-commission", "interior"]
    text = "Trade Commissioner Valdis Dombrovskis said the EU would respond."
    found = find_actors_with_references(text, build_matcher(gazetteer, "en"), "en")
    assert [m.slug for m in found] == ["european-commission"]
    text = "欧盟贸易委员东布罗夫斯基斯表示，欧盟委员会将作出回应。"
    found = find_actors_with_references(text, build_matcher(gazetteer, "zh"), "zh")
    assert [m.slug for m in found] == ["european-commission"]


def test_the_lawmakers_are_the_legislature_named_last():
    parliament = gazetteer_actor(
        "european-parliament",
        "European Parliament",
        "government_body",
        "EU",
        ("EU-Parlament", "de"),
        ("European Parliament", "en"),
    )
    matcher = build_matcher(Gazetteer(actors=(parliament,)), "de")
    text = "Das EU-Parlament tagte. Am Donnerstag beschlossen die Abgeordneten eine Entschließung."
    found = find_actors_with_references(text, matcher, "de")
    assert [(m.slug, m.text) for m in found][1:] == [("european-parliament", "die Abgeordneten")]
    matcher = build_matcher(Gazetteer(actors=(parliament,)), "en")
    text = "The European Parliament met. On Thursday the lawmakers froze the deal."
    found = find_actors_with_references(text, matcher, "en")
    assert [(m.slug, m.text) for m in found][1:] == [("european-parliament", "the lawmakers")]


def test_a_ministry_named_without_its_country_is_that_of_the_country_named_last():
    def actor(slug: str, kind: str, country: str, *names: tuple[str, str]) -> GazetteerActor:
        return gazetteer_actor(slug, slug, kind, country, *names)

    gazetteer = Gazetteer(
        actors=(
            actor("china", "country", "CN", ("Peking", "de"), ("Beijing", "en")),
            actor("united-states", "country", "US", ("Washington", "de"), ("Washington", "en")),
            actor(
                "cn-commerce", "government_body", "CN", ("chinesisches Handelsministerium", "de")
            ),
            actor("us-commerce", "government_body", "US", ("US-Handelsministerium", "de")),
            actor("cn-foreign", "government_body", "CN", ("Chinese Foreign Ministry", "en")),
        )
    )
    text = (
        "Washington setzte DJI auf die Liste des Handelsministeriums. Peking reagierte verärgert. "
        "Ein Sprecher des Handelsministeriums sagte, man lehne das ab."
    )
    found = find_actors_with_references(text, build_matcher(gazetteer, "de"), "de")
    assert [m.slug for m in found] == ["united-states", "us-commerce", "china", "cn-commerce"]
    text = "Beijing was angry. The foreign ministry said it would respond."
    found = find_actors_with_references(text, build_matcher(gazetteer, "en"), "en")
    assert [m.slug for m in found] == ["china", "cn-foreign"]
    text = "Das Handelsministerium schwieg."  # no country named before: nobody
    assert find_actors_with_references(text, build_matcher(gazetteer, "de"), "de") == []
    # the capital the clause opens with is a place, but it says whose ministry speaks
    text = "Washington banned the apps. In Beijing, the foreign ministry said it would respond."
    found = find_actors_with_references(text, build_matcher(gazetteer, "en"), "en")
    assert [m.slug for m in found] == ["united-states", "cn-foreign"]


def test_a_president_s_administration_is_the_country_and_names_the_president():
    gazetteer = Gazetteer(
        actors=(
            gazetteer_actor(
                "united-states",
                "United States",
                "country",
                "US",
                ("the Biden administration", "en"),
                ("拜登政府", "zh"),
            ),
            gazetteer_actor(
                "joe-biden", "Joe Biden", "person", "US", ("Biden", "mul"), ("拜登", "zh")
            ),
        )
    )
    text = "The Biden administration issued the rule."
    found = find_actors_with_references(text, build_matcher(gazetteer, "en"), "en")
    assert sorted(m.slug for m in found) == ["joe-biden", "united-states"]
    found = find_actors_with_references(
        "拜登政府周一公布规则。", build_matcher(gazetteer, "zh"), "zh"
    )
    assert sorted(m.slug for m in found) == ["joe-biden", "united-states"]


def test_alias_in_the_strong_form_also_matches_after_an_article():
    gazetteer = Gazetteer(
        actors=(
            gazetteer_actor(
                "china-ministry-of-finance",
                "Ministry of Finance of China",
                "government_body",
                "CN",
                ("chinesisches Finanzministerium", "de"),
            ),
        )
    )
    for text in (
        "Ein chinesisches Finanzministerium gibt es seit 1949.",
        "Das chinesische Finanzministerium teilte am Sonntag mit, es kaufe weniger.",
        "Laut dem chinesischen Finanzministerium gilt das ab Juli.",
    ):
        assert slugs(text, "de", gazetteer) == ["china-ministry-of-finance"], text


def _referenced(text: str, language: str, gazetteer) -> list[tuple[str, str]]:
    mentions = find_actors_with_references(text, build_matcher(gazetteer, language), language)
    return [(m.text, m.slug) for m in mentions]


def test_a_spokesperson_the_sentence_does_not_place_speaks_for_the_body_named_before(gazetteer):
    german = (
        "Das chinesische Handelsministerium reagierte prompt. "
        "Ein Sprecher sprach von Protektionismus."
    )
    assert ("Ein Sprecher", "china-ministry-of-commerce") in _referenced(german, "de", gazetteer)
    english = "Huawei rejected the ruling. A spokesman said it would appeal."
    assert ("A spokesman", "huawei") in _referenced(english, "en", gazetteer)
    next_paragraph = "Huawei rejected the ruling.\n\nA spokesman said it would appeal."
    assert ("A spokesman", "huawei") in _referenced(next_paragraph, "en", gazetteer)
    chinese = "商务部周二发布公告。发言人强调，管制并不等于禁止出口。"
    assert ("发言人", "china-ministry-of-commerce") in _referenced(chinese, "zh", gazetteer)


def test_a_spokesperson_of_someone_else_or_with_no_one_before_is_nobody_named(gazetteer):
    placed = "Huawei rejected the ruling. A spokesman for the embassy said it was unfair."
    assert ("A spokesman", "huawei") not in _referenced(placed, "en", gazetteer)
    german = "Huawei wies das zurück. Ein Sprecher des Ministeriums sagte, das sei unfair."
    assert ("Ein Sprecher", "huawei") not in _referenced(german, "de", gazetteer)
    alone = "A spokesman said the rule was unfair."
    assert _referenced(alone, "en", gazetteer) == []


def test_the_us_attorney_general_and_defence_secretary_name_their_departments():
    def body(slug: str, name: str) -> GazetteerActor:
        return gazetteer_actor(slug, name, "government_body", "US", (name, "en"))

    gazetteer = Gazetteer(
        actors=(
            body("us-department-of-justice", "US Department of Justice"),
            body("us-department-of-defense", "US Department of Defense"),
        )
    )

    def found(text: str, language: str) -> list[str]:
        matcher = build_matcher(gazetteer, language)
        return [m.slug for m in find_actors_with_references(text, matcher, language)]

    text = "Deputy Attorney General Rod Rosenstein and Defense Secretary Mark Esper spoke."
    assert found(text, "en") == ["us-department-of-justice", "us-department-of-defense"]
    # a state's attorney general is not the federal department
    assert found("Texas Attorney General Ken Paxton sued the company.", "en") == []
    assert found("US-Justizminister Barr sprach von Spionage.", "de") == [
        "us-department-of-justice"
    ]
    assert found("美国司法部长巴尔表示。", "zh") == ["us-department-of-justice"]


def test_a_leader_named_by_title_alone_is_the_person_named_before_with_that_title():
    trump = gazetteer_actor(
        "donald-trump",
        "Donald Trump",
        "person",
        "US",
        ("Donald Trump", "mul"),
        ("US-Präsident Trump", "de"),
        ("President Trump", "en"),
    )
    cook = gazetteer_actor("tim-cook", "Tim Cook", "person", "US", ("Tim Cook", "mul"))
    united_states = gazetteer_actor(
        "united-states", "United States", "country", "US", ("US", "mul")
    )
    gazetteer = Gazetteer(actors=(trump, cook, united_states))

    def found(text: str, language: str) -> list[str]:
        matcher = build_matcher(gazetteer, language)
        return [m.slug for m in find_actors_with_references(text, matcher, language)]

    text = "Donald Trump traf Tim Cook. Der US-Präsident unterzeichnete am Freitag ein Memorandum."
    assert found(text, "de")[-1] == "donald-trump"
    text = "Donald Trump met Tim Cook. The president signed the order on Friday."
    assert found(text, "en")[-1] == "donald-trump"
    # a president of something else, or no one with the title named before
    assert found("Tim Cook traf den Präsidenten der Handelskammer.", "de") == ["tim-cook"]
    assert found("Tim Cook spoke. The president signed the order.", "en") == ["tim-cook"]
