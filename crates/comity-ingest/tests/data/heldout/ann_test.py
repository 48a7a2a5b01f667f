"""Hand annotations, test half (see README.md for the guidelines). build.py turns them into JSONL.

Measurement only: do not write extraction rules from these documents or claims.
"""
from ann_dev import C, S

CLAIMS = []
A = CLAIMS.append

# ---------------------------------------------------------------- esh_wikimili_enc.txt (encyclopedia mirror)
D = "esh_wikimili_enc.txt"
A(C(D, "independence", "ESH", None, None, "1976-02-27",
    "The Sahrawi Arab Democratic Republic (SADR) was proclaimed by the Polisario Front on 27 February 1976, in Bir Lehlu, Western Sahara.",
    note="proclaimed; the document names no state it is declared from (object null)"))
A(C(D, "membership", "ESH", "AU", "joined", "1984",
    "The SADR has been a member of the African Union (AU), formerly the Organization of African Unity (OAU), since 1984."))
A(C(D, "membership", "MAR", "AU", "joined", "2017", "until 2017, when Morocco again joined the African Union.",
    note="Morocco's 1984 withdrawal from the OAU has no membership polarity in SCHEMA.md"))
A(S(D, "Morocco", "MAR", "ESH", "oppose", None, "over Moroccan objections.", note="stance; 'Moroccan objections'"))
A(S(D, "The Arab League", "LAS", "MAR", "support", None,
    "The Arab League supports \"Moroccan territorial integrity\", without further specification",
    note="LAS = League of Arab States (no id in data/actors.csv)"))
A(S(D, "the United States under Donald Trump", "USA", "MAR", "support", "2020",
    "In 2020, the United States under Donald Trump was the first country to recognize Morocco's unilateral annexa",
    note="recognised Morocco's annexation (of Western Sahara; text cut off)"))

# ---------------------------------------------------------------- pse_rbcua_2024.txt (news, no dateline)
D = "pse_rbcua_2024.txt"
EV = "The governments of Norway, Spain, and Ireland recognize Palestine as a state, according to Deutsche Welle and Reuters."
for s in ("NOR", "ESP", "IRL"):
    A(C(D, "recognition", s, "PSE", "positive", None, EV))
A(C(D, "recognition", "NOR", "PSE", "planned", None,
    "Norwegian Prime Minister Jonas Gahr Støre said that Oslo would recognize an independent Palestinian state on May 28.",
    note="May 28, no year in the document"))
A(C(D, "recognition", "ESP", "PSE", "planned", None,
    "announced that Madrid would recognize an independent Palestinian state on May 28.", note="May 28, no year"))
A(C(D, "recognition", "IRL", "PSE", "planned", None,
    "Ireland will officially recognize Palestine on May 28, Foreign Minister Micheál Martin said.",
    note="also 'Dublin would recognize the Palestinian state' (Simon Harris); May 28, no year"))
A(S(D, "Jonas Gahr Støre", "NOR", "PSE", "support", None,
    "\"By recognizing a Palestinian state, Norway supports the Arab peace plan.\"",
    quote="By recognizing a Palestinian state, Norway supports the Arab peace plan."))
A(S(D, "Harris", "IRL", "PSE", "support", None,
    "\"Today, Ireland, Norway, and Spain are announcing that we recognize the state of Palestine.",
    quote="Today, Ireland, Norway, and Spain are announcing that we recognize the state of Palestine."))
A(C(D, "recognition", "IRL", "ISR", "positive", None, "Dublin unconditionally recognizes Israel"))
A(S(D, "Israel Katz", "ISR", "PSE", "oppose", None,
    "Israeli Foreign Minister Israel Katz condemned the move, saying it would be \"rewarding the jihadists of Hamas and Iran.\"",
    quote="rewarding the jihadists of Hamas and Iran."))
EV = "\"Ireland and Norway intend to send a message today to the Palestinians and the whole world: terrorism pays,\" Katz said"
A(S(D, "Katz", "ISR", "IRL", "oppose", None, EV,
    quote="Ireland and Norway intend to send a message today to the Palestinians and the whole world: terrorism pays,"))
A(S(D, "Katz", "ISR", "NOR", "oppose", None, EV,
    quote="Ireland and Norway intend to send a message today to the Palestinians and the whole world: terrorism pays,"))

