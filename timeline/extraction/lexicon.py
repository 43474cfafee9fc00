# ruff: noqa: E501  (grammar and lexicon tables read best one rule per line)
"""Trigger lexicons: the words that make a sentence an event of one of the 14 categories.

One list of regular-expression stems per category and language, tried in the order of
`CATEGORY_ORDER` (the more specific measures first, `statement` and `other` last). To add a
trigger, add a stem to the right list; to add a language, add a key to every entry of `TRIGGERS`
and to `STAGE_TRIGGERS`.
"""

import re

CATEGORY_ORDER = (
    "sanctions",
    "export_controls",
    "tariffs_trade",
    "legal_action",
    "mergers_acquisitions",
    "regulation",
    "earnings",
    "investment",
    "cyber_security",
    "product_launch",
    "diplomacy",
    "government_policy",
    "statement",
    "other",
)

TRIGGERS: dict[str, dict[str, list[str]]] = {
    "export_controls": {
        "en": [r"export control", r"export (?:curb|restriction|ban|licen[cs]e|licen[cs]ing|rule)", r"entity list",
               r"unverified list", r"denial order", r"(?:general|temporary) licen[cs]e", r"(?:ban|bann|halt|restrict|curb)\w* (?:the )?export",
               r"exports? of .{0,60} (?:banned|restricted)", r"licen[cs]es? to export", r"controls on (?:chip|semiconductor|rare|gallium|germanium|advanced)",
               r"chip (?:curb|control|rule)s?", r"blacklist", r"stop shipping", r"foreign direct product",
               r"(?:barred|banned|prohibited|blocked) .{0,50}(?:from )?(?:selling|supplying|shipping|exporting)"],
        "de": [r"exportkontroll", r"exportbeschränk", r"exportverbot", r"exportstopp", r"exportregel",
               r"ausfuhrkontroll", r"ausfuhrbeschränk", r"ausfuhrverbot", r"ausfuhrgenehmig", r"exportgenehmig",
               r"exportlizenz", r"ausnahmegenehmigung", r"entity list", r"schwarze liste", r"handelsschwarze", r"lieferverbot", r"lieferstopp",
               r"ausfuhr\w*", r"exporte? .{0,60}(?:verboten|untersagt|beschränkt)"],
        "zh": [r"出口管制", r"实体清单", r"出口许可", r"禁止.{0,10}出口", r"限制.{0,10}出口", r"管制清单", r"出口禁令", r"暂停.{0,6}出口"],
    },
    "sanctions": {
        "en": [r"sanction", r"unreliable entity", r"asset freeze", r"frozen assets", r"travel ban"],
        "de": [r"sanktion", r"unzuverlässige", r"vermögen\w* eingefroren"],
        "zh": [r"制裁", r"不可靠实体清单", r"反制措施", r"反制清单"],
    },
    "tariffs_trade": {
        "en": [r"tariff", r"dut(?:y|ies)\b", r"levies", r"levy", r"trade (?:deal|agreement|truce|war|talks)",
               r"anti-dumping", r"countervailing", r"import (?:ban|quota)", r"purchases? of american",
               r"\bde minimis\b", r"duty-free"],
        "de": [r"\bzoll", r"zölle", r"zöllen", r"strafzoll", r"ausgleichszoll", r"antidumping", r"handelsabkommen",
               r"handelsstreit", r"handelskrieg", r"zollpause", r"zollfrieden", r"handelsdeal", r"importverbot"],
        "zh": [r"关税", r"加征", r"反倾销", r"反补贴", r"贸易协议", r"贸易战", r"经贸", r"税率"],
    },
    "legal_action": {
        "en": [r"\bsued?\b", r"lawsuit", r"court", r"judge", r"indict", r"charged", r"plead\w* guilty",
               r"extradit", r"prosecut", r"settlement", r"\bfined\b", r"\ba fine\b", r"penalt", r"complaint at the world trade",
               r"\bwto\b", r"ruling", r"upheld", r"arrest", r"detained"],
        "de": [r"klage", r"verklagt", r"gericht", r"richter", r"anklage", r"urteil", r"strafe", r"bußgeld",
               r"geldbuße", r"verhaftet", r"festgenommen", r"auslieferung", r"\bwto\b", r"beschwerde bei der"],
        "zh": [r"起诉", r"诉讼", r"法院", r"判决", r"罚款", r"逮捕", r"引渡", r"世贸组织", r"\bWTO\b", r"裁决", r"控告"],
    },
    "mergers_acquisitions": {
        "en": [r"acqui(?:re|sition)", r"takeover", r"merger", r"buy(?:s|ing)? (?:a )?(?:stake|control)", r"\bbid for\b", r"divest"],
        "de": [r"übernahme", r"übernimmt", r"übernehmen", r"übernommen", r"übernahm\b", r"fusion", r"kauft .{0,40}(?:anteil|mehrheit)", r"beteiligung", r"verkauf\w* .{0,40}(?:sparte|geschäft)"],
        "zh": [r"收购", r"并购", r"合并", r"入股", r"控股权", r"出售.{0,10}业务"],
    },
    "regulation": {
        "en": [r"investigation", r"\bprobe\b", r"antitrust", r"anti-monopoly", r"regulator", r"review of",
               r"cybersecurity review", r"approv(?:al|ed) the (?:deal|acquisition)", r"security review"],
        "de": [r"ermittlung", r"untersuchung", r"kartell", r"wettbewerbs", r"regulierer", r"aufsicht", r"prüfung", r"prüft"],
        "zh": [r"调查", r"反垄断", r"审查", r"监管", r"约谈", r"立案"],
    },
    "earnings": {
        "en": [r"revenue", r"profit", r"earnings(?! call)", r"net income", r"quarterly results", r"\bsales (?:rose|fell|grew)", r"reported .{0,40}(?:quarter|results)"],
        "de": [r"umsatz", r"gewinn", r"(?<!zu den )quartalszahlen", r"geschäftszahlen", r"erlöse?", r"jahresergebnis", r"bilanz"],
        "zh": [r"营收", r"营业收入", r"净利润", r"利润", r"财报(?!电话会)", r"业绩", r"销售收入", r"年报"],
    },
    "investment": {
        "en": [r"invest", r"capital expenditure", r"capex", r"\bfactory\b", r"\bplant\b", r"subsid", r"grant", r"fund(?:ing)?\b", r"build"],
        "de": [r"investi", r"werk\b", r"fabrik", r"ansiedlung", r"subvention", r"förder", r"milliardenprogramm"],
        "zh": [r"投资", r"投入", r"建厂", r"补贴", r"基金", r"资本开支"],
    },
    "cyber_security": {
        "en": [r"cyber", r"hack", r"malicious attack", r"data breach", r"espionage", r"spy"],
        "de": [r"cyber", r"hacker", r"angriff\w* auf .{0,30}(?:server|netz|system)", r"spionage", r"datenleck"],
        "zh": [r"网络安全", r"网络攻击", r"黑客", r"数据泄露", r"间谍"],
    },
    "product_launch": {
        "en": [r"launch", r"unveil\w* (?:a|its|the) (?:new )?(?:model|phone|chip|product|smartphone)", r"released? .{0,60}(?:model|phone|chip|version)", r"rolled out", r"debut"],
        "de": [r"vorgestellt", r"stellt .{0,40}vor", r"präsentiert", r"auf den markt", r"neues? (?:modell|smartphone|chip)", r"veröffentlicht\w* .{0,30}modell", r"modell\w* .{0,40}veröffentlicht", r"markteinführung"],
        "zh": [r"发布.{0,15}(?:模型|手机|芯片|产品|新品)", r"推出", r"上市", r"亮相", r"开源"],
    },
    "diplomacy": {
        "en": [r"talks\b", r"summit", r"met with", r"\bmet\b", r"visit", r"phone call", r"spoke by phone", r"negotiat", r"joint statement", r"released? .{0,30}(?:citizens|detainees)"],
        "de": [r"gespräch", r"gipfel", r"treffen", r"traf\b", r"trafen", r"besuch", r"verhandl", r"telefonat", r"gemeinsame erklärung"],
        "zh": [r"会谈", r"会晤", r"通话", r"访问", r"磋商", r"联合声明", r"会见", r"谈判"],
    },
    "government_policy": {
        "en": [r"signed", r"executive order", r"\blaw\b", r"\bact\b", r"\bbill\b", r"plan\b", r"policy", r"designat", r"national emergency", r"passed", r"approved", r"received"],
        "de": [r"gesetz", r"unterzeichn", r"verordnung", r"dekret", r"strategie", r"empfangen", r"beschlossen", r"beschließt", r"fahrplan", r"programm",
               r"vereinbarung", r"stellte? .{0,120}\bvor\b"],
        "zh": [r"政策", r"规划", r"法案", r"签署", r"行政令", r"方案", r"措施", r"意见", r"接见", r"座谈"],
    },
    "statement": {
        "en": [r"\bsaid\b", r"\bsays\b", r"told", r"warned", r"called", r"criticis", r"condemn", r"stated", r"statement", r"wrote", r"argued", r"threatened", r"vowed", r"urged", r"thanked"],
        "de": [r"sagte", r"erklärte", r"bezeichnete", r"kritisierte", r"warnte", r"betonte", r"teilte .{0,40}mit", r"äußerte", r"drohte", r"forderte", r"kündigte .{0,60}an"],
        "zh": [r"表示", r"称", r"指出", r"强调", r"批评", r"回应", r"警告", r"声明", r"谴责"],
    },
    "other": {
        "en": [r"market value", r"shares? (?:fell|plunged|dropped|tumbled)", r"landed", r"ceased", r"comply", r"resign", r"stepped down"],
        "de": [r"börsenwert", r"aktie\w* (?:fiel|brach|stürzte)", r"kurssturz", r"rücktritt", r"tritt .{0,20}zurück"],
        "zh": [r"市值", r"股价.{0,6}(?:下跌|暴跌|大跌)", r"辞职"],
    },
}  # fmt: skip

