# ruff: noqa: E501  (grammar and lexicon tables read best one rule per line)
"""Fixtures for the extractor's unit tests: a small gazetteer written for the tests."""

import datetime as dt

import pytest

from tests.unit.extraction.builders import gazetteer_actor as _actor
from timeline.extraction.types import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer(
        actors=(
            _actor("alibaba-group", "Alibaba Group", "company", "CN", ("Alibaba", "mul"), ("阿里巴巴", "zh")),
            _actor("eddie-wu", "Eddie Wu", "person", "CN", ("Eddie Wu", "mul"), ("吴泳铭", "zh")),
            _actor("united-states", "United States", "country", "US", ("US", "mul"), ("U.S.", "mul"),
                   ("Washington", "en"), ("Washington", "de"), ("美国", "zh"), ("USA", "de")),
            _actor("china", "China", "country", "CN", ("China", "mul"), ("Peking", "de"), ("Beijing", "en"),
                   ("中国", "zh"), ("中方", "zh")),
            _actor("china-ministry-of-commerce", "Ministry of Commerce of China", "government_body", "CN",
                   ("Commerce Ministry", "en"), ("chinesische Handelsministerium", "de"), ("商务部", "zh")),
            _actor("huawei", "Huawei", "company", "CN", ("Huawei", "mul"), ("华为", "zh")),
            _actor("nvidia", "Nvidia", "company", "US", ("Nvidia", "mul"), ("英伟达", "zh")),
            _actor("sap", "SAP", "company", "DE", ("SAP", "mul")),
            _actor("samr", "State Administration for Market Regulation", "government_body", "CN",
                   ("SAMR", "mul")),
            _actor("us-department-of-commerce", "U.S. Department of Commerce", "government_body", "US",
                   ("Commerce Department", "en"), ("US-Handelsministerium", "de")),
            _actor("customs-tariff-commission", "Customs Tariff Commission of the State Council",
                   "government_body", "CN", ("Customs Tariff Commission", "en"), ("国务院关税税则委员会", "zh")),
            _actor("donald-trump", "Donald Trump", "person", "US", ("Donald Trump", "mul"), ("Trump", "mul"),
                   ("特朗普", "zh")),
            _actor("germany", "Germany", "country", "DE", ("Deutschland", "de"), ("Germany", "en"),
                   ("Berlin", "de")),
        )
    )  # fmt: skip


@pytest.fixture
def published() -> dt.datetime:
    return dt.datetime(2025, 2, 27, 10, 20, tzinfo=dt.UTC)
