"""Fetching a web page without letting a submitted URL reach inside the network.

Every hop (the first request and each redirect) is resolved here, every resolved address is
checked, and the connection goes to the address that was checked, so a name that resolves to a
public address at check time and to 127.0.0.1 a moment later (DNS rebinding) still cannot reach
the inside. Hosts listed in the allow-list skip the address check (tests serve fixtures from
127.0.0.1 that way). Bodies are read in chunks and cut off at the size limit.
"""

import http.client
import ipaddress
import socket
import ssl
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from timeline.ingest.errors import IngestRefused, IngestUnavailable

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "text/html",
        "text/plain",
    }
)
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)
UNIQUE_LOCAL = ipaddress.ip_network("fc00::/7")
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "rivalry-timeline/1.0 (+news archive; fetches pages editors submit)"
CHUNK = 64 * 1024

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class FetchPolicy:
    """The limits a fetch runs under."""

    allowed_hosts: frozenset[str] = frozenset()
    max_redirects: int = 5
    timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    content_types: frozenset[str] = field(default=HTML_TYPES)

    @classmethod
    def with_hosts(cls, hosts: Iterable[str], **limits: object) -> "FetchPolicy":
        allowed = frozenset(h.strip().lower().rstrip(".") for h in hosts if h.strip())
        return cls(allowed_hosts=allowed, **limits)  # type: ignore[arg-type]


@dataclass(frozen=True)
class FetchedPage:
    url: str
    final_url: str
    content_type: str
    charset: str | None
    body: bytes


def address_refusal(address: IPAddress) -> str | None:
    """Why an address must not be fetched from (a short adjective), or None when it is public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address in METADATA_ADDRESSES:
        return "cloud metadata"
    if address.is_unspecified:
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if isinstance(address, ipaddress.IPv6Address) and address in UNIQUE_LOCAL:
        return "unique-local"
    if address.is_private:
        return "private"
    if not address.is_global:
        return "reserved"
    return None


def resolve_checked(host: str, port: int, policy: FetchPolicy) -> str:
    """Resolve `host` and return the address to connect to, refusing any non-public address."""
    host = host.lower().rstrip(".")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise IngestUnavailable(
            f"the host {host} could not be resolved ({exc})", field="url"
        ) from None
    addresses: list[str] = []
    for info in infos:
        literal = str(info[4][0]).split("%", 1)[0]
        if literal not in addresses:
            addresses.append(literal)
    if not addresses:
        raise IngestUnavailable(f"the host {host} has no address", field="url")
    if host in policy.allowed_hosts:
        return addresses[0]
    for literal in addresses:
        reason = address_refusal(ipaddress.ip_address(literal))
        if reason is not None:
            shown = host if host == literal else f"{host} ({literal})"
            raise IngestRefused(
                f"refused to fetch from {shown}: it is a {reason} address", field="url"
            )
    return addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.pinned_address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.pinned_address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        self.tls_context = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self.tls_context)
        self.pinned_address = address

    def connect(self) -> None:
        raw = socket.create_connection((self.pinned_address, self.port), self.timeout)
        self.sock = self.tls_context.wrap_socket(raw, server_hostname=self.host)


def _target(url: str, policy: FetchPolicy) -> tuple[str, str, int, str]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}:" if scheme else "a URL without a scheme"
        raise IngestRefused(f"only http and https URLs can be fetched, not {shown}", field="url")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise IngestRefused(f"the URL {url} has an invalid port", field="url") from None
    host = parts.hostname or ""
    if not host:
        raise IngestRefused(f"the URL {url} has no host name", field="url")
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return scheme, host, port, path


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    main, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ")
    return main.strip().lower(), charset


def _limit_text(limit: int) -> str:
    return f"{limit / (1024 * 1024):g} MB" if limit >= 1024 * 1024 else f"{limit} bytes"


def fetch(url: str, policy: FetchPolicy) -> FetchedPage:
    """GET `url` under `policy`, following at most `policy.max_redirects` checked redirects.

    Raises IngestRefused (never worth retrying) or IngestUnavailable (network trouble).
    """
    deadline = time.monotonic() + policy.timeout
    current = url
    for hop in range(policy.max_redirects + 1):
        scheme, host, port, path = _target(current, policy)
        address = resolve_checked(host, port, policy)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise IngestUnavailable(f"{url} took longer than {policy.timeout:g} s", field="url")
        connection_class = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
        connection = connection_class(host, port, address, remaining)
        try:
            connection.request(
                "GET",
                path,
                headers={
                    "User-Agent": USER_AGENT,
                    "Accept": ", ".join(sorted(policy.content_types)) + ";q=0.9, */*;q=0.1",
                    "Accept-Encoding": "identity",
                },
            )
            response = connection.getresponse()
            if response.status in REDIRECT_STATUSES:
                location = response.getheader("Location")
                if not location:
                    raise IngestRefused(f"{current} redirects without saying where to", field="url")
                if hop == policy.max_redirects:
                    raise IngestRefused(
                        f"{url} redirects more than {policy.max_redirects} times", field="url"
                    )
                current = urljoin(current, location.strip())
                continue
            return _read_response(url, current, response, policy, deadline)
        except ssl.SSLError as exc:
            raise IngestRefused(
                f"the TLS certificate of {host} could not be verified ({exc.reason})", field="url"
            ) from None
        except TimeoutError:
            raise IngestUnavailable(
                f"{url} did not answer within {policy.timeout:g} s", field="url"
            ) from None
        except (OSError, http.client.HTTPException) as exc:
            raise IngestUnavailable(f"could not fetch {current}: {exc}", field="url") from None
        finally:
            connection.close()
    raise IngestRefused(f"{url} redirects more than {policy.max_redirects} times", field="url")


def _read_response(
    url: str,
    final_url: str,
    response: http.client.HTTPResponse,
    policy: FetchPolicy,
    deadline: float,
) -> FetchedPage:
    status = response.status
    if status == 429 or status >= 500:
        raise IngestUnavailable(
            f"{final_url} answered {status} {response.reason}; try again later", field="url"
        )
    if status != 200:
        raise IngestRefused(f"{final_url} answered {status} {response.reason}", field="url")
    media_type, charset = _media_type(response.getheader("Content-Type"))
    if media_type not in policy.content_types:
        shown = media_type or "no content type"
        raise IngestRefused(
            f"{final_url} is {shown}, not an HTML or text page; only "
            + ", ".join(sorted(policy.content_types))
            + " are taken",
            field="url",
        )
    too_large = IngestRefused(
        f"{final_url} is larger than {_limit_text(policy.max_bytes)}; refused", field="url"
    )
    declared = response.getheader("Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > policy.max_bytes:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise IngestUnavailable(f"{url} took longer than {policy.timeout:g} s", field="url")
        chunk = response.read1(CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > policy.max_bytes:
            raise too_large
        chunks.append(chunk)
    return FetchedPage(
        url=url,
        final_url=final_url,
        content_type=media_type,
        charset=charset,
        body=b"".join(chunks),
    )
