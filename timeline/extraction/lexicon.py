# ruff: noqa: E501  (grammar and lexicon tables read best one rule per line)
"""Trigger lexicons: the words that make a sentence an event of one of the 14 categories.

One list of regular-expression stems per category and language, tried in the order of
`CATEGORY_ORDER` (the more specific measures first, `statement` and `other` last). To add a
trigger, add a stem to the right list; to add a language, add a key to every entry of `TRIGGERS`
and to `STAGE_TRIGGERS`.
"""

import re
from functools import cache

CATEGORY_ORDER = (
    "sanctions",
    "export_controls",
    "tariffs_trade",
    "legal_action",
    "regulation",
    "mergers_acquisitions",
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
        "en": [r"export control", r"export (?:curb|restriction|ban|licen[cs]e|licen[cs]ing|rule)", r"(?<!unreliable )entity list",
               r"unverified list", r"denial order", r"(?:general|temporary) licen[cs]e", r"(?:ban|bann|halt|restrict|curb)\w* (?:the )?export",
               r"exports? of .{0,60} (?:banned|restricted)", r"licen[cs]es? to export", r"licen[cs]es? for (?:the )?exports?\b", r"controls on (?:chip|semiconductor|rare|gallium|germanium|advanced)",
               r"chip (?:curb|control|rule)s?", r"blacklist", r"stop shipping", r"foreign direct product",
               r"(?:barred|banned|prohibited|blocked) .{0,50}(?:from )?(?:selling|supplying|shipping|exporting)",
               r"exporters? .{0,60}(?:licen[cs]e|permit|approval)", r"licen[cs]e requirements?", r"(?:ai )?diffusion rule", r"dual-use (?:items|goods|export)",
               r"(?:ban|restrictions?|curbs?|limits?) on (?:the )?(?:sales?|shipments?|exports?) of", r"restrict\w* (?:the )?(?:sales?|shipments?) of",
               r"\brevok\w* .{0,80}\b(?:licen[cs]es?|authori[sz]ations?)\b.{0,80}\b(?:sell|ship|export|suppl(?:y|ies)|shipments?|sales)\b"],
        "de": [r"exportkontroll", r"exportbeschränk", r"exportverbot", r"exportstopp", r"exportregel",
               r"ausfuhrkontroll", r"ausfuhrbeschränk", r"ausfuhrverbot", r"ausfuhrgenehmig", r"exportgenehmig",
               r"exportlizenz", r"lizenzpflicht", r"ausnahmegenehmigung", r"(?<!unreliable )entity list", r"schwarze liste", r"handelsschwarze", r"lieferverbot", r"lieferstopp",
               r"ausfuhr(?!en\b)\w*", r"lieferbeschränk", r"schränk\w* .{0,60}(?:verkauf|lieferung|export|ausfuhr)", r"exporte? .{0,60}(?:verboten|untersagt|beschränkt|genehmig|lizenzpflicht)",
               r"(?:untersag|verbiet|verbot)\w*.{0,150}(?:auszuführen|zu exportieren|zu liefern)", r"dual-use", r"diffusionsregel",
               r"(?:entz(?:ieh|og|ug)|widerr(?:ief|uf))\w* .{0,80}(?:lizenz|genehmigung)\w*.{0,80}(?:liefer|export|ausfuhr|verkauf)"],
        "zh": [r"出口管制", r"(?<!不可靠)实体清单", r"出口许可", r"禁止.{0,10}出口", r"限制.{0,10}出口", r"管制清单", r"出口禁令", r"暂停.{0,6}出口", r"两用物项", r"断供", r"出口.{0,10}(?:许可|审批)", r"许可(?:证)?要求", r"扩散规则"],
    },
    "sanctions": {
        "en": [r"sanction", r"unreliable entity", r"asset freeze", r"frozen assets", r"travel ban", r"visa (?:ban|restriction)s?", r"\bfr[eo]z\w* .{0,30}\bassets", r"countermeasures? against",
               r"prohibit\w* .{0,40}(?:doing business|transactions|dealings) with", r"\bban\w* (?:on )?(?:doing business|transactions|dealings) with"],
        "de": [r"sanktion", r"unzuverlässige", r"vermögen\w* eingefroren", r"einreiseverbot", r"gegenmaßnahmen gegen",
               r"(?:verbiet|verbot|untersag)\w* .{0,40}geschäfte mit", r"geschäfte mit .{0,60}(?:verboten|untersagt)"],
        "zh": [r"制裁", r"不可靠实体清单", r"列入[^。，]{0,40}(?:企业|公司)名单", r"\bSDN\b", r"反制措施", r"反制清单", r"反外国制裁法", r"禁止.{0,20}(?:与|同).{0,30}(?:交易|往来)"],
    },
    "tariffs_trade": {
        "en": [r"tariff", r"dut(?:y|ies)\b", r"levies", r"levy", r"trade (?:deal|agreement|truce|talks)",
               # "at the height of the trade war" only sets the scene
               r"(?<!height of the )(?<!amid the )(?<!during the )(?<!since the )(?<!amid a )trade war",
               r"anti-dumping", r"anti-subsidy", r"countervailing", r"safeguard (?:measure|dut)", r"import (?:ban|quota|curb|restriction)s?", r"purchases? of american",
               r"\bde minimis\b", r"duty-free", r"port (?:fees|charges)",
               r"\b(?:buy|purchas)\w*\b.{0,50}\b(?:goods|products|farm|agricultural|soybeans|energy|aircraft)\b"],
        "de": [r"\bzoll(?!behörde|fahnd|beamt|amt|verwaltung)", r"zölle", r"zöllen", r"strafzoll", r"ausgleichszoll", r"antidumping", r"handelsabkommen",
               r"handelsstreit", r"(?<!während des )(?<!seit dem )(?<!höhepunkt des )handelskrieg", r"zollpause", r"zollfrieden", r"handelsdeal", r"importverbot", r"hafengebühr", r"antisubvention", r"importbeschränk", r"einfuhrbeschränk",
               r"(?:(?<!ver)kauf|einkäuf|abnahme)\w*\b.{0,50}(?:waren|güter|produkte|agrarprodukte|sojabohnen|energie)", r"(?:waren|güter|produkte|sojabohnen|energie)\w*\b.{0,30}\b(?:zu |ein)?(?:kaufen|zukaufen|abzunehmen|importieren)\b"],
        "zh": [r"关税", r"加征", r"反倾销", r"反补贴", r"贸易协议", r"贸易战(?!期间|时期|时|以来)", r"贸易摩擦", r"经贸", r"税率", r"进口限制", r"暂停.{0,10}进口", r"港口费", r"港务费",
               r"(?:采购|购买|进口).{0,20}(?:商品|产品|农产品|大豆|能源|飞机)"],
    },
    "legal_action": {
        "en": [r"\bsued?\b", r"lawsuit", r"court", r"judge", r"indict", r"charged", r"plead\w* guilty",
               r"extradit", r"prosecut", r"settlement", r"\bfined\b", r"\ba fine\b", r"penalt", r"complaint at the world trade",
               r"\bwto\b", r"world trade organi[sz]ation", r"ruling", r"upheld", r"arrest", r"detained", r"extradition", r"verdict", r"convicted", r"sentenced", r"\bappeal(?:ed|s|ing)? (?:the|a|against)\b", r"\b(?:lodged|filed) an appeal\b", r"appeals court", r"settled .{0,40}(?:dispute|lawsuit|case|charges)", r"patent (?:dispute|infringement|lawsuit|case)",
               r"\bchalleng\w* .{0,40}\b(?:in|before|at) (?:a |the )?(?:court|wto|world trade)"],
        "de": [r"klage", r"verklagt", r"gericht", r"richter", r"anklage", r"urteil", r"strafe", r"bußgeld",
               r"geldbuße", r"verhaftet", r"festgenommen", r"auslieferung", r"\bwto\b", r"beschwerde bei der",
               r"welthandelsorganisation", r"an(?:zu)?fecht", r"strafverfahren", r"staatsanwalt", r"berufung (?:ein|gegen)", r"in (?:die )?berufung", r"revision einge"],
        "zh": [r"起诉", r"诉讼", r"法院", r"判决", r"罚款", r"逮捕", r"引渡", r"世贸组织", r"\bWTO\b", r"裁决", r"控告", r"申诉", r"起诉书", r"检察", r"判处", r"一审(?!通过)", r"二审(?!通过)", r"上诉"],
    },
    "mergers_acquisitions": {
        "en": [r"acqui(?:re|sition)", r"takeover", r"merger", r"buy(?:s|ing)? (?:a )?(?:stake|control)", r"\bbid for\b", r"divest",
               r"\bpurchase of (?:the |a |an )?(?:\w+ )?(?-i:[A-Z])"],
        "de": [r"übernahme", r"übernimmt", r"übernehmen", r"übernommen", r"übernahm\b", r"erwerb", r"fusion", r"kauft .{0,40}(?:anteil|mehrheit)", r"beteiligung", r"verkauf\w* .{0,40}(?:sparte|geschäft|werk|fabrik|anteile|tochter)"],
        "zh": [r"收购", r"并购", r"合并", r"入股", r"控股权", r"出售.{0,10}业务", r"(?:出售|处分|转让).{0,30}股权"],
    },
    "regulation": {
        "en": [r"investigation", r"\bprobe\b", r"antitrust", r"anti-monopoly", r"regulator", r"review of",
               r"cybersecurity review", r"approv(?:al|ed) the (?:deal|acquisition)", r"security review",
               r"\b(?:ban|bann|exclud|remov|strip)\w* .{0,40}\bfrom (?:its|the|their|american|us|u\.s\.) (?:5g |telecom |mobile )?(?:networks?|app stores?|market)", r"rip and replace",
               r"\badded\b.{0,80}\bto (?:its|the) (?:\w+ ){0,2}list\b", r"\bseiz(?:ed|ure)\b", r"\bimpound", r"\bfinal rules?\b",
               r"\bbann(?:ed|ing|s)? (?:the )?(?:approval|authori[sz]ation|sale|import|use)s? of", r"national security threats?\b",
               r"\brevok\w* .{0,60}\b(?:licen[cs]es?|authori[sz]ations?|permits?)\b", r"\braid(?:ed|s)?\b.{0,40}\b(?:offices?|premises)\b", r"\bdawn raids?\b", r"\bto stop using\b"],
        "de": [r"ermittlung", r"durchsuch", r"untersuchung", r"kartell", r"wettbewerbs", r"regulierer", r"aufsicht", r"prüfung", r"prüft", r"\bprüfen?\b", r"verbann",
               r"aus .{0,40}(?:netz\w*|markt) (?:aus(?:zu)?schließen|ausgeschlossen|zu entfernen|entfernt)",
               r"beschlagnahm", r"\bhielt\w*\b.{0,80}\bfest\b",
               # German reports file laws and ordinances under regulation ("das zweite IT-Sicherheitsgesetz")
               r"gesetz(?!t)", r"in kraft gesetzt", r"verordnung", r"meldepflicht", r"rechtsverbindlich",
               r"(?:entz(?:ieh|og|ug)|widerr(?:ief|uf))\w* .{0,60}(?:lizenz|genehmigung|zulassung|betriebserlaubnis)"],
        "zh": [r"调查", r"反垄断", r"审查", r"监管", r"约谈", r"搜查", r"立案", r"禁用", r"禁止使用", r"排除在.{0,10}之外", r"扣押", r"扣留", r"国家安全威胁", r"撤销.{0,40}(?:授权|牌照|许可证|执照|资质)"],
    },
    "earnings": {
        "en": [r"revenue", r"profit", r"earnings(?! call)", r"net income", r"quarterly results", r"\bsales (?:rose|fell|grew|increased|decreased|jumped|slumped|climbed|dropped)", r"reported .{0,40}(?:quarter|results)",
               r"net loss", r"operating (?:income|loss|margin)", r"beat (?:analysts'? |market |wall street )?(?:estimates|expectations|forecasts)"],
        "de": [r"umsatz", r"gewinn(?!ung)", r"(?<!zu den )quartalszahlen", r"geschäftszahlen", r"\bzahlen für (?:das )?(?:\d\.\s*quartal|\w+ quartal|\d{4}|das \w+jahr)", r"erlöse?", r"jahresergebnis", r"bilanz", r"quartalsergebnis", r"(?:netto|quartals|jahres)verlust", r"operative[nms]? (?:ergebnis|verlust)", r"\bebit\b"],
        "zh": [r"营收", r"营业收入", r"净利润", r"利润", r"财报(?!电话会)", r"业绩", r"销售收入", r"年报", r"亏损", r"收入.{0,6}(?:增长|下降|同比)"],
    },
    "investment": {
        "en": [r"invest(?!or)", r"\bIPO\b", r"initial public offering", r"capital expenditure", r"capex", r"\bfactory\b", r"\bplant\b", r"subsid", r"grant", r"fund(?:ing)?\b", r"build", r"capital spending",
               r"expand\w* (?:its |their )?(?:production|capacity|manufacturing)",
               r"\b(?:form|set up|establish|extend|renew|creat)\w* (?:a |an |the |their |its )?(?:new )?joint venture"],
        "de": [r"investi", r"börsengang", r"(?<!netz)(?<!regel)(?<!hand)(?<!bau)(?<!feuer)werk\b", r"fabrik", r"ansiedlung", r"subvention", r"förder", r"milliardenprogramm", r"\b(?:gründ|verlänger|erneuer)\w*\b.{0,80}\b(?:gemeinschaftsunternehmen|joint venture)",
               r"(?:gemeinschaftsunternehmen|joint venture)\w*\b.{0,80}\b(?:gegründet|verlängert|erneuert)",
               r"\b(?:hält|halten|hielt|erwarb|erwirbt)\b.{0,80}\b(?:prozent|anteil)\w*\b.{0,40}\b(?:aktien|anteile|stimmrechte)"],
        "zh": [r"投资", r"投入", r"建厂", r"挂牌上市", r"(?:交易所|港交所|纽交所|联交所|科创板)[^。，]{0,8}上市", r"上市(?:申请|计划)", r"募资", r"首次公开(?:募股|发行)", r"补贴", r"基金", r"资本开支", r"资本支出", r"扩产", r"建设.{0,10}(?:工厂|基地|数据中心)", r"(?:成立|组建|设立)合资", r"注册资本"],
    },
    "cyber_security": {
        "en": [r"cyber", r"hack", r"malicious attack", r"ransomware", r"\bintrusions?\b", r"(?:ddos|denial-of-service)", r"data breach", r"espionage", r"spy"],
        "de": [r"cyber", r"hacker", r"angriff\w* auf .{0,30}(?:server|netz|system)", r"spionage", r"datenleck", r"eindringen in .{0,30}(?:server|netz|system)"],
        "zh": [r"网络安全", r"网络攻击", r"恶意攻击", r"黑客", r"数据泄露", r"间谍"],
    },
    "product_launch": {
        "en": [r"launch", r"unveil\w* .{0,40}\b(?:model|phone|chip|processor|product|smartphone|car|vehicle|device|laptop|tablet|headset)s?\b", r"released? .{0,60}(?:model|phone|chip|version|operating system|software)", r"rolled out", r"debut", r"went on sale", r"(?:began|start\w*) (?:selling|shipping) (?:its|the|a) new", r"technical report on", r"\b(?:unveil\w*|present(?:s|ed)|showcas\w*|introduc\w*)\s+(?:its |the |a )?(?:new )?(?-i:[A-Z])\w*"],
        "de": [r"vorgestellt", r"stellt .{0,40}vor", r"(?:stellte|präsentierte|zeigte) .{0,60}(?:modell|smartphone|handy|telefon|chip|prozessor|auto|fahrzeug|produkt|gerät|laptop)\w*\b", r"präsentiert", r"auf den markt", r"neues? (?:modell|smartphone|chip)", r"veröffentlicht\w* .{0,30}modell", r"modell\w* .{0,40}veröffentlicht", r"markteinführung", r"verkaufsstart",
               r"(?:spitzen|flaggschiff)modell", r"in (?:den|seinen|ihren) (?:online-?shop|handel|verkauf)"],
        "zh": [r"发布.{0,15}(?:模型|手机|芯片|产品|新品|汽车|车型|系统|版本)", r"推出", r"上市", r"亮相", r"开源", r"开售", r"发售", r"首发"],
    },
    "diplomacy": {
        "en": [r"talks\b", r"summit", r"met with", r"\bmet\b", r"visit", r"\barrived in\b", r"phone call", r"spoke by phone", r"negotiat", r"joint statement", r"released? .{0,30}(?:citizens|detainees)", r"summon\w* .{0,30}(?:ambassador|envoy)",
               r"visa-free", r"visa waiver", r"without (?:a )?visas?\b"],
        "de": [r"gespräch", r"gipfel", r"treffen", r"traf\b", r"trafen", r"besuch", r"verhandl", r"verhandelt", r"eingetroffen", r"telefonat", r"telefonier", r"gemeinsame erklärung", r"einbestellt", r"verständigt\w* sich", r"\bsich\b.{0,80}\bverständigt", r"einigten sich", r"bestellte\w* .{0,60}(?:botschafter|gesandte|geschäftsträger)\w* ein\b",
               r"ohne visum", r"visumfrei", r"visafrei", r"visumpflicht"],
        "zh": [r"会谈", r"会晤", r"通话", r"访问", r"抵达", r"磋商", r"联合声明", r"会见", r"谈判", r"召见", r"免签"],
    },
    "government_policy": {
        "en": [r"signed", r"executive order", r"\blaw\b", r"\bact\b", r"\bbill\b", r"plan\b", r"policy", r"designat", r"national emergency", r"passed", r"approved", r"received"],
        "de": [r"gesetz(?!t)", r"unterzeichn", r"verordnung", r"dekret", r"strategie", r"empfangen", r"beschlossen", r"beschließt", r"fahrplan", r"programm",
               r"vereinbarung", r"stellte? .{0,120}\bvor\b", r"ins leben (?:ge)?ruf", r"\brief\w* .{0,80}\bins leben\b"],
        "zh": [r"政策", r"规划", r"法案", r"签署", r"行政令", r"(?:表决|审议|[一二三]审)通过", r"方案", r"措施", r"意见", r"接见", r"座谈"],
    },
    "statement": {
        "en": [r"\bsaid\b", r"\bsays\b", r"told", r"warned", r"called", r"criticis", r"condemn", r"stated", r"statement", r"wrote", r"argued", r"threatened", r"vowed", r"urged", r"thanked", r"\bargue\b", r"insisted", r"denied", r"accused", r"pledged", r"rejected", r"dismissed", r"responded", r"countered", r"replied", r"hit back", r"made (?:it )?clear", r"welcomed", r"\btelling\b", r"\b(?:in|gave|delivered|used) a speech\b"],
        "de": [r"sagte", r"erklärte", r"bezeichnete", r"kritisierte", r"warnte", r"betonte", r"teilte .{0,40}mit", r"äußerte", r"drohte", r"forderte", r"kündigte .{0,60}an", r"sagt\b", r"wies(?:en)? .{0,60}zurück", r"bekräftigte", r"warf(?:en)? .{0,40}vor", r"sprach\w* (?:[^.;:]{0,60} )?vo[nm]\b", r"reagierte", r"hielt\w* dagegen",
               r"entgegnete", r"konterte", r"nannte", r"zeigte sich", r"machte\w* .{0,60}deutlich", r"stellte\w* klar", r"begrüßte\w*", r"richtete\w* .{0,60}warnung", r"drängte\w*", r"\bwarb\w*\b", r"hieß es"],
        "zh": [r"表示", r"称", r"指出", r"强调", r"批评", r"回应", r"警告", r"声明", r"谴责", r"透露", r"坦言", r"呼吁", r"敦促", r"驳斥", r"反驳", r"反对", r"表示欢迎"],
    },
    "other": {
        "en": [r"market value", r"(?:shares?|stocks) (?:fell|plunged|dropped|tumbled|slumped|sank|rose|jumped|soared)", r"stock-market value", r"(?:shares|stock) (?:of|in) .{0,30}(?:fell|plunged|dropped|tumbled|slumped|sank|rose|jumped|soared)", r"landed", r"ceased", r"comply", r"resign", r"stepped down",
               r"\b(?:stop|stops|stopped|halt|halts|halted) (?:supplying|shipping|shipments|deliveries)", r"\bawarded\b.{0,40}\b(?:contracts?|orders?)\b"],
        "de": [r"börsenwert", r"aktie\w* (?:fiel|brach|stürzte)", r"kurssturz", r"rücktritt", r"tritt .{0,20}zurück",
               r"\bstellte\w* .{0,40}\blieferungen\b.{0,30}\bein\b", r"\bstoppte\w* .{0,40}\blieferungen\b", r"\bvergab\w* .{0,40}\baufträge\b"],
        "zh": [r"市值", r"股价.{0,6}(?:下跌|暴跌|大跌)", r"辞职", r"停止供货|暂停供货|停止供应|断供"],
    },
}  # fmt: skip