STAGE_TRIGGERS: dict[str, dict[str, list[str]]] = {
    "effective": {
        "en": [r"took effect", r"takes effect", r"came into force", r"went into effect"],
        "de": [r"in kraft getreten", r"tritt in kraft", r"gilt seit", r"gelten seit"],
        "zh": [r"正式生效", r"起施行", r"正式实施"],
    },
    "suspended": {
        "en": [r"suspend", r"pause", r"truce", r"lifted", r"delay"],
        "de": [r"ausgesetzt", r"aussetz", r"pause", r"aufgeschoben"],
        "zh": [r"暂停", r"暂缓", r"推迟"],
    },
    "revoked": {
        "en": [r"revok", r"rescind", r"withdrew", r"repeal", r"roll back", r"removed from"],
        "de": [r"aufgehoben", r"zurückgenommen", r"widerrufen", r"gestrichen"],
        "zh": [r"取消", r"撤销", r"撤回", r"移出"],
    },
    "proposed": {
        "en": [r"propos", r"consider", r"draft"],
        "de": [r"vorgeschlagen", r"erwägt", r"entwurf", r"plant"],
        "zh": [r"拟", r"草案", r"征求意见"],
    },
    "announced": {
        "en": [r"announc", r"unveil", r"said it would", r"will "],
        "de": [r"angekündigt", r"kündigt", r"will ", r"soll "],
        "zh": [r"宣布", r"发布公告", r"公告"],
    },
}  # fmt: skip