# ---------------------------------------------------------------- pse_zeenews_2025.txt (news, dated 2025-09-23)
D = "pse_zeenews_2025.txt"
EV = "France joined the United Kingdom, Canada and Australia in formally recognising the State of Palestine on Monday"
A(C(D, "recognition", "FRA", "PSE", "positive", "2025-09-22", EV, note="'on Monday' before the dateline 2025-09-23"))
for s in ("GBR", "CAN", "AUS"):
    A(C(D, "recognition", s, "PSE", "positive", None, EV, note="dated 'Sunday' further down"))
EV = "The move follows similar recognitions by Canada, the United Kingdom and Australia, all announced on Sunday."
for s in ("CAN", "GBR", "AUS"):
    A(C(D, "recognition", s, "PSE", "positive", "2025-09-21", EV, note="'Sunday' before Monday 2025-09-22"))
A(S(D, "Emmanuel Macron", "FRA", "PSE", "support", "2025-09-22",
    "This is why I declare that today, France recognises the state of Palestine,” he told the global body.",
    quote="This is why I declare that today, France recognises the state of Palestine,"))
A(S(D, "Macron", "FRA", "ISR", "support", None,
    "Macron emphasised that granting rights to the Palestinian people “takes nothing away from the rights of the people of Israel, who France supported from day one”.",
    quote="takes nothing away from the rights of the people of Israel, who France supported from day one"))
A(C(D, "vote", "UNGA", "PSE", None, None,
    "the UN General Assembly overwhelmingly passed a resolution endorsing the two-state solution",
    note="no counts given ('overwhelmingly')"))

# ---------------------------------------------------------------- twn_brisbanetimes_2024.txt (news, dated 2024-01-15)
D = "twn_brisbanetimes_2024.txt"
EV = "Nauru has switched its diplomatic allegiance from Taiwan to China"
A(C(D, "recognition", "NRU", "TWN", "withdrawn", "2024-01-15", EV,
    note="also 'would no longer recognise Taiwan as a separate country' (Monday = dateline)"))
A(C(D, "recognition", "NRU", "CHN", "positive", "2024-01-15", EV))
A(S(D, "David Adeang", "NRU", "TWN", "oppose", "2024-01-15",
    "Nauru President David Adeang said on Monday evening (AEDT) that the Pacific island would no longer recognise Taiwan as a separate country and that it was an inalienable part of China’s territory.",
    note="stance: Taiwan part of China"))
A(S(D, "the Nauruan government", "NRU", "CHN", "support", "2024-01-15",
    "we will be moving to the One-China Principle,” the Nauruan government said in a statement.",
    quote="The government of the Republic of Nauru today announces that, in the best interests of the Republic and people of Nauru, we will be moving to the One-China Principle,"))
A(C(D, "relations", "NRU", "TWN", "severed", "2024-01-15",
    "will sever ‘diplomatic relations’ with Taiwan as of this day", note="'as of this day' = Monday, dateline"))

# ---------------------------------------------------------------- twn_nationalpost_2021.txt (news, dated 2021-12-09)
D = "twn_nationalpost_2021.txt"
A(C(D, "relations", "NIC", "TWN", "severed", "2021-12-09",
    "Nicaragua on Thursday broke its longstanding diplomatic ties with Taiwan", note="Thursday = dateline"))
EV = "Nicaragua on Thursday broke its longstanding diplomatic ties with Taiwan, switching allegiance to Beijing in a recognition of the Chinese Communist party’s One China policy"
A(C(D, "recognition", "NIC", "TWN", "withdrawn", "2021-12-09", EV))
A(C(D, "recognition", "NIC", "CHN", "positive", "2021-12-09", EV))
EV = "“The People’s Republic of China is the only legitimate government that represents all of China and Taiwan is an inalienable part of the Chinese territory,” it added."
A(S(D, "the foreign ministry", "NIC", "CHN", "support", "2021-12-09", EV,
    quote="The People’s Republic of China is the only legitimate government that represents all of China and Taiwan is an inalienable part of the Chinese territory,"))
A(S(D, "the foreign ministry", "NIC", "TWN", "oppose", "2021-12-09", EV,
    quote="The People’s Republic of China is the only legitimate government that represents all of China and Taiwan is an inalienable part of the Chinese territory,"))
A(S(D, "the incoming leaders of Honduras", "HND", "TWN", "oppose", None,
    "It also follows threats by the incoming leaders of Honduras to break with Tapei.",
    note="[uncertain polarity] threats to break with Taipei, since 'rowed back' somewhat"))

