# ruff: noqa: E501  (grammar and lexicon tables read best one rule per line)
"""Boilerplate stage: find the parts of an article that are page furniture, not news.

Works line by line (paragraphs of extracted article text are lines): share prompts, "read more"
links, teasers, advertising, stock-tip bait, disclaimers, bylines and editor credits. Returns the
character ranges to ignore; the text itself is left untouched so offsets stay valid.
"""

import re

_PATTERNS = [
    # share prompts and social links
    r"^(?:jetzt\s+)?(?:teilen|share(?:\s+this(?:\s+article)?)?|分享到|分享)\s*[:：|]",
    r"^(?:share|teilen|分享)\b.{0,60}(?:facebook|twitter|linkedin|whatsapp|e-?mail|微信|微博)",
    r"(?:facebook|twitter|\bx\b|linkedin|whatsapp|微信|微博)\s*[|｜/]\s*(?:facebook|twitter|\bx\b|linkedin|e-?mail|whatsapp|微信|微博|收藏)",
    r"收藏本文|分享到",
    r"^(?:share (?:this|the) (?:article|story|page)|diesen artikel teilen|artikel teilen|分享本文)\W*$",
    # read more, related, newsletters, subscriptions
    r"^-{3,}$|^[*_=]{3,}$",
    r"^(?:>>\s*)?[【\[]?(?:read more|more on this|related(?: articles?| stories| coverage)?|see also|also read|read also|recommended|weiterlesen|mehr zum thema|mehr aus der rubrik|mehr aus dem ressort|lesen sie auch|auch interessant|相关阅读|相关新闻|相关报道|延伸阅读|推荐阅读|阅读更多)\b",
    r"^>>",
    r"\b(?:hier weiterlesen|mehr erfahren|jetzt lesen|click here|read the full|subscribe (?:now|to)|sign up for|newsletter abonnieren|jetzt abonnieren|zum newsletter|melden sie sich)\b",
    r"\b(?:get|receive|join|try)\s+(?:our|the)\b.{0,60}\bnewsletter\b|\bnewsletter\b.{0,60}\b(?:every|each)\s+(?:day|week|weekday|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    r"^newsletter\b\s*[:：„\"“]|\bin (?:your|ihrem|ihr) (?:inbox|postfach)\b|\bsign up free\b|\bjetzt anmelden\.?$|送达您的邮箱",
    r"点击关注|长按识别二维码|扫码(?:下载|关注|订阅)|请下载.{0,12}app|订阅.{0,12}(?:早报|晚报|日报|电子报)|^[—–-]{1,3}\s*完\s*[—–-]{1,3}$",
    r"\bunseren?\b.{0,40}\bnewsletter\b|\bnewsletter\b.{0,40}\b(?:kostenlos|gratis|bestellen|abonnieren)\b|扫码关注|关注.{0,10}公众号|订阅.{0,10}(?:newsletter|简报|快讯)",
    # advertising and stock-tip bait
    r"^(?:anzeige|werbung|advertisement|sponsored|sponsored content|广告|推广)\b",
    r"(?:kaufen oder verkaufen|buy or sell|sell or buy|halten oder verkaufen)\s*\??!?",
    r"\b(?:neue analyse|new analysis|kostenlose analyse|free report|gratis-report)\b.{0,80}(?:verrät|reveals|jetzt|now|hier|here)",
    r"\baktie\s*:\s*(?:kaufen|verkaufen|halten)",
    r"^stock tips?\s*:|\bbuy,\s*hold or sell\b|\bsubscribers only\b|\bfree for subscribers\b|\bkostenlos für abonnenten\b",
    r"\bhier klicken\b|\bjetzt einsteigen\?|\bgratis testen\b|\bkostenlos herunterladen\b|\bsonderreport\b|\bkursalarm\b|\binformiert bleiben\?",
    r"^was denken sie\?|\bdiskutieren sie mit\b|\bhat (?:ihnen )?dieser (?:beitrag|artikel) gefallen\b",
    # disclaimers
    r"^(?:disclaimer|haftungsausschluss|risikohinweis|hinweis auf interessenkonflikte)\b",
    r"风险提示|投资需谨慎|不构成投资建议|免责声明",
    r"\b(?:does not constitute|keine anlageberatung|not investment advice|no investment advice|stellt keine)\b",
    # bylines and credits
    r"^(?:by|von|text|author|autor|reporting by|writing by|editing by|additional reporting by)\s*:?\s+[A-ZÄÖÜ][\w.\-]+(?:\s+[A-ZÄÖÜ][\w.\-]+){0,3}(?:\s*(?:,|and|und|&)\s*[A-ZÄÖÜ][\w.\-]+(?:\s+[A-ZÄÖÜ][\w.\-]+){0,3})*\s*(?:[,|;–-].{0,40})?$",
    r"^[（(]\s*(?:本报记者|特约记者|记者|编辑|责任编辑|责编|作者|来源)[^）)]{0,40}[）)]\s*$",
    r"^(?:责任编辑|编辑|本报记者|特约记者|记者|来源)[:：]",
    r"^\((?:reporting|editing|writing) by [^)]{0,200}\)$",
    r"^(?:copyright|©|\(c\))\s",
    r"^(?:photo|foto|bild|image|图片|图)\s*[:：]",
    r"^(?:tags?|schlagworte|themen|标签)\s*[:：]",
]
_BOILERPLATE_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
_MAX_LINE_FOR_SHORT_RULES = 400


# A "related reading" heading on a line of its own: the links listed under it, up to the next
# blank line, are page furniture too ("相关阅读：\n9月15日｜市场监管总局公布…").
_LIST_HEADING_RE = re.compile(
    r"^[【\[]?(?:read more|more on this|related(?: articles?| stories| coverage)?|see also|"
    r"also read|read also|recommended|weiterlesen|mehr zum thema|mehr aus der rubrik|"
    r"lesen sie auch|auch interessant|相关阅读|相关新闻|相关报道|延伸阅读|推荐阅读|阅读更多)[】\]]?\s*[:：]?$",
    re.IGNORECASE,
)
_MAX_LIST_ITEM = 200


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges (start, end) of lines that are boilerplate."""
    spans: list[tuple[int, int]] = []
    pos = 0
    in_list = False
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            in_list = False
            continue
        if in_list and len(stripped) <= _MAX_LIST_ITEM:
            spans.append((start, end))
        elif is_boilerplate(stripped):
            spans.append((start, end))
            in_list = _LIST_HEADING_RE.match(stripped) is not None
    return spans


def is_boilerplate(line: str) -> bool:
    """Whether one paragraph (a line of article text) is page furniture."""
    if len(line) > _MAX_LINE_FOR_SHORT_RULES:
        head = line[:200]
        return bool(re.match(r"^(?:anzeige|werbung|advertisement|disclaimer|广告)\b", head, re.I))
    return _BOILERPLATE_RE.search(line) is not None


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with boilerplate ranges blanked out (same length, so offsets stay valid)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
