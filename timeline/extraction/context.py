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
    r"händler|wissenschaftler|fachleute|branchenvertreter|branchenverbände|wirtschaftsverbände)\b|"
    r"^\W*(?:分析人士|分析师|专家|业内人士|观察人士|学者|经济学家|法院|法官)|"
    # "资深通信行业分析师认为": a described analyst (courts stay bare: the gazetteer names them)
    r"^\W*[\u4e00-\u9fff]{1,16}?(?:分析人士|分析师|专家|业内人士|观察人士|学者|经济学家)",
    re.IGNORECASE,
)


# What such a third party says, thinks or expects is an opinion, whatever it is about.
OPINION_RE = re.compile(
    r"\b(?:said|say|says|told|expects?|expected|believes?|believed|thinks?|thought|estimates?|"
    r"estimated|predicts?|predicted|warned|sagte\w*|sagen|sagt|erwarte\w*|glaube\w*|meinen|meint|"
    r"schätze\w*|rechne\w* (?:damit|mit)|warnte\w*)\b|认为|表示|预计|估计|预测|指出|称|说",
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
    r"Simultaneously|同时|与此同时|随即)",
    re.IGNORECASE,
)


REACTION_REACH = 2


SIMULTANEOUS_REACH = 5


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
    r"The (?:second|other|third) (?:notice|rule|measure|announcement)|Außerdem|Zudem|"
    r"Darüber hinaus|Die zweite|Eine weitere|同一份|同一项|The same (?:order|rule|notice|decree)|"
    r"Dieselbe (?:Verordnung|Anordnung)|Dasselbe (?:Dekret|Gesetz))",
    re.IGNORECASE,
)


# A sentence that only says who reported the news of the sentence before, and when.
ATTRIBUTION_RE = re.compile(
    r"^\W*(?:(?:Das|Dies)\s+(?:teilten?|gaben?|sagten?|erklärten?|bestätigten?|berichteten?|"
    r"meldeten?|verkündeten?|schrieben?|kündigten?)\b|"
    r"(?:That|This) (?:was|is) (?:announced|confirmed|disclosed|reported|according to)\b)",
    re.IGNORECASE,
)