# ---------------------------------------------------------------- xab_historysnacks_enc.txt (encyclopedia-style page)
D = "xab_historysnacks_enc.txt"
EV = "On August 26, 2008, Russia formally recognized the independence of the Georgian breakaway regions of Abkhazia and South Ossetia."
A(C(D, "recognition", "RUS", "XAB", "positive", "2008-08-26", EV, note="also in the title lines"))
A(C(D, "recognition", "RUS", "XSO", "positive", "2008-08-26", EV, note="also in the title lines"))
A(S(D, "Georgia", "GEO", "RUS", "oppose", "2008-08-26", "This move was condemned by Georgia and many Western countries.",
    note="condemned Russia's recognition; 'many Western countries' unnamed"))
A(C(D, "agreement", "GEO", "RUS", None, "2008-08",
    "The war concluded with a ceasefire brokered by French President Nicolas Sarkozy, who was then holding the presidency of the European Union.",
    broker="EU", note="broker Sarkozy (France) as EU presidency; war began August 7, 2008, lasted five days"))
EV = "Both Abkhazia and South Ossetia had been seeking independence from Georgia since the early 1990s, following the dissolution of the Soviet Union. Tensions had been simmering for years, with both regions experiencing conflicts and declaring de facto independence"
A(C(D, "independence", "XAB", "GEO", None, None, EV, note="'declaring de facto independence', no date"))
A(C(D, "independence", "XSO", "GEO", None, None, EV, note="'declaring de facto independence', no date"))

# ---------------------------------------------------------------- xab_unpo_2008.txt (NGO statement/news, dated Aug 26, 2008)
D = "xab_unpo_2008.txt"
EV = "Russian President Dmitry Medvedev announced Tuesday 26 August 2008 that he signed a decree under which Russia formally recognises South Ossetia and Abkhazia as independent states."
A(C(D, "recognition", "RUS", "XSO", "positive", "2008-08-26", EV))
A(C(D, "recognition", "RUS", "XAB", "positive", "2008-08-26", EV, note="also the title 'Abkhazia: Recognised by Russia'"))
A(S(D, "the Russian parliament", "RUS", "XSO", "support", "2008-08-25",
    "the Russian parliament on Monday 25 August 2008 called upon President Dmitry Medvedev to recognize the independence of South Ossetia and Georgia.",
    note="[uncertain] the text says 'South Ossetia and Georgia' (Abkhazia meant); only South Ossetia annotated"))

# ---------------------------------------------------------------- xar_ocmedia_2023.txt (news, dated 2023-09-28)
D = "xar_ocmedia_2023.txt"
A(C(D, "agreement", "AZE", "XAR", None, None,
    "an agreement reached with Azerbaijan through the mediation of the Russian peacekeeping contingent to allow people to leave to Armenia with their property",
    broker="RUS", note="the dissolution decree itself has no kind in SCHEMA.md"))

# ---------------------------------------------------------------- xkx_intellinews_2015.txt (news, byline November 9, 2015)
D = "xkx_intellinews_2015.txt"
A(C(D, "vote", "UNESCO", "XKX", None, "2015-11-09",
    "In a vote in Paris, 92 member countries voted in favour (95 were needed), 50 were against and 29 abstained.",
    counts={"yes": 92, "no": 50, "abstain": 29}, note="UNESCO General Conference; ballot on November 9 (2015 from the byline)"))
A(C(D, "membership", "XKX", "UNESCO", "refused", "2015-11-09",
    "Kosovo narrowly failed to become a full member of the UN cultural agency UNESCO, falling just short of the required two-thirds majority in a ballot on November 9."))
A(C(D, "independence", "XKX", "SRB", None, "2008", "Serbia, from which Kosovo unilaterally declared independence in 2008"))
A(S(D, "Serbia", "SRB", "XKX", "oppose", None,
    "Serbia, from which Kosovo unilaterally declared independence in 2008, has fiercely opposed the bid of its former province to be part of UNESCO"))
A(S(D, "Russia", "RUS", "XKX", "oppose", None, "Russia also campaigned against Kosovo's membership.",
    note="Russia also among the countries that voted against"))
A(S(D, "Tomislav Nikolic", "SRB", "XKX", "oppose", "2015-11-09",
    "Serbian president Tomislav Nikolic was quick to react, saying in a statement that \"this is a rightful and moral victory in almost impossible conditions.”",
    quote="this is a rightful and moral victory in almost impossible conditions."))
