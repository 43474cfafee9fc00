"""What a sentence takes from the sentences around it: its subject and its date.

Pronouns and company nouns at the start continue the previous subject; a sentence about an
unnamed third party (a court, analysts) does not. An undated sentence borrows a date only where
the text ties it to a dated one: "At the same time", the next item of an enumeration, the same
subject's next measure, a named person's reaction to the day's news, or a following sentence
that only says who announced it and when.
"""

import re

from timeline.extraction.lexicon import trigger_regex
from timeline.extraction.types import NO_ACTOR, ActorMention, GazetteerActor, Sentence

PRONOUN_START = re.compile(
    r"^\W*(?:(?:[A-Z][\w ,]{0,30}?[\s,]+)?(?:it|he|she|they|the company|the group|the ministry|"
    r"the department|the firm|es|er|sie|der konzern|das unternehmen|die firma|"
    # "Diese hatten am selben Tag …": the demonstrative as subject, not "Diese Regeln"
    r"diese[rs]?(?= (?:hat|hatte|hatten|haben|ist|sind|war|waren|wurden?|will|wollten?)\b))\b"
    # "It is unclear whether ...", "Es gibt ...": no one is the subject.
    r"(?<!\bit(?= (?:is|was|remains|seems|appears|would be|will be|has been)\b))"
    r"(?<!\bes(?= (?:ist|gibt|gab|bleibt|scheint|war)\b))|"
    # Chinese has no word boundaries; an opening adverbial ("R1发布当天，他") may come first.
    r"(?:[^，。！？；\s]{1,15}[，,])?(?:该公司|该集团|公司|其(?![中他实余次])|他|她))",
    re.IGNORECASE,
)


# A sentence whose subject is someone the gazetteer cannot name ("A federal appeals court
# upheld the law", "Analysts said ...") is not about the previous sentence's subject.
THIRD_PARTY_START = re.compile(
    r"^\W*(?:(?:a|an|the|one|some|many|several|ein|eine|einige|viele|mehrere|die|der)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:court|judge|jury|analysts?|investors?|critics?|experts?|observers?|"
    r"economists?|traders?|commentators?|scholars?|academics?|(?:industry|trade|business|lobby) "
    r"groups?|gericht|richter(?:in)?|analysten|anleger|experten|beobachter|kritiker|ökonomen|"
    r"händler|wissenschaftler|fachleute|branchenvertreter|branchenverbände|wirtschaftsverbände|"
    r"producers|manufacturers|exporters|importers|produzenten|hersteller|importeure|exporteure)\b|"
    r"^\W*(?:分析人士|分析师|专家|业内人士|观察人士|学者|经济学家|法院|法官|生产商|出口商|进口商)|"
    # a bare plural is anyone of a kind: "Companies on the list need a licence", "Firmen müssen …"
    r"^\W*(?:companies|firms|businesses|suppliers|customers|users|consumers|Firmen|Kunden|"
    r"Verbraucher|Nutzer|Zulieferer)\b|^\W*(?:企业|厂商|用户|消费者)(?!家)|"
    # "资深通信行业分析师认为": a described analyst (courts stay bare: the gazetteer names them)
    r"^\W*[\u4e00-\u9fff]{1,16}?(?:分析人士|分析师|专家|业内人士|观察人士|学者|经济学家)",
    re.IGNORECASE,
)


# What such a third party says, thinks or expects is an opinion, whatever it is about.
OPINION_RE = re.compile(
    r"\b(?:said|say|says|told|expects?|expected|believes?|believed|thinks?|thought|estimates?|"
    r"estimated|predicts?|predicted|warned|sagte\w*|sagen|sagt|erwarte\w*|glaube\w*|meinen|meint|"
    r"schätze\w*|rechne\w* (?:damit|mit)|warnte\w*|demand\w*|urg(?:e|es|ed)|verlang\w*|"
    r"forder\w*)\b|认为|表示|预计|估计|预测|指出|称|说|要求|呼吁",
    re.IGNORECASE,
)


COMPANY_PRONOUN_RE = re.compile(
    r"\b(?:the company|the group|the firm|der konzern|das unternehmen|die firma)$", re.IGNORECASE
)


DEMONSTRATIVE_RE = re.compile(r"\bdiese[rs]?$", re.IGNORECASE)


PERSONAL_RE = re.compile(r"\b(?:he|she|er)$|[他她]$", re.IGNORECASE)


# "Zugleich", "At the same time", "与此同时": the sentence reports what happened on the same day.
SIMULTANEOUS_RE = re.compile(
    r"^\W*(?:Zugleich|Zeitgleich|Gleichzeitig|Parallel dazu|Ebenfalls|At the same time|"
    r"Simultaneously|Meanwhile|Unterdessen|Derweil|同时|与此同时|随即|"
    # what the other side gives in return in the same deal
    r"Im Gegenzug|In return|In exchange|作为交换|作为回报)|"
    # after the subject: "The Senate, meanwhile, passed …"
    r"^[^,.;]{1,40}, (?:meanwhile|unterdessen|derweil),|"
    # after the subject, publishing a measure: "BIS同时发布三份指导文件", "…也同步发布"
    r"^[^，。,.;；]{1,16}?(?:同时|也|还)(?:发布|公布|宣布|出台|实施|列入)|"
    r"^[^。；]{1,60}?同步(?:发布|公布|出台|实施)",
    re.IGNORECASE,
)


