"""Whether an undated statement is a named party's stance on the news of the day.

News reports quote the parties' answers to the news they report without dating them again:
"BMW-Chef Oliver Zipse nannte sie den falschen Weg", "Das Handelsministerium erklärte, es sei
äußerst unzufrieden", "Senator X called the rule 'a gift to Beijing'". Such a sentence is an
event of its own, said on the day of the news. Most sentences with a verb of saying are not:
they attribute facts ("Tencent said it was reviewing the order"), announce what comes next
("The agency said it would seek comment"), recall what was said before ("has long denied"),
decline to say ("Einen Preis nannte das Unternehmen nicht"), or quote someone the gazetteer
cannot name ("said one trade lawyer"). A stance is told apart by its words: a verdict, a
warning, a demand, a judgement, or the party's own words in quotation marks.
"""

import re

from timeline.extraction.context import HABITUAL_RE, VERDICT_RE
from timeline.extraction.text import quotations
from timeline.extraction.types import ActorMention, Sentence

# Words that judge, warn or demand, beyond the verdicts on a measure (`VERDICT_RE`).
_JUDGEMENT_RE = {
    "en": re.compile(
        r"\b(?:warn\w*|urg(?:e|ed|es)|vow\w*|prais\w*|hail\w*|blast\w*|firmly|strongly|"
        r"call(?:ed|s) (?:it|the \w+|them|this|that) |described\b.{0,60}\bas\b|mistake|wrong|"
        r"unfair|unacceptable|surprised|concerned|disappointed|countered|hit back|pushed back|"
        r"protectionis\w*|discriminatory|unjustified|unfounded|misunderstanding\w*|"
        r"unprecedented|historic|setback|blunt)",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:enttäuscht|besorgt|empört|verärgert|unzufrieden|zufrieden|warnte\w*|warnen|"
        r"mahnte\w*|lobte\w*|forderte\w*|drohte\w*|"
        r"nannte\w* (?:\w+ )?(?:einen|eine|ein|den|die|das)\b|bezeichnete\w*|"
        r"sprach\w* .{0,40}\bvon\b|falsch\w*|inakzeptabel|unannehmbar|hielt\w* dagegen|"
        r"entgegnete\w*|konterte\w*|widersprach\w*|protektionistisch\w*|Protektionismus|"
        r"diskriminier\w*|unbegründet\w*|ungerechtfertigt\w*|Missverständnis\w*|"
        r"nie dagewesen\w*|beispiellos\w*|historisch\w*|Rückschlag\w*)",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"坚决|强烈|不满|失望|欢迎|遗憾|警告|呼吁|敦促|赞赏|称赞|批评|严重|驳斥|反驳|保护主义|歧视|"
        r"误解|前所未有|历史性"
    ),
}

# A speaker the gazetteer cannot name, wherever the sentence puts it ("said one trade lawyer",
# "sagt ein Autoanalyst", "业内人士指出").
_UNNAMED_SPEAKER_RE = re.compile(
    r"\b(?:analysts?|lawyers?|attorneys?|advis[eo]rs?|experts?|officials|sources?|"
    r"people familiar|bankers?|executives? at|economists?|observers?|critics?|Analyst\w*|"
    r"Anw[aä]lt\w*|Kritiker\w*|"
    r"Berater\w*|Expert\w*|Abgeordnete\w*|Insider|Kreise\w*|Beobachter\w*|Händler\w*|Ökonom\w*|"
    r"Fachleute)\b|人士|分析师|专家|学者|知情人",
    re.IGNORECASE,
)

# What was said before, or was not said at all (habits and conditions: `HABITUAL_RE`).
_EARLIER_OR_UNSAID_RE = re.compile(
    r"\b(?:has|have|had) (?:long |repeatedly |previously |already |also )?(?:said|denied|"
    r"condemned|criticised|criticized|argued|warned|called|stated|insisted|maintained)\b|"
    r"\b(?:previously|earlier|in the past|declined|would not)\b|"
    r"\bno details\b|\bhatte\w* .{0,80}(?:erklärt|gesagt|betont|kritisiert|gewarnt)|"
    r"\b(?:bereits|früher|zuvor)\b|\bkeine (?:Angaben|Details)|\bnicht\W*$|"
    r"当时|早前|未透露|没有透露",
    re.IGNORECASE,
)

# Plans and expectations: what a party will do is a forecast, not a stance.
_PLAN_RE = re.compile(
    r"\b(?:would|will|expects?|expected|plans?|intends?|werde|werden|wolle|wollen|plane|"
    r"erwarte|rechne)\b|将|预计|计划",
    re.IGNORECASE,
)


# How far after the verb of saying the speaker may be named ("…, sagte Vorstandschef X").
_SPEAKER_AFTER_VERB = 40


def states_a_position(
    sentence: Sentence, language: str, trigger: int, mentions: list[ActorMention]
) -> bool:
    """Whether the sentence gives a party's position in its own right: a party the gazetteer
    knows speaks (named outside any quotation, before the verb of saying, or right after it in
    inverted order or after a German verb in second place), about the present, with words of
    judgement or in quotation marks, and not about its plans.

    `trigger` is where the verb of saying starts in the sentence, `mentions` the sentence's
    gazetteer matches."""
    text = sentence.text
    if (
        trigger < 0
        or _UNNAMED_SPEAKER_RE.search(text)
        or HABITUAL_RE.search(text)
        or _EARLIER_OR_UNSAID_RE.search(text)
        or _PLAN_RE.search(text)
    ):
        return False
    quoted = quotations(text)
    if not _named_speaker(sentence, trigger, mentions, quoted, language):
        return False
    judgement = _JUDGEMENT_RE.get(language, _JUDGEMENT_RE["en"])
    verdict = VERDICT_RE.get(language, VERDICT_RE["en"])
    return bool(quoted or judgement.search(text) or verdict.search(text))


def _named_speaker(
    sentence: Sentence,
    trigger: int,
    mentions: list[ActorMention],
    quoted: list[tuple[int, int]],
    language: str,
) -> bool:
    clause = max(sentence.text.rfind(mark, 0, trigger) for mark in ";；")
    # "…, erklärte ein Sprecher", "…, said Nvidia": after what is said, the speaker follows the
    # verb, and the parties before it are what is said about
    inverted = _INVERTED_RE.search(sentence.text, 0, max(trigger, 0)) is not None
    # otherwise a party after the verb is what is said about ("公告指出，美方…"), except where the
    # verb comes second ("Am Montag erklärte Apple, …")
    speaker_may_follow = inverted or (
        language in _VERB_SECOND
        and _SUBJECT_FIRST_RE.match(sentence.text, 0, max(trigger, 0)) is None
    )
    for mention in mentions:
        position = mention.start - sentence.start
        if position <= clause or any(start <= position < end for start, end in quoted):
            continue
        if position < trigger and not inverted:
            return True
        if speaker_may_follow and 0 <= position - trigger <= _SPEAKER_AFTER_VERB:
            return True
    return False


_VERB_SECOND = frozenset({"de"})

# "Die Regierung forderte Peking auf, …": a subject before the verb leaves the parties after it
# as those spoken to or about
_SUBJECT_FIRST_RE = re.compile(r"(?:Der|Die|Das|Ein|Eine)\s+[^,]*$")


_INVERTED_RE = re.compile(r"[,，][\"”“»]?\s*$|[\"”“»]\s*$")