TAG_TRIGGERS: dict[str, str] = {
    "semiconductors": r"chip|semiconductor|halbleiter|芯片|半导体|wafer|lithograph|lithograf|光刻|foundry|晶圆",
    "ai": r"\bai\b|artificial intelligence|künstliche[rn]? intelligenz|\bki\b|人工智能|大模型|\bllm\b|model",
    "cloud": r"\bcloud|云计算|数据中心|data cent|rechenzent",
    "telecom": r"\b5g\b|telecom|telekom|通信|network equipment|netzausbau",
    "social-media": r"tiktok|social media|soziale[nr]? (?:medien|netzwerk)|短视频|抖音",
    "critical-minerals": r"rare earth|seltene[rn]? erden|稀土|gallium|germanium|镓|锗|antimon|锑|graphite|graphit|石墨",
    "electric-vehicles": r"electric vehicle|\bev\b|e-auto|elektroauto|电动汽车|新能源汽车|battery|batterie|电池",
}

_COMPILED: dict[tuple[str, str], re.Pattern[str]] = {}


def trigger_regex(category: str, language: str) -> re.Pattern[str]:
    key = (category, language)
    regex = _COMPILED.get(key)
    if regex is None:
        stems = TRIGGERS[category].get(language) or TRIGGERS[category]["en"]
        regex = re.compile("|".join(f"(?:{s})" for s in stems), re.IGNORECASE)
        _COMPILED[key] = regex
    return regex


def stage_regex(stage: str, language: str) -> re.Pattern[str]:
    key = ("stage:" + stage, language)
    regex = _COMPILED.get(key)
    if regex is None:
        stems = STAGE_TRIGGERS[stage].get(language) or STAGE_TRIGGERS[stage]["en"]
        regex = re.compile("|".join(f"(?:{s})" for s in stems), re.IGNORECASE)
        _COMPILED[key] = regex
    return regex


_TAG_COMPILED = {tag: re.compile(pattern, re.IGNORECASE) for tag, pattern in TAG_TRIGGERS.items()}


def tags_for(text: str) -> tuple[str, ...]:
    return tuple(tag for tag, regex in _TAG_COMPILED.items() if regex.search(text))