REACTION_REACH = 2


SIMULTANEOUS_REACH = 5


def inherited_subject(
    sentence: Sentence,
    mentions: list[ActorMention],
    *,
    subject: list[ActorMention],
    person: list[ActorMention],
    last: list[ActorMention],
) -> list[ActorMention]:
    """The subject a sentence continues from the sentences before, empty when it has its own.

    A sentence that names no party (and is not about an unnamed third party) or opens with a
    pronoun before the parties it names continues `subject`; "he", "sie", "他" continue the last
    `person` named."""
    pronoun = PRONOUN_START.match(sentence.text)
    opens_with_pronoun = (
        pronoun is not None
        and bool(mentions)
        and mentions[0].start - sentence.start >= pronoun.end()
    )
    if not subject or not (
        (not mentions and not THIRD_PARTY_START.match(sentence.text)) or opens_with_pronoun
    ):
        return []
    personal = pronoun is not None and PERSONAL_RE.search(pronoun.group())
    inherited = person if personal and person else subject
    if pronoun is not None and DEMONSTRATIVE_RE.search(pronoun.group()) and last:
        inherited = last  # "Diese" is the party named last, not the subject
    return inherited


def same_subject(
    sentence: Sentence, mentions: list[ActorMention], previous: list[ActorMention]
) -> bool:
    """Whether the sentence opens with the subject of the sentence before ("The ministry added
    …" after "the commerce ministry put export controls …")."""
    if not mentions or not previous:
        return False
    first = mentions[0]
    return first.slug == previous[0].slug and first.start - sentence.start <= 4


def spoken_by_person(
    sentence: str, language: str, mentions: list[ActorMention], actors: dict[str, GazetteerActor]
) -> bool:
    """Whether the sentence reports what a person it names, a minister or a body's spokesperson
    said ("sagte von der Leyen", "Bundeswirtschaftsminister Robert Habeck sagte",
    "商务部新闻发言人表示")."""
    speech = trigger_regex("statement", language).search(sentence)
    if speech is None:
        return False
    if _MINISTER_RE.search(sentence, 0, speech.start()) and mentions:
        return True
    return any(actors.get(m.slug, NO_ACTOR).kind == "person" for m in mentions)


_MINISTER_RE = re.compile(
    r"minister(?:in)?\b|\bsecretary\b|\bspokes(?:person|man|woman)\b|sprecher(?:in)?\b|部长|财长|发言人",
    re.IGNORECASE,
)


MEASURES = {"export_controls", "sanctions", "tariffs_trade", "regulation", "government_policy"}


# A sentence that continues the enumeration of one announcement's measures shares its date.
CONTINUATION_RE = re.compile(
    r"^\W*(?:其中|此外|另外|同时|第\d+号公告|另一份公告|In addition|Additionally|Separately|"
    r"Hinzu kommt|Hinzu kommen|Dazu kommt|Dazu kommen|Weiter geht|Ferner|On top of that|"
    r"The (?:second|other|third) (?:notice|rule|measure|announcement)|Außerdem|Zudem|"
    r"Darüber hinaus|Die zweite|Eine weitere|同一份|同一项|The same (?:order|rule|notice|decree)|"
    r"Dieselbe (?:Verordnung|Anordnung)|Dasselbe (?:Dekret|Gesetz))",
    re.IGNORECASE,
)


# A sentence that only announces more of the same ("Damit nicht genug."): the next one continues
# the enumeration.
MORE_TO_COME_RE = re.compile(
    r"^\W*(?:(?:Doch |Aber )?damit (?:nicht|noch nicht) genug|Nicht nur das|"
    r"Und das ist nicht alles|"
    r"(?:But )?that was not all|(?:But )?that is not all|Not only that|More (?:was|is) to come|"
    r"不仅如此|不止于此|还不止这些)\W*$",
    re.IGNORECASE,
)


def continues_enumeration(sentences: list[Sentence], index: int) -> bool:
    """Whether the sentence goes on with the measures the sentences before enumerate."""
    return CONTINUATION_RE.match(sentences[index].text) is not None or (
        index > 0 and MORE_TO_COME_RE.match(sentences[index - 1].text) is not None
    )


# A list of measures: the sentence that opens it ends with a colon, its items start with a dash,
# a bullet or a number.
LIST_OPENER_RE = re.compile(r"[:：]\s*$")


LIST_ITEM_RE = re.compile(
    r"^\s*(?:[-–•*·▪]|\(?\d{1,2}[.)）、]|"
    r"[（(][一二三四五六七八九十][)）]|[一二三四五六七八九十]、)\s*"
)


