"""Canonical URLs, so one page reached through different tracking links is one article."""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from timeline.ingest.errors import IngestRefused

TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "at_")
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mkt_tok",
        "ref",
        "ref_src",
        "cmpid",
        "ocid",
        "smid",
        "sr_share",
        "guccounter",
        "_ga",
        "_gl",
        "spm",
    }
)
DEFAULT_PORTS = {"http": 80, "https": 443}
HOST_RE = re.compile(r"[a-z0-9_]([a-z0-9_-]{0,62})(\.[a-z0-9_]([a-z0-9_-]{0,62}))*")


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The URL without tracking parameters, fragment, default port or letter-case noise in the host.

    Raises IngestRefused for anything but an absolute http(s) URL with a host.
    """
    raw = url.strip()
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as exc:
        raise IngestRefused(f"not a valid URL: {exc}", field="url") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        shown = f"{scheme}:" if scheme else "no scheme"
        raise IngestRefused(f"only http and https URLs can be fetched, not {shown}", field="url")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise IngestRefused("the URL has no host name", field="url")
    if parts.username or parts.password:
        raise IngestRefused("URLs with a user name or password are not fetched", field="url")
    try:
        host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise IngestRefused(f"the host name {host!r} is not valid", field="url") from None
    if ":" not in host and not HOST_RE.fullmatch(host):
        raise IngestRefused(f"the host name {host!r} is not valid", field="url")
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))
