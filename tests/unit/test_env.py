import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_float, env_int, env_list


def test_booleans_accept_common_spellings(monkeypatch):
    monkeypatch.setenv("FLAG", "Yes")
    assert env_bool("FLAG", False) is True
    monkeypatch.setenv("FLAG", "0")
    assert env_bool("FLAG", True) is False
    monkeypatch.delenv("FLAG")
    assert env_bool("FLAG", True) is True


def test_malformed_boolean_names_the_variable(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        env_bool("DEBUG", False)


def test_malformed_integer_names_the_variable(monkeypatch):
    monkeypatch.setenv("DB_CONN_MAX_AGE", "sixty")
    with pytest.raises(ImproperlyConfigured, match="DB_CONN_MAX_AGE"):
        env_int("DB_CONN_MAX_AGE", 60)


def test_lists_are_comma_separated_and_trimmed(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", " a.example , b.example,,")
    assert env_list("ALLOWED_HOSTS", []) == ["a.example", "b.example"]


def test_numbers_accept_decimals_and_refuse_negative_or_text(monkeypatch):
    monkeypatch.setenv("DB_RANDOM_PAGE_COST", "1.5")
    assert env_float("DB_RANDOM_PAGE_COST", 1.1) == 1.5
    for bad in ("-1", "fast", "nan"):
        monkeypatch.setenv("DB_RANDOM_PAGE_COST", bad)
        with pytest.raises(ImproperlyConfigured, match="DB_RANDOM_PAGE_COST"):
            env_float("DB_RANDOM_PAGE_COST", 1.1)