# Predicates that make a sentence's news whatever measures it also names: "China filed a
# complaint at the WTO over the tariffs" is legal action, "held talks on tariffs" diplomacy.
PREDICATES: dict[str, dict[str, list[str]]] = {
    "legal_action": {
        "en": [r"\bsu(?:ed|es|ing)\b", r"\blawsuit", r"\bfiled? (?:a )?(?:suit|complaint|case|petition)", r"\bfiles (?:a )?(?:suit|complaint|case)",
               r"complaint (?:at|with|to) the (?:wto|world trade)", r"\bindicted\b", r"pleaded guilty"],
        "de": [r"verklagt", r"klage (?:ein|erhoben|eingereicht)", r"\bklage\b.{0,80}\b(?:eingereicht|erhoben|einreichen)", r"\bklagt\w* gegen", r"reicht\w* .{0,30}klage", r"an(?:zu)?fecht", r"beschwerde (?:bei|vor) der (?:wto|welthandels)",
               r"angeklagt"],
        "zh": [r"提起诉讼", r"起诉", r"申诉", r"诉诸"],
    },
    "diplomacy": {
        "en": [r"\bheld (?:talks|a (?:phone |video )?call|a meeting|a summit|consultations)", r"\bmet (?:in|at|with|near)\b", r"spoke by (?:phone|telephone)", r"\bhad a (?:phone |video )?call\b", r"\b(?:issued|released|published|signed) a joint statement",
               r"(?:citizens|nationals|detainees|prisoners)\b.{0,120}\b(?:released|freed)\b", r"\b(?:released|freed) .{0,30}(?:citizens|nationals|detainees|prisoners)", r"prisoner (?:swap|exchange)"],
        "de": [r"führten .{0,40}gespräche", r"telefonierten?", r"trafen sich", r"veröffentlichten .{0,40}gemeinsame erklärung",
               r"(?:bürger|staatsangehörige|häftling|gefangene)\w*\b.{0,120}\bfreigelassen", r"freilassung .{0,40}(?:bürger|staatsangehörige|häftling|gefangene)", r"gefangenenaustausch"],
        "zh": [r"举行.{0,8}(?:会谈|会晤|磋商|通话)", r"(?:会谈|会晤|磋商)[^。；]{0,30}举行", r"达成(?:原则|基本)?(?:一致|共识)", r"发表.{0,6}联合声明", r"通电话", r"视频通话", r"释放.{0,20}(?:公民|人员)", r"(?:公民|人员).{0,40}(?:获释|被释放)"],
    },
    "earnings": {
        "en": [r"\breported (?:on \w+ )?(?:that its )?(?:(?:quarterly|annual|full-year|record) )?(?:revenue|sales|(?:net )?(?:profit|income|loss)|results|earnings|orders|bookings|a (?:net |record )?(?:loss|profit))",
               r"\bposted (?:a )?(?:(?:record|quarterly|annual|full-year) )?(?:revenue|sales|results|(?:net )?(?:loss|profit|income))",
               r"\b(?:reported|posted) (?:an? )?(?:[\w%.-]+ ){0,3}(?:jump|rise|surge|fall|drop|decline|increase|gain|slump|plunge) in (?:its )?(?:[\w-]+ ){0,2}(?:revenue|sales|profit|income|earnings)",
               r"\b(?:its|their) (?:net |operating |quarterly |annual )?(?:profit|revenue|sales|income)\b.{0,20}\b(?:rose|fell|jumped|doubled|tripled|climbed|dropped|grew|increased|declined|slumped|surged)\b"],
        "de": [r"legte\w* .{0,40}(?:quartalszahlen|geschäftszahlen|jahreszahlen|zahlen für|bilanz|geschäftsbericht)\w* .{0,30}vor", r"meldete\w* .{0,40}(?:umsatz|gewinn|verlust|rekordgewinn)"],
        "zh": [r"发布.{0,12}(?:年度报告|年报|财报|业绩报告|季报)", r"公布.{0,12}(?:年度报告|年报|财报|业绩报告)"],
    },
    # publishing provisions or rules ("发布《不可靠实体清单规定》") is regulation whatever list they set up;
    # English and German name such documents in ways the other predicates cover ("(?!)": none)
    "regulation": {
        "en": [r"(?!)"],
        "de": [r"(?!)"],
        "zh": [r"(?:发布|公布|出台)[^。，；]{0,12}《[^》]{0,40}(?:规定|办法|条例|细则)》"],
    },
    "government_policy": {
        "en": [r"(?:outbound|inbound) investment", r"investment (?:screening|restrictions?|curbs?|bans?)"],
        "de": [r"investitionskontroll", r"investitionsprüfung", r"auslandsinvestitionen .{0,30}(?:beschränk|prüf)"],
        "zh": [r"对外投资.{0,10}(?:限制|审查)", r"投资审查"],
    },
}  # fmt: skip