EV = "Some of the countries that voted against Kosovo’s membership included Brazil, China, Spain, Russia, India and Kazakhstan"
for s, name in (("BRA", "Brazil"), ("CHN", "China"), ("ESP", "Spain"), ("IND", "India"), ("KAZ", "Kazakhstan")):
    A(S(D, name, s, "XKX", "oppose", "2015-11-09", EV, note="voted against Kosovo's UNESCO membership"))
EV = "Bosnia and Herzegovina, Greece, Romania and several other countries abstained."
for s, name in (("BIH", "Bosnia and Herzegovina"), ("GRC", "Greece"), ("ROU", "Romania")):
    A(S(D, name, s, "XKX", "neutral", "2015-11-09", EV, note="abstained in the UNESCO vote"))

# ---------------------------------------------------------------- xkx_reuters_kenya_2025.txt (news, no dateline)
D = "xkx_reuters_kenya_2025.txt"
A(C(D, "recognition", "KEN", "XKX", "positive", None, "Kenya has recognised Kosovo as an independent state"))
A(C(D, "independence", "XKX", "SRB", None, "2008", "Kosovo declared independence from Serbia in 2008"))
EV = "is not a United Nations member due to opposition from Serbia and its allies, including U.N.-veto holders Russia and China."
A(C(D, "membership", "XKX", "UN", "blocked", None, EV))
for s, name in (("SRB", "Serbia"), ("RUS", "Russia"), ("CHN", "China")):
    A(S(D, name, s, "XKX", "oppose", None, EV, note="opposes Kosovo's UN membership"))
A(C(D, "recognition", "USA", "XKX", "positive", None,
    "Over 110 countries, including the United States and most European nations, have recognised Kosovo’s independence."))
A(C(D, "recognition", "ISR", "XKX", "positive", "2020-09",
    "The last country to recognise Kosovo as a state was Israel in September 2020."))
A(C(D, "contact", "XKX", "KEN", None, None,
    "former Kosovo president Behgjet Pacolli, who shared photos on his Facebook page with Kenyan President William Ruto as he signed the recognition letter",
    note="[uncertain] Pacolli (former president) with Ruto at the signing"))

# ---------------------------------------------------------------- xkx_tribune_2015.txt (news, no dateline)
D = "xkx_tribune_2015.txt"
A(C(D, "vote", "UNESCO", "XKX", None, None,
    "Of the 142 countries that voted, 92 backed the motion, 50 voted against and 29 abstained",
    counts={"yes": 92, "no": 50, "abstain": 29, "present_and_voting": 142}, note="'on Monday', no dateline"))
A(C(D, "membership", "XKX", "UNESCO", "refused", None,
    "The United Nations' cultural agency UNESCO voted against Kosovo getting full membership in a vote on Monday"))
EV = "The vote was fiercely opposed by Russia and Serbia"
A(S(D, "Russia", "RUS", "XKX", "oppose", None, EV, note="opposed Kosovo's UNESCO bid (sub-headline and body)"))
A(S(D, "Serbia", "SRB", "XKX", "oppose", None, EV, note="opposed Kosovo's UNESCO bid (sub-headline and body)"))
A(C(D, "recognition", "IOC", "XKX", "positive", None, "Kosovo gets provisional IOC recognition",
    note="[related-articles] headline of another story; provisional"))
A(C(D, "independence", "XKX", "SRB", None, "2008", "since it broke away from Serbia in 2008"))
A(C(D, "membership", "XKX", "UN", "blocked", None,
    "its bid to become a full United Nations member has been blocked by Moscow", note="blocked by Russia"))

# ---------------------------------------------------------------- xnc_urdupoint_2022.txt (news, 11 November 2022)
D = "xnc_urdupoint_2022.txt"
A(C(D, "membership", "XNC", "OTS", "joined", "2022-11-11",
    "The Turkish Republic of Northern Cyprus has become an observer in the Organization of Turkic States (OTS), Turkish Foreign Minister Mevlut Cavusoglu said on Friday.",
    note="observer; Friday = 11 November 2022 (dateline)"))
