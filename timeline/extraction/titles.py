"""English titles for proposed events."""

import re

from timeline.extraction.types import ActorRole, Figure, GazetteerActor

_CATEGORY_TITLES = {
    "export_controls": "imposes export controls",
    "sanctions": "imposes sanctions",
    "tariffs_trade": "takes tariff and trade measures",
    "legal_action": "faces or takes legal action",
    "mergers_acquisitions": "announces a deal",
    "regulation": "opens a regulatory review",
    "earnings": "reports results",
    "investment": "plans an investment",
    "cyber_security": "reports a cyber-security matter",
    "product_launch": "launches a product",
    "diplomacy": "holds talks",
    "government_policy": "announces a policy measure",
    "statement": "makes a statement",
    "other": "in the news",
}


_TARGET_WORDS = {
    "export_controls": "on",
    "sanctions": "on",
    "tariffs_trade": "on",
    "legal_action": "involving",
    "regulation": "of",
    "diplomacy": "with",
}


def _format_amount(figure: Figure) -> str:
    amount = figure.amount
    for scale, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if amount >= scale:
            value = amount / scale
            text = f"{value:.1f}".rstrip("0").rstrip(".")
            return f"{figure.currency} {text}{word}"
    return f"{figure.currency} {amount:,.0f}"


def make_title(
    category: str,
    roles: tuple[ActorRole, ...],
    actors: dict[str, GazetteerActor],
    figures: tuple[Figure, ...],
    evidence: str,
    language: str,
    date_phrase: str = "",
) -> str:
    """An English title: for English the sentence without its date phrase and lead-in, else a
    phrase built from the initiator, the category, the targets and the main amount."""
    if language == "en":
        title = " ".join(evidence.split())
        if date_phrase:
            title = re.sub(
                r"(?:,\s*)?\b(?:(?:on|in|at|during|over|by)\s+)?"
                + re.escape(date_phrase)
                + r"\b,?",
                "",
                title,
                count=1,
                flags=re.IGNORECASE,
            )
        title = re.sub(
            r"^(?:But|And|Also|Meanwhile|However|Separately|In return)\b,?\s*", "", title
        )
        title = " ".join(title.split()).rstrip(".")
        title = title[:1].upper() + title[1:]
    else:
        initiator = next((r.slug for r in roles if r.role == "initiator"), "")
        name = actors[initiator].name if initiator in actors else "Unknown actor"
        parts = [name, _CATEGORY_TITLES.get(category, "in the news")]
        targets = [actors[r.slug].name for r in roles if r.role == "target" and r.slug in actors]
        if targets:
            parts.append(_TARGET_WORDS.get(category, "involving") + " " + " and ".join(targets[:2]))
        money = [f for f in figures if f.currency]
        if money:
            parts.append(f"({_format_amount(money[0])})")
        title = " ".join(parts)
    if len(title) > 120:
        cut = title[:117].rsplit(" ", 1)[0].rstrip(",;:")
        title = cut + "..."
    return title