# Reported speech that is news as speech even when it names a measure ("Trump threatened
# tariffs"); plain "said" by a government may announce the measure itself.
THREATS: dict[str, str] = {
    "en": r"threaten|warned|warns|vowed|criticis|criticiz|condemn|accus|denounc",
    "de": r"droht|warnt|kritisier|verurteil|warf .{0,40}vor",
    "zh": r"威胁|警告|批评|谴责|指责",
}
# A demand that someone else act ("called on the administration to hit back"): words, whatever
# measure they ask for.
DEMANDS: dict[str, str] = {
    "en": r"\b(?:call(?:ed|s|ing)? on|urg(?:ed|es|ing)|press(?:ed|es|ing)|appeal(?:ed|s)? to)\b"
    r"(?=[^.;]{0,80}\bto\b)",
    "de": r"\b(?:forderten?|fordert|appellierten?|drängten?)\b(?=[^.;]{0,80}\b(?:auf|zu)\b)",
    "zh": r"呼吁|敦促|促请|要求美方|要求中方",
}
# Verbs by which a spokesperson announces a measure rather than comments on one.
DECISIONS: dict[str, str] = {
    "en": r"\b(?:announc\w*|decided|imposed|will impose|placed|added|introduced)\b",
    "de": r"angekündigt|kündigt\w* .{0,60}an|beschlossen|beschließt|verhängt|entschieden|setzt .{0,40}auf",
    "zh": r"宣布|决定|公告|实施|列入",
}
# Who speaks for someone else, or as a person: what they say is a statement.
SPEAKERS = re.compile(
    r"spokes(?:man|woman|person)|\bsprecher|发言人|\bCEO\b|chief executive|chairman|chairwoman|founder|"
    r"\b(?:vorstands|konzern|firmen)?chef(?:in)?\b|vorstandsvorsitzende|gründer|首席执行官|董事长|创始人|总裁",
    re.IGNORECASE,
)
INTERVIEW = re.compile(
    r"\binterview|gespräch mit .{0,40}journalist|\binterview mit|接受.{0,20}采访|媒体采访",
    re.IGNORECASE,
)

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