# A sentence that only says who reported the news of the sentence before, and when.
ATTRIBUTION_RE = re.compile(
    r"^\W*(?:(?:Das|Dies)\s+(?:teilten?|gaben?|sagten?|erklärten?|bestätigten?|berichteten?|"
    r"meldeten?|verkündeten?|schrieben?|kündigten?)\b|"
    r"(?:That|This) (?:was|is) (?:announced|confirmed|disclosed|reported|according to)\b)",
    re.IGNORECASE,
)


# A reaction to the day's news: a party's verdict on what was just reported ("said it firmly
# opposed the decision", "zeigte sich enttäuscht", "对此坚决反对"). Such a sentence names no
# date of its own; it is dated by the news it answers.
REACTION_RE = {
    "en": re.compile(
        r"\b(?:oppos(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|criticis\w*|criticiz\w*|condemn\w*|"
        r"attack(?:ed|s)|slamm?\w*|protest(?:ed|s)|regrett?\w*|deplor\w*|"
        r"(?:was|were|is|are) (?:\w+ly )?(?:shocked|disappointed|surprised|dismayed|concerned)|"
        r"(?:would|will|plans? to|intends? to) (?:appeal|challenge|contest))\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:begrüß\w*|kritisier\w*|verurteil\w*|bedauer\w*|protestier\w*|"
        r"zeigte?n? sich (?:\w+ )?(?:enttäuscht|überrascht|besorgt|empört|verärgert|irritiert|"
        r"erfreut|zufrieden)|"
        r"lehn(?:t|e|en|te|ten)\b.{0,60}\bab\b|wies\w* .{0,80}\bzurück\b|warf\w* .{0,60}\bvor\b|"
        r"(?:Einspruch|Berufung|Rechtsmittel)\w* (?:ein(?:zu)?legen|einlegen))",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"对此|坚决反对|强烈不满|表示失望|感到失望|表示欢迎|抗议|谴责|"
        r"回应(?:称|表示|说)|深表遗憾"
    ),
}


# What a party has long said, or would say if something happened, answers no news of the day.
HABITUAL_RE = re.compile(
    r"\b(?:repeatedly|has long|have long|had long|continued to|continues to|again and again|"
    r"if|unless|regularly|routinely|wiederholt|mehrfach|seit langem|immer wieder|regelmäßig|"
    r"falls|wenn)\b|此前|多次|多个场合|一再|曾经?|如果|若|一贯|经常",
    re.IGNORECASE,
)


# A verdict on a measure, which makes what is said about it words rather than the measure: the
# reactions above and charges of abuse or groundlessness ("said Washington was abusing export
# controls", "die Anschuldigungen seien grundlos", "公司强烈反对美方的这一决定").
VERDICT_RE = {
    "en": re.compile(
        REACTION_RE["en"].pattern + r"|\b(?:abus(?:e|es|ed|ing)|dismiss(?:ed|es)|reject(?:ed|s)|"
        r"accus(?:ed|es|ing)|groundless|baseless)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        REACTION_RE["de"].pattern + r"|\b(?:grundlos|haltlos|missbrauch\w*)", re.IGNORECASE
    ),
    "zh": re.compile(REACTION_RE["zh"].pattern + r"|反对|毫无根据|滥用"),
}


REACTION_REACH_NEWS = 10


# A short sentence that only announces a reaction: "Peking reagierte verärgert.", "Beijing hit
# back.", "中方随即作出强烈回应。"
REACTION_OPENER_RE = re.compile(
    r"^\W*(?:[\w-]+\s+){1,3}(?:reagierte\w*|reacted|responded|hit back)(?:\s+[\w-]+){0,3}\W*$|"
    r"^[^，。]{1,12}(?:作出|做出)?[^，。]{0,4}回应[。！]?$",
    re.IGNORECASE,
)


def reacts(sentence: str, language: str, trigger: int, speakers: list[int]) -> int | None:
    """Whether the sentence is a party's reaction to the news: a party it names (`speakers`
    are their offsets) speaks in the clause of a verdict ("Huawei zeigte sich enttäuscht",
    "China's commerce ministry said it firmly opposed the investigation", "中方对此坚决反对"),
    not a habit ("has repeatedly condemned") or a condition ("if …"). Returns where the party
    speaks, or None."""
    regex = REACTION_RE.get(language) or REACTION_RE["en"]
    speech = trigger_regex("statement", language).search(sentence)
    if speech is None:
        # the verdict is the speech: "Nvidia attacked the rule"
        speech = regex.search(sentence)
        if speech is None:
            return None
    clause = max(sentence.rfind(c, 0, speech.start()) for c in ";；")
    if not any(clause < position < speech.start() for position in speakers):
        return None
    verdict = regex.search(sentence, max(0, min(speech.start(), max(trigger, 0)) - 2))
    if verdict is None or HABITUAL_RE.search(sentence):
        return None
    return speech.start()