A(C(D, "recognition", "TUR", "XNC", "positive", None, "Northern Cyprus has been recognized only by Turkey."))
A(S(D, "The head of the department for cooperation with regional organizations of the Uzbek foreign ministry", "UZB", "XNC",
    "oppose", "2022-11-07",
    "The head of the department for cooperation with regional organizations of the Uzbek foreign ministry said on Monday that Northern Cyprus will not participate as an observer at a summit of the OTS on November 11.",
    note="[uncertain polarity] 'on Monday' before Friday 11 November 2022"))

# ---------------------------------------------------------------- xsl_2x3news_2025.txt (key-points list, Fri, Dec 26, 2025)
D = "xsl_2x3news_2025.txt"
A(C(D, "recognition", "ISR", "XSL", "positive", "2025-12-26",
    "Israel officially recognized Somaliland as an independent state", note="also in the key points; dated by the page line"))
EV = "The foreign ministers of Somalia, Egypt, Turkey, and Djibouti condemned Israel's decision, affirming Somalia's unity and territorial integrity."
for s, name in (("SOM", "Somalia"), ("EGY", "Egypt"), ("TUR", "Turkey"), ("DJI", "Djibouti")):
    A(S(D, f"The foreign ministers of {name}", s, "ISR", "oppose", None, EV,
        note="condemned Israel's recognition of Somaliland (also in the summary line)"))
A(S(D, "Benjamin Netanyahu", "ISR", "XSL", "support", None,
    "Israeli Prime Minister Benjamin Netanyahu cited expanding cooperation, aligning with the Abraham Accords, and combating terrorism (monitoring Houthis) as reasons for the recognition."))
A(S(D, "Hassan Sheikh Mohamud", "SOM", "ISR", "oppose", None,
    "Somali President Hassan Sheikh Mohamud called Israel's move a \"grave breach of Somalia's sovereignty\"",
    quote="grave breach of Somalia's sovereignty"))

# ---------------------------------------------------------------- xtr_armeniandiaspora_2008.txt (forum copy of Reuters, Aug 31 2008)
D = "xtr_armeniandiaspora_2008.txt"
EV = "Transdniestria followed Russia's lead on Sunday by recognising\nGeorgia's breakaway Abkhazia and South Ossetia as independent states."
A(C(D, "recognition", "XTR", "XAB", "positive", "2008-08-31", EV, note="Sunday = Aug 31 2008 (dateline)"))
A(C(D, "recognition", "XTR", "XSO", "positive", "2008-08-31", EV, note="Sunday = Aug 31 2008 (dateline)"))
EV = "\"We have recognised each other,\" Transdniestria's self-styled\npresident Igor Smirnov"
A(C(D, "recognition", "XAB", "XTR", "positive", None, EV, note="[uncertain] mutual recognition per Smirnov"))
A(C(D, "recognition", "XSO", "XTR", "positive", None, EV, note="[uncertain] mutual recognition per Smirnov"))
EV = "after President Dmitry Medvedev recognised the breakaway regions"
A(C(D, "recognition", "RUS", "XAB", "positive", "2008-08", EV, note="'last week' against Aug 31 2008"))
A(C(D, "recognition", "RUS", "XSO", "positive", "2008-08", EV, note="'last week' against Aug 31 2008"))
EV = "\"I once again\ncongratulate our brothers in Abkhazia and South Ossetia.\""
A(S(D, "Igor Smirnov", "XTR", "XAB", "support", None, EV, quote="I once again\ncongratulate our brothers in Abkhazia and South Ossetia."))
A(S(D, "Igor Smirnov", "XTR", "XSO", "support", None, EV, quote="I once again\ncongratulate our brothers in Abkhazia and South Ossetia."))
A(C(D, "independence", "XTR", "MDA", None, None,
    "Moldova, located between Ukraine and EU-member Romania, fought a brief\nwar in Transdniestria in the early 1990s after the region declared\nindependence.",
    note="'in the early 1990s'"))
EV = "Nagorno-Karabakh has also recognised South Ossetia and Abkhazia."
A(C(D, "recognition", "XAR", "XSO", "positive", None, EV))
A(C(D, "recognition", "XAR", "XAB", "positive", None, EV))
EV = "Russian allies Belarus and Venezuela have expressed support for\nRussia's recognition but have stopped short of granting recognition\nthemselves."
for s, name in (("BLR", "Belarus"), ("VEN", "Venezuela")):
    A(S(D, name, s, "RUS", "support", None, EV, note="support for Russia's recognition"))
    for o in ("XAB", "XSO"):
        A(C(D, "recognition", s, o, "negative", None, EV, note="'stopped short of granting recognition'"))