def _stems_regex(stems: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{stem})" for stem in stems), re.IGNORECASE)


@cache
def trigger_regex(category: str, language: str) -> re.Pattern[str]:
    return _stems_regex(TRIGGERS[category].get(language) or TRIGGERS[category]["en"])


@cache
def predicate_regex(category: str, language: str) -> re.Pattern[str]:
    return _stems_regex(PREDICATES[category].get(language) or PREDICATES[category]["en"])


@cache
def stage_regex(stage: str, language: str) -> re.Pattern[str]:
    return _stems_regex(STAGE_TRIGGERS[stage].get(language) or STAGE_TRIGGERS[stage]["en"])


def _pattern_per_language(table: dict[str, str], language: str) -> re.Pattern[str]:
    return re.compile(table.get(language) or table["en"], re.IGNORECASE)


@cache
def decision_regex(language: str) -> re.Pattern[str]:
    return _pattern_per_language(DECISIONS, language)


@cache
def demand_regex(language: str) -> re.Pattern[str]:
    return _pattern_per_language(DEMANDS, language)


@cache
def threat_regex(language: str) -> re.Pattern[str]:
    return _pattern_per_language(THREATS, language)


_TAG_COMPILED = {tag: re.compile(pattern, re.IGNORECASE) for tag, pattern in TAG_TRIGGERS.items()}


def tags_for(text: str) -> tuple[str, ...]:
    return tuple(tag for tag, regex in _TAG_COMPILED.items() if regex.search(text))
