"""Address checks of the safe fetcher, and that it connects to the address it checked."""

import ipaddress
import socket

import pytest

from timeline.ingest import fetch as fetch_module
from timeline.ingest.errors import IngestRefused
from timeline.ingest.fetch import FetchPolicy, address_refusal, fetch, resolve_checked


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("100.100.100.200", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("fc00::1", "unique-local"),
        ("fd12:3456::1", "unique-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),  # noqa: S104
        ("::", "unspecified"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("100.64.0.1", "reserved"),
    ],
)
def test_non_public_addresses_are_refused_with_their_kind(address, reason):
    assert address_refusal(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address):
    assert address_refusal(ipaddress.ip_address(address)) is None


def fake_resolver(table):
    calls = []

    def getaddrinfo(host, port, *args, **kwargs):
        calls.append(host)
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
            for a in table[host]
        ]

    return getaddrinfo, calls


def test_a_name_with_any_private_address_is_refused(monkeypatch):
    resolver, _ = fake_resolver({"mixed.example": ["93.184.216.34", "10.0.0.7"]})
    monkeypatch.setattr(socket, "getaddrinfo", resolver)

    with pytest.raises(IngestRefused, match=r"mixed\.example \(10\.0\.0\.7\): it is a private"):
        resolve_checked("mixed.example", 80, FetchPolicy())


def test_allow_listed_hosts_may_resolve_to_private_addresses(monkeypatch):
    resolver, _ = fake_resolver({"mirror.internal": ["10.0.0.7"]})
    monkeypatch.setattr(socket, "getaddrinfo", resolver)

    policy = FetchPolicy.with_hosts(["Mirror.Internal"])
    assert resolve_checked("mirror.internal", 80, policy) == "10.0.0.7"


def test_the_connection_goes_to_the_checked_address_not_a_second_lookup(monkeypatch):
    """DNS rebinding: a second lookup could answer 127.0.0.1; the fetcher never makes one."""
    resolver, lookups = fake_resolver({"news.example": ["93.184.216.34"]})
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    connected = []

    def create_connection(address, timeout=None, *args, **kwargs):
        connected.append(address)
        raise ConnectionRefusedError("test stops here")

    monkeypatch.setattr(fetch_module.socket, "create_connection", create_connection)

    with pytest.raises(Exception, match="test stops here"):
        fetch("http://news.example/story", FetchPolicy())

    assert lookups == ["news.example"]
    assert connected == [("93.184.216.34", 80)]


def test_refusals_name_the_host_and_the_reason():
    with pytest.raises(IngestRefused) as refused:
        fetch("http://169.254.169.254/latest/meta-data/", FetchPolicy())
    assert refused.value.message == (
        "refused to fetch from 169.254.169.254: it is a cloud metadata address"
    )
    assert refused.value.field == "url"
