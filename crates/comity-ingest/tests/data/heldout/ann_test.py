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

# ================================================================ batch 2 (test half)

# ---------------------------------------------------------------- esh_corcas_2011.txt (MAP dispatch on a Polisario-critical site)
D = "esh_corcas_2011.txt"
A(S(D, "Foreign Minister Taib Fassi Fihri", "MAR", "ESH", "oppose", None,
    "The process of withdrawing recognition of the so-called SADR continues at a steady pace, Foreign Minister Taib Fassi Fihri said on Saturday.",
    note="Moroccan Foreign Minister; 'on Saturday', no dateline"))
A(C(D, "contact", "MAR", "ZMB", None, None, "joint press conference in Rabat with Zambian peer Kabinga J. Pande"))
A(S(D, "the Security Council", "UNSC", "MAR", "support", None,
    "its autonomy initiative, which was commended as \"credible and serious\" by the Security Council",
    quote="credible and serious", note="per the Moroccan minister"))
A(C(D, "recognition", "PNG", "ESH", "withdrawn", "2011-03-30",
    "expressing the decision of his country to withdraw its recognition of the so called SADR starting from March 30, 2011",
    note="'his country' = Papua New Guinea (Papua New Guinean Foreign Minister)"))

# ---------------------------------------------------------------- pse_kesq_2024.txt (CNN via KESQ, dated 2024-05-10)
D = "pse_kesq_2024.txt"
A(C(D, "vote", "UNGA", "PSE", None, "2024-05-10",
    "The resolution, which passed, with 143 votes in favor, nine votes against and 25 abstaining",
    counts={"yes": 143, "no": 9, "abstain": 25}, note="Friday = dateline"))
A(S(D, "A United Nations General Assembly (UNGA) resolution", "UNGA", "PSE", "support", "2024-05-10",
    "saying: “the State of Palestine is qualified for membership in the United Nations.”",
    quote="the State of Palestine is qualified for membership in the United Nations."))
A(S(D, "the US Mission to the UN", "USA", "PSE", "oppose", None,
    "the US Mission to the UN indicated that if the resolution was adopted and the membership application sent to the Security Council, the US would veto it again",
    note="also: the Palestinian Authority 'does not meet the criteria for UN membership'"))
A(C(D, "membership", "PSE", "UN", "applied", "2024-04", "In April, the Palestinian Authority relaunched its membership request"))
A(C(D, "membership", "PSE", "UN", "blocked", "2024-04",
    "later that month, the US vetoed the Palestinian attempt to achieve membership status", note="vetoed by the US"))
A(C(D, "vote", "UNSC", "PSE", None, "2024-04",
    "The vote in the Security Council saw 12 members in favor and one against, in addition to the US veto.",
    counts={"yes": 12}, note="[uncertain counts] 'one against, in addition to the US veto' is ambiguous; only yes recorded"))
A(S(D, "Israel", "ISR", "USA", "support", None, "Israel commended the US veto"))
A(S(D, "Israel", "ISR", "PSE", "oppose", None, "calling the Palestinian bid a “shameful proposal”", quote="shameful proposal"))
A(S(D, "the Palestinian Authority presidency", "PSE", "USA", "oppose", None,
    "the Palestinian Authority presidency called the veto “unfair, immoral and unjustified”", quote="unfair, immoral and unjustified"))
A(C(D, "membership", "PSE", "UN", "refused", "2011-09",
    "In September 2011, the Palestinian Authority failed to win UN recognition as an independent member state."))
A(C(D, "membership", "PSE", "UN", "joined", "2012",
    "A year later, the UN decided that the Palestinian Authority’s “non-member observer entity” status would be changed to “non-member observer state,”",
    note="non-member observer state; 'a year later' than September 2011"))

# ---------------------------------------------------------------- xar_wikimili_enc.txt (encyclopedia mirror)
D = "xar_wikimili_enc.txt"
EV = "It was recognized only by three other non-UN member states, Abkhazia, [2] South Ossetia [2] and Transnistria."
for s in ("XAB", "XSO", "XTR"):
    A(C(D, "recognition", s, "XAR", "positive", None, EV))
A(S(D, "a member of Uruguay's foreign relations committee", "URY", "XAR", "support", "2012-11",
    "In November 2012, a member of Uruguay's foreign relations committee stated that his country could recognize Nagorno-Karabakh's independence.",
    note="[uncertain] 'could recognize'"))
A(C(D, "relations", "ARM", "TUV", "established", "2012", "In 2012, Armenia and Tuvalu established diplomatic relations"))
A(C(D, "recognition", "New South Wales", "XAR", "positive", "2012-10",
    "In October 2012, the Australian state of New South Wales recognized Nagorno-Karabakh.", note="sub-national entity"))
A(S(D, "the Basque Parliament in Spain", "Basque Parliament", "XAR", "support", "2014-09",
    "In September 2014, the Basque Parliament in Spain adopted a motion supporting Artsakh's right to self-determination",
    note="sub-national body, does not speak for ESP"))
A(S(D, "the Parliament of Navarre", "Parliament of Navarre", "XAR", "support", "2014-11",
    "in November 2014, the Parliament of Navarre, also in Spain, issued a statement supporting Artsakh's inclusion in taking part in settlement negotiations",
    note="sub-national body, does not speak for ESP"))
A(C(D, "agreement", "AZE", "XAR", None, "2023-09",
    "Following an Azerbaijani assault on 19 September 2023, Artsakh agreed to dissolve itself by 1 January 2024. In accordance with the agreement",
    note="[uncertain] other party implied (Azerbaijan); dissolution itself has no kind in SCHEMA.md"))

# ---------------------------------------------------------------- xkx_indiaforum_2008.html (raw forum HTML, 02-19-2008)
D = "xkx_indiaforum_2008.html"
A(C(D, "recognition", "USA", "XKX", "positive", "2008-02-18",
    "Major European powers and the U.S. recognized Kosovo on Monday",
    note="Monday before the post time 02-19-2008 (a Tuesday); European powers unnamed here"))
A(C(D, "independence", "XKX", "SRB", None, "2008-02-17",
    "a day after the province's ethnic Albanian leaders declared independence from Serbia", note="a day before Monday 2008-02-18"))
EV = "Britain, France, Germany and U.S. were among the countries that backed the request"
for s in ("GBR", "FRA", "DEU", "USA"):
    A(C(D, "recognition", s, "XKX", "positive", None, EV, note="backed Kosovo's request for formal recognition; repeated in the quoted copy"))
A(S(D, "Spain", "ESP", "XKX", "oppose", None,
    "But other European Union nations were opposed, including Spain", note="opposed the request for recognition"))
A(S(D, "President Bush", "USA", "XKX", "support", None, "\"The Kosovars are now independent,\" President Bush said",
    quote="The Kosovars are now independent,"))
A(C(D, "relations", "USA", "XKX", "established", None,
    "Secretary of State Condoleezza Rice said Bush \"has responded affirmatively\" to Kosovo's request to establish diplomatic relations."))
A(S(D, "Rice", "USA", "XKX", "support", None,
    "\"The establishment of these relations will reaffirm the special ties of friendship that have linked together the people of the United States and Kosovo,\" Rice's statement said.",
    quote="The establishment of these relations will reaffirm the special ties of friendship that have linked together the people of the United States and Kosovo,"))

# ---------------------------------------------------------------- xkx_mfaks_pacolli.txt (government press release, undated)
D = "xkx_mfaks_pacolli.txt"
A(S(D, "Alexander Chepurin", "RUS", "XKX", "oppose", None,
    "‘...with regards to Kosovo, pursuant to all international laws an rules, Kosovo is part of Serbia…’",
    quote="...with regards to Kosovo, pursuant to all international laws an rules, Kosovo is part of Serbia…",
    note="Russian Ambassador to Belgrade, as quoted by Pacolli"))
A(S(D, "Pacolli", "XKX", "RUS", "oppose", None,
    "I cannot provide any other conclusion but that of continuation of Russian allegations for the sake of fake news",
    note="Kosovo Minister of Foreign Affairs"))
A(S(D, "International Court of Justice in Hague", "ICJ", "XKX", "support", None,
    "International Court of Justice in Hague, upheld with its decision that the ‘declaration of Kosovo independence does not violate International General Law",
    note="[uncertain polarity] advisory opinion: the declaration is not illegal"))
A(C(D, "contact", "XKX", "LIE", None, None,
    "Foreign Minister Pacolli meets the Minister of Foreign Affairs of the Principality of Lichtenstein",
    note="[related-articles] headline of another press release"))
A(C(D, "relations", "LBR", "XKX", "established", None, "Liberia officially reaffirms bilateral ties with Kosovo",
    note="[related-articles] headline of another press release"))

# ---------------------------------------------------------------- xkx_yenihaberden_interpol_2018.txt (news, no dateline)
D = "xkx_yenihaberden_interpol_2018.txt"
A(C(D, "membership", "XKX", "INTERPOL", "refused", None,
    "Kosovo on Tuesday failed to become a member of the International Police Service (Interpol).", note="'on Tuesday', no dateline"))
A(C(D, "vote", "INTERPOL", "XKX", None, None,
    "In the first round of voting, 76 of 154 countries supported Kosovo's membership, while 56 countries voted against it and 22 countries abstained.",
    counts={"yes": 76, "no": 56, "abstain": 22}, note="first round, 87th General Assembly, Dubai"))
A(C(D, "vote", "INTERPOL", "XKX", None, None,
    "In the second round, 68 countries voted in favor of Kosovo's membership, while 51 voted against and 16 abstained.",
    counts={"yes": 68, "no": 51, "abstain": 16}, note="second round"))
EV = "Kosovo previously applied for the Interpol membership three times in 2010, 2015 and 2017."
for y in ("2010", "2015", "2017"):
    A(C(D, "membership", "XKX", "INTERPOL", "applied", y, EV))
A(S(D, "Hashim Thaci", "XKX", "SRB", "neutral", None,
    "Kosovo's President Hashim Thaci said Kosovo and Serbia need a \"final and comprehensive deal\" more than ever.",
    note="[uncertain polarity] calls for a deal ensuring mutual recognition"))
A(S(D, "Kosovo's government", "XKX", "SRB", "oppose", None,
    "\"Through their brutal campaign, we once again witnessed Serbia’s persona against Kosovo and the idea of normalization of relations with Kosovo.",
    quote="Through their brutal campaign, we once again witnessed Serbia’s persona against Kosovo and the idea of normalization of relations with Kosovo. The anti-Kosovo vote will only serve crimes and criminals,"))
A(S(D, "Aleksandar Vucic", "SRB", "XKX", "oppose", None,
    "Reacting to Kosovo's rejection, Serbian President Aleksandar Vucic said it represented a success of his country."))
A(C(D, "independence", "XKX", "SRB", None, "2008", "Kosovo unilaterally declared independence from Serbia in 2008."))
A(S(D, "Serbia", "SRB", "XKX", "oppose", None, "Serbia rejected the move and considers Kosovo its own territory"))
EV = "more than 100 countries worldwide -- including Turkey, the U.S., Britain, France and Germany -- recognize it as an independent country."
for s in ("TUR", "USA", "GBR", "FRA", "DEU"):
    A(C(D, "recognition", s, "XKX", "positive", None, EV))

# ---------------------------------------------------------------- xnc_dailysabahamp_2022.txt (news, no dateline)
D = "xnc_dailysabahamp_2022.txt"
A(C(D, "membership", "XNC", "OTS", "joined", None,
    "The Turkish Republic of Northern Cyprus (TRNC) has become a non-member observer state to the Organization of Turkic States (OTS)",
    note="observer; 'on Friday', no dateline"))
A(S(D, "The foreign minister", "TUR", "XNC", "support", None, "The foreign minister reiterated that Türkiye stands by the TRNC.",
    note="Mevlüt Çavuşoğlu"))
A(S(D, "TRNC President Ersin Tatar", "XNC", "OTS", "support", None,
    "TRNC President Ersin Tatar on the same day described the country becoming an observer member as a \"positive development.\"",
    quote="positive development."))
A(S(D, "Tatar", "XNC", "TUR", "support", None, "Tatar thanked Turkish diplomacy for paving the way for this development"))
EV = "The TRNC is also an observer member in the Economic Cooperation Organization and Organisation of Islamic Cooperation (OIC) as well as the International Organization of Turkic Culture (TÜRKSOY)."
for o in ("ECO", "OIC", "TURKSOY"):
    A(C(D, "membership", "XNC", o, "joined", None, EV, note="observer member"))
A(S(D, "President Recep Tayyip Erdoğan", "TUR", "XNC", "support", None,
    "President Recep Tayyip Erdoğan during his speech at the United Nations in September called on the international community to \"recognize the TRNC.\"",
    quote="recognize the TRNC.", note="September, year not stated"))

# ================================================================ batch 3 (test half)

# ---------------------------------------------------------------- xab_ticotimes_2008.txt (news, no dateline)
D = "xab_ticotimes_2008.txt"
EV = "President Daniel Ortega on Sept. 3 announced that Nicaragua will officially recognize the breakaway republics of Abkhazia and South Ossetia"
A(C(D, "recognition", "NIC", "XAB", "planned", None, EV, note="Sept. 3, no year in the document"))
A(C(D, "recognition", "NIC", "XSO", "planned", None, EV, note="Sept. 3, no year in the document"))
EV = "two regions that broke away from the country of Georgia and declared their independence following Russia s military intervention last month."
A(C(D, "independence", "XAB", "GEO", None, None, EV, note="[uncertain] the text places the declaration after 'last month'"))
A(C(D, "independence", "XSO", "GEO", None, None, EV, note="[uncertain] the text places the declaration after 'last month'"))
EV = "Nicaragua, in effect, is the only country in the world other than Russia to recognize the two pro-Russian republics."
for s in ("NIC", "RUS"):
    for o in ("XAB", "XSO"):
        A(C(D, "recognition", s, o, "positive", None, EV,
            note="Nicaragua's decision 'formalized last week' by its Foreign Ministry" if s == "NIC" else None))
A(S(D, "the United States", "USA", "RUS", "oppose", None,
    "the United States, which have all condemned Russia s military action in Georgia.",
    note="'the rest of Europe' also condemned (no actor id)"))

# ---------------------------------------------------------------- xkx_cmio_2023.txt (news, dated 2023-01-04)
D = "xkx_cmio_2023.txt"
EV = "We have nine that have withdrawn recognition: Somalia, Burkina Faso, Gabon, Eswatini, Libya, Guinea, Antigua and Barbuda, Holy Lucia and the Maldives."
for s in ("SOM", "BFA", "GAB", "SWZ", "LBY", "GIN", "ATG", "LCA", "MDV"):
    A(C(D, "recognition", s, "XKX", "withdrawn", None, EV,
        note="per the speaker ('he', unnamed in the text; press conference on Wednesday = dateline 2023-01-04)"
             + ("; 'Holy Lucia' = Saint Lucia" if s == "LCA" else "")))
A(C(D, "independence", "XKX", "SRB", None, "2008-02-17",
    "Kosovo-Albanian structures in Pristina on February 17, 2008 unilaterally declared independence from Serbia."))

# ---------------------------------------------------------------- xsl_wiki_mou_enc.txt (encyclopedia)
D = "xsl_wiki_mou_enc.txt"
A(C(D, "agreement", "ETH", "XSL", None, "2024-01-01",
    "On 1 January 2024, a memorandum of understanding (MoU) was signed between Ethiopian Prime Minister Abiy Ahmed and Somaliland President Muse Bihi Abdi.",
    note="also infobox 'Date Signed: 1 January 2024' and the Agreement section"))
A(C(D, "recognition", "ETH", "XSL", "planned", "2024-01-01",
    "the MoU reportedly includes a provision stating Ethiopia would recognize Somaliland as an independent state in the future",
    note="reportedly"))
EV = "The deal has received condemnation and opposition from Somalia, Eritrea and Egypt"
for s, name in (("SOM", "Somalia"), ("ERI", "Eritrea"), ("EGY", "Egypt")):
    A(S(D, name, s, "ETH", "oppose", None, EV, note="against the Ethiopia–Somaliland MoU; Somalia also recalled its ambassador"))
A(C(D, "agreement", "ETH", "SOM", None, "2024-12-12",
    "Following talks brokered by Turkey, on 12 December 2024, Ethiopia and Somalia signed Ankara Declaration",
    broker="TUR"))

# ================================================================ batch 4 (test half)

# ---------------------------------------------------------------- twn_abc_kiribati_2019.txt (news, updated September 21, 2019)
D = "twn_abc_kiribati_2019.txt"
A(C(D, "relations", "TWN", "KIR", "severed", None,
    "Taiwan says it has cut official ties with the Pacific island nation of Kiribati",
    note="also 'Taipei had terminated diplomatic ties with Kiribati'"))
EV = "Kiribati cuts ties with Taiwan to switch to China"
A(C(D, "recognition", "KIR", "TWN", "withdrawn", None, EV, note="headline"))
A(C(D, "recognition", "KIR", "CHN", "positive", None, EV, note="headline"))
EV = "China cut ties with Kiribati in 2003 after the Pacific nation recognised Taiwan"
A(C(D, "relations", "CHN", "KIR", "severed", "2003", EV))
A(C(D, "recognition", "KIR", "TWN", "positive", "2003", EV))
EV = "This week, Solomon Islands cut ties with Taipei and switched to Beijing"
A(C(D, "relations", "SLB", "TWN", "severed", "2019-09", EV, note="'this week' against the page date September 21, 2019"))
A(C(D, "recognition", "SLB", "TWN", "withdrawn", "2019-09", EV))
A(C(D, "recognition", "SLB", "CHN", "positive", "2019-09", EV))
A(S(D, "China", "CHN", "TWN", "oppose", None,
    "China claims Taiwan as its territory and says the democratic island has no right to formal ties with any country.", note="stance"))
A(S(D, "Mr Wu", "TWN", "CHN", "oppose", None,
    "He said China was trying to \"suppress and reduce Taiwan's international presence\" and \"ultimately destroy Taiwan's sovereignty\".",
    note="Taiwanese Foreign Minister Joseph Wu"))
EV = "There are now only 15 countries around the world that recognise Taiwan, including four Pacific countries, nine Caribbean and Latin-American countries, eSwatini (formerly Swaziland) and the Vatican City."
A(C(D, "recognition", "SWZ", "TWN", "positive", None, EV))
A(C(D, "recognition", "VAT", "TWN", "positive", None, EV))
EV = "the Marshall Islands and Palau have both recently indicated their ongoing support for Taiwan"
A(S(D, "the Marshall Islands", "MHL", "TWN", "support", None, EV))
A(S(D, "Palau", "PLW", "TWN", "support", None, EV))

# ---------------------------------------------------------------- twn_newmilford_2019.txt (AP, dated 2019-09-16)
D = "twn_newmilford_2019.txt"
EV = "Taiwan says the Solomon Islands has switched diplomatic recognition to China."
A(C(D, "recognition", "SLB", "CHN", "positive", "2019-09-16", EV, note="per Taiwan; dateline"))
A(C(D, "recognition", "SLB", "TWN", "withdrawn", "2019-09-16", EV,
    note="'leave the dwindling Taiwan camp'; the cabinet decision 'to establish diplomatic ties with China' is not annotated as established"))
A(S(D, "Foreign Minister Joseph Wu", "TWN", "SLB", "oppose", "2019-09-16", "Foreign Minister Joseph Wu condemned the move Monday"))

# ---------------------------------------------------------------- xtr_wikimili_referendum_enc.txt (encyclopedia tables)
D = "xtr_wikimili_referendum_enc.txt"
A(C(D, "vote", "XTR", "MDA", None, "2006-09-17",
    "For | 10,308 | 3.39 | |\nAgainst | 294,253 | 96.61 | |",
    counts={"yes": 10308, "no": 294253},
    note="[uncertain] referendum question 1 (renounce independence and join Moldova), held 17 September 2006"))
A(C(D, "vote", "XTR", "RUS", None, "2006-09-17",
    "For | 301,332 | 98.07 | |\nAgainst | 5,905 | 1.93 | |",
    counts={"yes": 301332, "no": 5905},
    note="[uncertain] referendum question 2 (independence and accession to the Russian Federation)"))

# ================================================================ batch 5 (frozen 2026-12-06, annotated before any extractor run)

# ---------------------------------------------------------------- pse_pledgetimes_armenia_2024.txt (news, dated 2024-06-21)
D = "pse_pledgetimes_armenia_2024.txt"
A(C(D, "recognition", "ARM", "PSE", "positive", "2024-06-21",
    "Gaza War | Armenia announced its recognition of the Palestinian state",
    note="headline; page date line 'June 21, 2024' (dateline 2024-06-21)"))
EV = "Since May, in addition to Armenia, the State of Palestine has also been recognized by Spain, Ireland, Norway and Slovenia."
for s in ("ESP", "IRL", "NOR", "SVN"):
    A(C(D, "recognition", s, "PSE", "positive", "2024", EV,
        note="'since May' (of 2024 by the dateline): May or later, so the year only; the sentence is repeated later in the page"))
A(C(D, "recognition", "ARM", "PSE", "planned", "2024-06-21",
    "Armenia announced on Midsummer’s Eve that he would recognize the state of Palestine.",
    note="[uncertain polarity] 'would recognize' (guideline 3: planned), although the headline reports the recognition as made; Midsummer's Eve = 2024-06-21, the page date"))
A(S(D, "Israel", "ISR", "PSE", "oppose", None,
    "Israel has condemned the recognitions, saying it sees them as a “reward” to the extremist group Hamas",
    quote="reward",
    note="stance against the recognitions of Palestine (as pse_inshort_2024); Israel inviting Armenia's ambassador 'for an interview' is not annotated"))

# ---------------------------------------------------------------- xab_uawire_syria_2018.txt (news, no dateline)
D = "xab_uawire_syria_2018.txt"
A(C(D, "relations", "GEO", "SYR", "severed", None,
    "Georgia has officially broken off diplomatic relations with Syria.",
    note="no dateline; the intention announced 'earlier' is the same severing"))
EV = "Syria recognized the independence of Abkhazia and South Ossetia on May 29."
A(C(D, "recognition", "SYR", "XAB", "positive", None, EV, note="'May 29' without a year and no dateline"))
A(C(D, "recognition", "SYR", "XSO", "positive", None, EV, note="'May 29' without a year and no dateline"))
A(S(D, "Georgia", "GEO", "SYR", "oppose", None,
    "Georgia explained that its decision was due to the the Syrian government’s decision to recognize the independence of Abkhazia and South Ossetia, in violation of international law.",
    note="also 'That same day, Georgia said that Damascus had made this decision due to pressure from Russia' (same speaker, same stance)"))
A(S(D, "Tbilisi", "GEO", "RUS", "oppose", None,
    "Tbilisi said that this decision by Damascus effectively supports the “Russian military aggression” and “ethnic cleansing” in the two republics.",
    quote="Russian military aggression"))
EV = "The Syrian government’s decision has also been condemned by the EU and Norway."
A(S(D, "the EU", "EU", "SYR", "oppose", None, EV))
A(S(D, "Norway", "NOR", "SYR", "oppose", None, EV))
EV = "the US Department of State said that Washington completely supports the sovereignty and territorial integrity of Georgia, and urges all countries not to recognize the independence of Abkhazia or South Ossetia."
A(S(D, "the US Department of State", "USA", "GEO", "support", None, EV))
A(S(D, "the US Department of State", "USA", "XAB", "oppose", None, EV))
A(S(D, "the US Department of State", "USA", "XSO", "oppose", None, EV))
EV = "Georgia does not maintain diplomatic relations with any of the countries which have recognized the independence of Abkhazia and South Ossetia, namely Nicaragua, Venezuela, Nauru and Vanuatu, in addition to Syria and Russia."
for s in ("NIC", "VEN", "NRU", "VUT", "RUS"):
    for o in ("XAB", "XSO"):
        A(C(D, "recognition", s, o, "positive", None, EV, note="Syria's recognition in this list is the May 29 claim above (same information)"))
for s in ("NIC", "VEN", "NRU", "VUT", "SYR", "RUS"):
    A(C(D, "relations", "GEO", s, "none", None, EV))

# ---------------------------------------------------------------- xkx_jpost_israel_2021.txt (news, dated 2021-02-01)
D = "xkx_jpost_israel_2021.txt"
A(C(D, "relations", "ISR", "XKX", "established", "2021-02-01",
    "Israel and Kosovo officially established diplomatic ties Monday in a ceremony held via Zoom.",
    note="'Monday' = dateline 2021-02-01"))
A(C(D, "contact", "ISR", "XKX", None, "2021-02-01",
    "Israel and Kosovo officially established diplomatic ties Monday in a ceremony held via Zoom.",
    note="[uncertain] joint Zoom ceremony of the two foreign ministers (Kosovo's minister attended 'off-screen' joined by others)"))
A(C(D, "agreement", "ISR", "XKX", None, "2021-02-01",
    "saw agreements signed by Foreign Minister Gabi Ashkenazi, and then scanned and sent to his Kosovar counterpart Meliza Haradinaj-Stublla in the capital of Pristina.",
    broker="USA",
    note="joint communique on the establishment of diplomatic relations and two MoUs (one line: same parties); the US thanked 'for helping push these agreements forward'"))
A(S(D, "Kosovo's foreign minister", "XKX", "ISR", "support", "2021-02-01",
    "Kosovo's foreign minister was joined - off-screen - by representatives from the Kosovar Jewish community, and lauded this \"historic achievement that brings joy to the people of Kosovo and the Jewish people.\"",
    quote="historic achievement that brings joy to the people of Kosovo and the Jewish people.",
    note="Meliza Haradinaj-Stublla at the ceremony of the dateline"))
EV = "Both ministers thanked the US for helping push these agreements forward"
A(S(D, "Gabi Ashkenazi", "ISR", "USA", "support", "2021-02-01", EV,
    note="'Both ministers'; also Ashkenazi's 'thanks to the US for efforts to promote peace'"))
A(S(D, "Meliza Haradinaj-Stublla", "XKX", "USA", "support", "2021-02-01", EV,
    note="'Both ministers'; also 'Haradinaj-Stublla also gave thanks to the US'"))
A(C(D, "agreement", "SRB", "XKX", None, None,
    "these new ties were part of the Serbia and Kosovo economic agreement negotiated by former US national intelligence chief Richard Grenell",
    broker="USA", note="no date in the document"))
A(C(D, "relations", "SRB", "ISR", "established", None,
    "Both countries are supposed to open embassies in Jerusalem, though Serbia already has one in Tel Aviv.",
    note="[uncertain] the text says Serbia has an embassy in Tel Aviv, not 'relations'; embassies in Jerusalem only planned (no claim)"))
A(C(D, "recognition", "ISR", "XKX", "positive", "2021-02-01",
    "With these new relations, Israel has become the 117th country to formally recognize the independence of Kosovo",
    note="'with these new relations' = the ties of the dateline; the document gives no other date"))

# ---------------------------------------------------------------- xsl_taipeitimes_2020.txt (news, dated 2020-07-02)
D = "xsl_taipeitimes_2020.txt"
A(C(D, "agreement", "TWN", "XSL", None, "2020-02",
    "Taiwan and Somaliland are to establish representative offices in each other’s countries, after signing a treaty in Taipei in February",
    note="'in February' (2020 by the dateline); the offices are future and representative offices are not relations (guideline 4)"))
A(C(D, "agreement", "TWN", "XSL", None, "2020-02-26",
    "He and Somaliland Minister of Foreign Affairs Yasin Hagi Mohamoud Faraton on Feb. 26 signed a treaty a",
    note="'Feb. 26' (2020 by the dateline); text cut by the tool; a second line because the date information differs (guideline 1)"))
A(C(D, "contact", "TWN", "XSL", None, "2020-02-26",
    "President Tsai Ing-wen meeting Somaliland Minister of Foreign Affairs Yasin Hagi Mohamoud Faraton in Taipei on Feb. 26",
    note="photo caption; 2020 by the dateline"))
A(C(D, "relations", "TWN", "SWZ", "established", None,
    "Taiwan maintains diplomatic ties with 15 countries, with Eswatini being its only ally in Africa.",
    note="status at the dateline, not the event's date"))
A(C(D, "relations", "XSL", "CHN", "none", None,
    "Somaliland, which is on the Horn of Africa and has a population of nearly 3.9 million, does not have formal relations with China."))
A(C(D, "relations", "TWN", "XSL", "none", None,
    "the name “Republic of China” was not used because formal ties have not been established.",
    note="also the subtitle 'While no formal ties have been established'"))
A(S(D, "Somaliland", "XSL", "TWN", "support", None,
    "This is not the first time that a representative office has used the name “Taiwan,” which was gladly received by Somaliland",
    note="[uncertain polarity] Somaliland 'gladly received' the name 'Taiwan'"))

# ================================================================ batch 6 (frozen 2026-12-07, annotated by hand before
# any extractor was run on these documents)

# ---------------------------------------------------------------- xab_civilge_vanuatu_2013.txt (news, no dateline)
D = "xab_civilge_vanuatu_2013.txt"
A(C(D, "relations", "GEO", "VUT", "established", None,
    "Georgia and Vanuatu have signed an agreement on establishing diplomatic and consular relations",
    note="protocol signed 'on July 12' (no year in the page)"))
A(C(D, "agreement", "GEO", "VUT", None, None,
    "Georgia and Vanuatu have signed an agreement on establishing diplomatic and consular relations",
    note="the protocol, signed at the UN headquarters 'on July 12' (no year)"))
A(S(D, "the Republic of Vanuatu", "VUT", "GEO", "support", None,
    "“the Republic of Vanuatu recognizes territorial integrity of Georgia within its internationally recognized borders",
    quote="the Republic of Vanuatu recognizes territorial integrity of Georgia within its internationally recognized borders, including its regions - the Autonomous Republic of Abkhazia and the Tskhinvali Region/South Ossetia,",
    note="the protocol's words, quoted by the Georgian Foreign Ministry"))
A(S(D, "the Georgian Foreign Ministry", "GEO", "VUT", "support", None,
    "“Aforesaid underscores the decision of Vanuatu to put an end to the previously existing confusion in this regard and represents an unambiguous support to Georgia's sovereignty",
    note="praises Vanuatu's decision; also 'Georgia welcomes the establishment of diplomatic relations with Vanuatu' (speaker cut by the tool)"))
A(C(D, "recognition", "VUT", "XAB", "positive", "2011-05", "Vanuatu recognized Abkhazia in May, 2011"))
A(C(D, "recognition", "VUT", "XAB", "withdrawn", "2011-06",
    "but retracted its recognition shortly after change of government in early June, 2011",
    note="'one local official reportedly reaffirmed the recognition' (reported, undated) and 'in April, 2012 Russia was listing Vanuatu among those countries, which were recognizing Abkhazia' (Russia's listing) not annotated"))
EV = "in late June 2011 Vanuatu was among those nations who voted in favor of Georgia-sponsored and Russian-opposed resolution in the UN General Assembly"
A(S(D, "Vanuatu", "VUT", "GEO", "support", "2011-06", EV, note="voted in favour of the Georgia-sponsored resolution"))
A(S(D, "Russia", "RUS", "GEO", "oppose", "2011-06", EV, note="'Russian-opposed' Georgia-sponsored resolution"))
A(C(D, "vote", "UNGA", "GEO", None, "2011-06", EV,
    note="[uncertain object] resolution reaffirming the right of IDPs to return to Abkhazia and South Ossetia; no counts in the page"))
A(C(D, "relations", "VUT", "XAB", "none", "2013-03",
    "In March, 2013 Vanuatu’s Foreign Ministry denied setting up of diplomatic ties with Abkhazia."))
A(C(D, "contact", "GEO", "VUT", None, None,
    "In May President Saakashvili met Prime Minister of Vanuatu, Moana Carcasses Kalosil, in Thai city of Chiang Mai",
    note="'In May' (the year only by sequence after 'March, 2013')"))
A(S(D, "President Saakashvili", "GEO", "VUT", "support", None,
    "thanked him for his government’s decision to retract recognition of breakaway Abkhazia.",
    note="thanks Vanuatu's government for retracting the recognition"))
A(C(D, "recognition", "VUT", "XAB", "withdrawn", None,
    "his government’s decision to retract recognition of breakaway Abkhazia",
    note="the decision of the government of PM Kalosil (2013, no date of its own); guideline 1: different date information from the 2011 retraction"))
EV = "Apart of Russia, Georgia’s breakaway regions have been recognized by Nicaragua, Venezuela, Nauru and Tuvalu."
for s in ("RUS", "NIC", "VEN", "NRU", "TUV"):
    for o in ("XAB", "XSO"):
        A(C(D, "recognition", s, o, "positive", None, EV,
            note="'Apart of' = apart from: Russia recognised them too" if s == "RUS" else None))

# ---------------------------------------------------------------- xnc_ipfs_foreign_enc.txt (encyclopedia mirror)
D = "xnc_ipfs_foreign_enc.txt"
A(C(D, "recognition", "TUR", "XNC", "positive", None, "Northern Cyprus is recognised only by Turkey"))
A(C(D, "independence", "XNC", "CYP", None, None, "After declaring independence from the Republic of Cyprus"))
A(S(D, "United Nations resolutions", "UN", "XNC", "oppose", None,
    "a series of United Nations resolutions which declared its independence legally invalid."))
A(S(D, "the European Union", "EU", "XNC", "support", None,
    "the European Union declared its intentions to assist in reducing the economic isolation of Northern Cyprus and began giving aid to the territory.",
    note="[uncertain stance] after the 2004 referendum (no date of its own)"))
A(C(D, "relations", "TUR", "XNC", "established", None,
    "only Turkey maintains a formal embassy in the TRNC, while the TRNC has an embassy and consulates in Turkey.",
    note="[uncertain polarity] embassies read as diplomatic relations (as in batch 5)"))
EV = "it is not indicative of formal recognition of the TRNC by the United Kingdom or United States."
for s in ("GBR", "USA"):
    A(C(D, "recognition", s, "XNC", "negative", None, EV,
        note="[uncertain polarity] residences 'not indicative of formal recognition'; the page opens 'recognised only by Turkey'"))
EV = "Azerbaijan and Gambia expressed their willingness to eventually formally recognize the TRNC."
for s in ("AZE", "GMB"):
    A(C(D, "recognition", s, "XNC", "planned", None, EV))
EV = "They so far have not followed through, but their informal contacts have increased."
for s in ("AZE", "GMB"):
    A(C(D, "recognition", s, "XNC", "negative", None, EV, note="'They' = Azerbaijan and Gambia: have not recognised"))
    A(C(D, "contact", s, "XNC", None, None, EV, note="'their informal contacts have increased'"))
A(S(D, "Paraguay", "PRY", "XNC", "support", None,
    "The latest nation to state their intention to (positively) change its policy towards TRNC is Paraguay.",
    note="[uncertain stance] intention to change policy positively"))

# ---------------------------------------------------------------- xnc_worldatlas_qa.txt (qa, no date)
D = "xnc_worldatlas_qa.txt"
A(C(D, "recognition", "TUR", "XNC", "positive", None,
    "Northern Cyprus is a de facto state which is only recognized by Turkey",
    note="restated: 'Northern Cyprus is only recognized by Turkey which also facilitates its contact with other countries'"))
A(S(D, "Turkey", "TUR", "XNC", "support", None, "Because of its reliance on Turkish support",
    note="stance: Turkish support"))
A(C(D, "independence", "XNC", "CYP", None, None, "Since its declaration of independence from the Republic of Cyprus"))
A(S(D, "UN resolutions", "UN", "XNC", "oppose", None, "a series of UN resolutions which declared the independence invalid."))
EV = "Countries such as Gambia and Azerbaijan have expressed intentions of formally recognizing Northern Cyprus but have not yet followed through."
for s in ("GMB", "AZE"):
    A(C(D, "recognition", s, "XNC", "planned", None, EV))
    A(C(D, "recognition", s, "XNC", "negative", None, EV, note="'have not yet followed through'"))
A(S(D, "the EU", "EU", "XNC", "support", None,
    "the EU declared its intention to offer assistance to Northern Cyprus.",
    note="[uncertain stance] 'After the UN Referendum of 2004' (no date of its own)"))

# ---------------------------------------------------------------- xsl_bt24news_2020.txt (news, AFP, 'Monday (Aug 17)' without year)
D = "xsl_bt24news_2020.txt"
A(C(D, "relations", "TWN", "XSL", "established", None,
    "Taiwan opened a representative office in the breakaway state of Somaliland on Monday (Aug 17), a sign of deepening ties between two de facto sovereign territories",
    note="[uncertain polarity] representative office and 'deepening ties' (guideline 4); Aug 17 with no year"))
A(S(D, "Taiwanese representative Lou Chen-hwa", "TWN", "XSL", "support", None,
    "“We are confident about the mutual beneficial and friendly ties with Somaliland,” Taiwanese representative Lou Chen-hwa",
    quote="We are confident about the mutual beneficial and friendly ties with Somaliland,"))
A(C(D, "agreement", "TWN", "XSL", None, None,
    "The agreement to establish the new office was announced last month",
    note="'last month' (no year)"))
A(S(D, "China", "CHN", "TWN", "oppose", None,
    "China views the island as its own territory and has vowed to seize it one day, by force if necessary."))
A(C(D, "independence", "XSL", "SOM", None, "1991", "having declared independence from Somalia in 1991"))

# ---------------------------------------------------------------- xtr_24hoursworlds_2021.txt (news, 'Saturday, December 18' without year)
D = "xtr_24hoursworlds_2021.txt"
A(S(D, "The Moldovan Foreign Ministry", "MDA", "RUS", "oppose", None,
    "The Moldovan Foreign Ministry on Saturday, December 18, called the participation of Russian Ambassador Oleg Vasnetsov in the inauguration of the President of Transnistria Vadim Krasnoselsky as an unfriendly action.",
    note="December 18 with no year"))
A(S(D, "The diplomatic service", "MDA", "XTR", "oppose", None,
    "The diplomatic service added that the presidential elections in Transnistria are illegitimate and contradict the constitution of Moldova."))
A(S(D, "Ion Guzun", "MDA", "RUS", "oppose", None,
    "Ion Guzun, suggested declaring the Russian ambassador persona non grata",
    note="chairman of a commission of Moldova's presidential administration"))
A(C(D, "contact", "RUS", "XTR", None, None,
    "the participation of Russian Ambassador Oleg Vasnetsov in the inauguration of the President of Transnistria Vadim Krasnoselsky",
    note="the ambassador attended the inauguration"))
A(S(D, "Moldova", "MDA", "RUS", "support", None,
    "Moldova expressed hope for building a pragmatic dialogue with Russia.",
    note="[uncertain stance] hope for a pragmatic dialogue; 'On August 11' with no year"))

# ---------------------------------------------------------------- xtr_tass_2022.txt (news, 'CHISINAU, August 22.' without year)
D = "xtr_tass_2022.txt"
A(S(D, "Vadim Krasnoselsky", "XTR", "RUS", "support", None,
    "Relations with Russia are a strategic priority for the unrecognized Transnistrian republic, its leader Vadim Krasnoselsky said on Monday",
    quote="An unshakable strategic priority for the Transnistrian people is strengthening and further developing multifaceted bilateral relations with the Russian Federation, a responsible and reliable partner, the guarantor of peace and stability on Transnistrian soil,"))
A(C(D, "relations", "XTR", "RUS", "established", None,
    "strengthening and further developing multifaceted bilateral relations with the Russian Federation",
    note="[uncertain polarity] existing bilateral relations (not called diplomatic)"))
A(C(D, "independence", "XTR", None, None, "1990-09-02",
    "The Transnistrian Republic was proclaimed on September 2, 1990",
    note="no state named it was proclaimed from (object null, as the SADR's); stated twice (caption and body)"))
A(S(D, "The authorities in Tiraspol", "XTR", "RUS", "support", None,
    "The authorities in Tiraspol insist on independence and rapprochement with Russia"))
A(C(D, "contact", "MDA", "XTR", None, None,
    "Since 1993, Chisinau and Tiraspol have been negotiating a resolution to the conflict",
    note="ongoing talks 'since 1993' (a period, not the event's date)"))

# ================================================================ batch 7 (annotated 2026-12-07, no extractor run)

# ---------------------------------------------------------------- pse_scmp_sweden_2014.txt (news, no dateline)
D = "pse_scmp_sweden_2014.txt"
A(C(D, "recognition", "SWE", "PSE", "positive", None,
    "Sweden's centre-left government has officially recognised the state of Palestine, becoming the first major European country to do so."))
A(S(D, "Foreign Minister Margot Wallstrom", "SWE", "PSE", "support", None,
    "It is an important step that confirms the Palestinians' right to self-determination.",
    quote="It is an important step that confirms the Palestinians' right to self-determination."))
A(C(D, "recognition", "SWE", "PSE", "planned", None,
    "Sweden's prime minister, Stefan Lofven, announced in his inaugural address to parliament in early October that his country would become the first European Union member in western Europe to recognise a Palestinian state.",
    note="announced 'in early October' (no year)"))
A(S(D, "the Palestinians", "PSE", "SWE", "support", None, "While the Palestinians cheered the move", note="cheered Sweden's recognition"))
A(S(D, "Israel", "ISR", "SWE", "oppose", None, "Israel summoned Sweden's ambassador to express disappointment"))
A(S(D, "Israel", "ISR", "PSE", "oppose", None,
    "Israel has long insisted that the Palestinians can only receive their promised state through direct negotiations and not through other diplomatic channels.",
    note="[uncertain polarity] stance against statehood by recognition"))
EV = "Seven EU members in eastern European and the Mediterranean have already recognised a Palestinian state - Bulgaria, Cyprus, the Czech Republic, Hungary, Malta, Poland and Romania."
for s in ("BGR", "CYP", "CZE", "HUN", "MLT", "POL", "ROU"):
    A(C(D, "recognition", s, "PSE", "positive", None, EV))
A(C(D, "recognition", "ISL", "PSE", "positive", None,
    "Non-EU member Iceland is the only other western European nation to have done so."))

# ---------------------------------------------------------------- twn_dailymail_burkina_2018.txt (news, dateline 2018-05-26, a Saturday)
D = "twn_dailymail_burkina_2018.txt"
A(C(D, "relations", "BFA", "CHN", "established", "2018-05-26",
    "The West African Nation of Burkina Faso has formally resumed diplomatic ties with China after breaking off relations with Taiwan",
    note="the document was 'signed Saturday' = the dateline 2018-05-26"))
A(C(D, "relations", "BFA", "TWN", "severed", None,
    "The West African Nation of Burkina Faso has formally resumed diplomatic ties with China after breaking off relations with Taiwan",
    note="before 2018-05-26, no date given"))
A(S(D, "Beijing", "CHN", "TWN", "oppose", None,
    "Taiwan, a self-governing democracy that Beijing claims as its own territory", note="stance"))
EV = "Earlier this month, the Dominican Republic established diplomatic relations with China and severed ties with Taiwan."
A(C(D, "relations", "DOM", "CHN", "established", "2018-05", EV, note="'earlier this month' against the dateline"))
A(C(D, "relations", "DOM", "TWN", "severed", "2018-05", EV, note="'earlier this month' against the dateline"))
EV = "China's Foreign Ministry said a document establishing diplomatic ties was signed Saturday in Beijing between Chinese State Councilor and Foreign Minister Wang Yi and Burkina Faso's foreign minister, Alpha Barry."
A(C(D, "agreement", "CHN", "BFA", None, "2018-05-26", EV, note="'Saturday' = the dateline"))
A(C(D, "contact", "CHN", "BFA", None, "2018-05-26", EV, note="the two foreign ministers at the signing in Beijing"))
A(S(D, "Taiwanese President Tsai Ing-wen", "TWN", "CHN", "oppose", "2018-05-25",
    "On Friday, Taiwanese President Tsai Ing-wen tweeted that \"China's growing pressure will only strengthen other countries' support for us.\"",
    quote="China's growing pressure will only strengthen other countries' support for us.",
    note="'Friday' before the dateline Saturday 2018-05-26"))

# ---------------------------------------------------------------- xab_nationalia_nicaragua_2008.txt (news, no dateline)
D = "xab_nationalia_nicaragua_2008.txt"
EV = "Nicaragua officially recognizes independence of Abkhazia and South Ossetia"
for o in ("XAB", "XSO"):
    A(C(D, "recognition", "NIC", o, "positive", None, EV, note="'On Tuesday', no dateline"))
EV = "Nicaragua becomes the second state after Russia to recognize the two republics"
for o in ("XAB", "XSO"):
    A(C(D, "recognition", "RUS", o, "positive", None, EV, note="Russia recognised first"))
A(S(D, "Nicaraguan President Daniel Ortega", "NIC", "RUS", "support", None,
    "Nicaraguan President Daniel Ortega, expressed support for Russia"))
A(S(D, "Ortega", "NIC", "NATO", "oppose", None,
    "Ortega went on to criticize the \"hegemonic politics\" of NATO countries \"who want to surround Russia militarily\".",
    quote="hegemonic politics"))
EV = "Russia's diplomatic efforts to secure support from other states for Abkhazian and South Ossetian independence have come to fruition for the first time."
for o in ("XAB", "XSO"):
    A(S(D, "Russia", "RUS", o, "support", None, EV, note="stance: seeks support for their independence"))
EV = "Russia had previously asked fellow Shanghai Cooperation Organization (SCO) members, China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan"
for s in ("RUS", "CHN", "KAZ", "KGZ", "TJK", "UZB"):
    A(C(D, "membership", s, "SCO", "joined", None, EV, note="'fellow SCO members'"))
A(C(D, "membership", "ARM", "CSTO", "joined", None,
    "members of the Collective Security Treaty Organization (CSTO), which includes several SCO members plus Armenia"))
EV = "Belarus, Venezuela and Cuba, have all expressed support for the republics without officially recognizing their independence."
for s, name in (("BLR", "Belarus"), ("VEN", "Venezuela"), ("CUB", "Cuba")):
    for o in ("XAB", "XSO"):
        A(S(D, name, s, o, "support", None, EV))
        A(C(D, "recognition", s, o, "negative", None, EV, note="'without officially recognizing'"))
A(S(D, "Turkish", "TUR", "XNC", "support", None,
    "the Turkish Republic of Northern Cyprus, which only enjoys Turkish support"))

# ---------------------------------------------------------------- xkx_aljazeera_explainer_2023.txt (explainer, no dateline)
D = "xkx_aljazeera_explainer_2023.txt"
A(C(D, "independence", "XKX", "SRB", None, None,
    "February 17 marks 15 years since Kosovo declared independence from Serbia.",
    note="'15 years ago', no year and no dateline in the text"))
A(C(D, "recognition", "SRB", "XKX", "negative", None, "Serbia does not recognise Kosovo’s statehood."))
EV = "Neither does Russia, China and five European Union countries – Spain, Slovakia, Cyprus, Romania and Greece, which have halted its path to EU membership."
for s in ("RUS", "CHN", "ESP", "SVK", "CYP", "ROU", "GRC"):
    A(C(D, "recognition", s, "XKX", "negative", None, EV))
for s in ("ESP", "SVK", "CYP", "ROU", "GRC"):
    A(C(D, "membership", s, "EU", "joined", None, EV, note="'five European Union countries'"))
A(C(D, "membership", "XKX", "EU", "blocked", None, EV,
    note="[uncertain] 'have halted its path to EU membership' read as blocked"))
EV = "Russia, an ally of Serbia, has vetoed Kosovo’s membership at the United Nations."
A(C(D, "membership", "XKX", "UN", "blocked", None, EV))
A(S(D, "Russia", "RUS", "XKX", "oppose", None, EV, note="vetoed"))
A(C(D, "relations", "RUS", "SRB", "established", None, EV,
    note="[uncertain polarity] an ally, read as held relations (guideline 4)"))
EV = "In 1991, Slovenia and Croatia declared their independence."
A(C(D, "independence", "SVN", "YUG", None, "1991", EV, note="from Yugoslavia (context)"))
A(C(D, "independence", "HRV", "YUG", None, "1991", EV, note="from Yugoslavia (context)"))
A(C(D, "independence", "MKD", "YUG", None, "1992", "In 1992, Macedonia followed suit.",
    note="'followed suit' = declared independence"))

# ---------------------------------------------------------------- xkx_mfaks_israel_2021.txt (statement, MFA page, no dateline)
D = "xkx_mfaks_israel_2021.txt"
A(C(D, "relations", "XKX", "ISR", "established", None,
    "Republic of Kosovo and State of Israel established yesterday diplomatic relations between both states.",
    note="'yesterday' with no dateline"))
A(C(D, "agreement", "XKX", "ISR", None, None,
    "State of Israel and Republic of Kosovo established yesterday diplomatic relations by signing a joint declaration and two memoranda for political consultations and development cooperation.",
    note="joint declaration, two memoranda and the agreement establishing relations, one act"))
A(C(D, "contact", "XKX", "ISR", None, None,
    "This historic act in relations between both states took place in a virtual ceremony",
    note="the two foreign ministers, virtual ceremony"))
A(S(D, "Minister of Foreign Affairs and Diaspora, Mrs. Meliza Haradinaj-Stublla", "XKX", "ISR", "support", None,
    "In this important day we open a new chapter in historical relation between our countries",
    quote="In this important day we open a new chapter in historical relation between our countries, the existence of the people and statehood of which has been challenged. Our states have been close to each other in most difficult times and today we start a journey as two states"))
A(S(D, "Minister of Foreign Affairs of Israel, Mr. Gabriel Ashkenazi", "ISR", "XKX", "support", None,
    "Today we are making the history. We are establishing diplomatic relations between Israel and Kosovo, a long awaited moment.",
    quote="Today we are making the history. We are establishing diplomatic relations between Israel and Kosovo, a long awaited moment."))

# ---------------------------------------------------------------- xnc_mediated_unsc541_enc.txt (encyclopedia, wiki source markup)
D = "xnc_mediated_unsc541_enc.txt"
A(C(D, "independence", "XNC", "CYP", None, "1983",
    "[[Northern Cyprus]] [[Declaration of Independence of the Turkish Republic of Northern Cyprus|declared its independence]] in 1983"))
A(C(D, "recognition", "TUR", "XNC", "positive", None, "It is recognized only by [[Turkey]]."))
A(C(D, "vote", "UNSC", "XNC", None, "1983-11-18",
    "The resolution was adopted by 13 votes to one against ([[Pakistan]]) and one abstention from [[Jordan]].",
    counts={"yes": 13, "no": 1, "abstain": 1}, note="resolution 541, adopted on 18 November 1983"))
A(S(D, "the Council", "UNSC", "XNC", "oppose", "1983-11-18",
    "the Council considered [[Northern Cyprus]]' decision to [[Declaration of Independence of the Turkish Republic of Northern Cyprus|declare independence]] legally invalid.",
    note="also 'urged other Member States not to recognize Northern Cyprus'"))
A(S(D, "the Council", "UNSC", "CYP", "support", "1983-11-18",
    "while only recognizing the [[Cyprus|Republic of Cyprus]] as the sole authority on the island."))
A(S(D, "[[Pakistan]]", "PAK", "XNC", "support", "1983-11-18", "one against ([[Pakistan]])",
    note="[uncertain polarity] voted against resolution 541 (which declared the TRNC's declaration invalid)"))
A(S(D, "[[Jordan]]", "JOR", "XNC", "neutral", "1983-11-18", "one abstention from [[Jordan]]", note="abstained"))
A(S(D, "[[Greece]]", "GRC", "XNC", "oppose", "1986-08-04",
    "On 04.08.1986, [[Greece]] filed a case against the [[Council of the European Union|Council of the European Communities]]",
    note="[uncertain polarity] Greece's case argues from resolution 541 that no state but the Republic of Cyprus be recognised"))

# ---------------------------------------------------------------- xsl_qarannews_explainer.txt (explainer, no dateline)
D = "xsl_qarannews_explainer.txt"
A(C(D, "independence", "XSL", "SOM", None, "1991", "Somaliland declared its independence in 1991.",
    note="from Somalia (next sentence: 'a de jure part of Somalia'); consulates and liaison offices in Hargeisa are not relations (guideline 4)"))
EV = "But only the UAE and Ethiopia have bypassed Mogadishu to make deals directly with the Somaliland government"
A(C(D, "agreement", "ARE", "XSL", None, None, EV))
A(C(D, "agreement", "ETH", "XSL", None, None, EV))
A(S(D, "the UAE", "ARE", "SOM", "support", None, "the UAE publicly supports the territorial integrity of Somalia"))
A(C(D, "agreement", "ETH", "XSL", None, "2024-01",
    "In January 2024 Ethiopia and Somaliland signed a memorandum of understanding"))
A(C(D, "recognition", "ETH", "XSL", "planned", "2024-01",
    "In return, Ethiopia would give Somaliland diplomatic recognition.", note="under the January 2024 memorandum"))
A(C(D, "agreement", "SOM", "TUR", None, None,
    "Somalia countered the announcement of this deal by making Turkey a key security partner.",
    note="[uncertain] security partnership read as an agreement"))
A(S(D, "Somalia", "SOM", "ETH", "oppose", None,
    "Somalia countered the announcement of this deal by making Turkey a key security partner.",
    note="[uncertain polarity] 'countered' the Ethiopia–Somaliland deal"))

# ================================================================ batch 8 (frozen 2026-12-07 in a4bb9e7, annotated by hand
# before any extractor was run on its documents)

# ---------------------------------------------------------------- esh_thelatestnews_kenya_2022.txt (news, dateline 'Sep. 18' without year)
D = "esh_thelatestnews_kenya_2022.txt"
A(C(D, "recognition", "KEN", "ESH", "positive", None,
    "The Kenyan government has issued an official note that means reversing the withdrawal of recognition of the Saharawi Arab Democratic Republic (SADR) announced last week.",
    note="the withdrawal reversed: recognition confirmed"))
A(C(D, "recognition", "KEN", "ESH", "withdrawn", None,
    "The Kenyan government has issued an official note that means reversing the withdrawal of recognition of the Saharawi Arab Democratic Republic (SADR) announced last week.",
    note="[uncertain] the withdrawal announced 'last week' and then reversed; no year"))
A(C(D, "membership", "ESH", "AU", "joined", "1982-08-22",
    "the decision of the Organization for African Unity (former name of the African Union) to admit the SADR as a member on August 22, 1982"))
A(S(D, "the Kenyan Ministry of Foreign Affairs", "KEN", "ESH", "support", None,
    "It makes explicit Kenya’s support for UN mediation efforts and support for the Saharawi people in deciding their own future.",
    note="the official note; 'September 16' without year"))
A(S(D, "President William Ruto", "KEN", "MAR", "support", None,
    "President William Ruto, who expressed his support for the “plan of serious and credible autonomy proposed by the Kingdom of Morocco as a unique solution based on the territorial integrity of Morocco”",
    quote="plan of serious and credible autonomy proposed by the Kingdom of Morocco as a unique solution based on the territorial integrity of Morocco",
    note="'September 14' without year"))
EV = "after meeting with the Saharawi president, Brahim Ghali, and the Moroccan Foreign Minister, Nasser Bourita"
A(C(D, "contact", "KEN", "ESH", None, None, EV, note="Ruto met Ghali"))
A(C(D, "contact", "KEN", "MAR", None, None, EV, note="Ruto met Bourita"))
A(C(D, "relations", "KEN", "MAR", "established", None,
    "they seek to promote relations with Morocco",
    note="[uncertain polarity] relations to be promoted (existing)"))

# ---------------------------------------------------------------- xab_civilge_nauru_2009.txt (news, no dateline)
D = "xab_civilge_nauru_2009.txt"
EV = "The tiny Pacific island of Nauru recognized South Ossetia by establishing diplomatic ties with Tskhinvali on December 16"
A(C(D, "recognition", "NRU", "XSO", "positive", None, EV, note="'December 16' without year"))
A(C(D, "relations", "NRU", "XSO", "established", None, EV, note="'December 16' without year"))
A(C(D, "agreement", "NRU", "XSO", None, None,
    "The agreement was signed between Nauru’s Foreign Minister Kieren Keke and the breakaway region’s ambassador to Russia, Dmitry Medoev, in Moscow."))
EV = "Nauru, which is the world's smallest island nation, signed the same agreement with Georgia’s another breakaway region of Abkhazia on December 15."
A(C(D, "agreement", "NRU", "XAB", None, None, EV, note="'December 15' without year"))
A(C(D, "relations", "NRU", "XAB", "established", None, EV,
    note="[uncertain] 'the same agreement' = establishing diplomatic ties"))
A(C(D, "recognition", "NRU", "XAB", "positive", None,
    "Moscow pledged financial assistance to Nauru in exchange of recognition of two breakaway regions",
    note="the two breakaway regions = Abkhazia and South Ossetia"))
EV = "“This step by our partners from the Pacific region further strengthens Abkhazia’s and South Ossetia’s international legal basis,” Andrei Nesterenko, the Russian Foreign Ministry’s spokesman, said."
for o in ("XAB", "XSO"):
    A(S(D, "Andrei Nesterenko", "RUS", o, "support", None, EV,
        quote="This step by our partners from the Pacific region further strengthens Abkhazia’s and South Ossetia’s international legal basis,"))
A(S(D, "Andrei Nesterenko", "RUS", "GEO", "oppose", None,
    "it once again demonstrates Georgian senior officials’ negligence towards small nations and states,” he added.",
    quote="As far as skeptical comments, heard from Tbilisi [about this recognition], are concerned, it once again demonstrates Georgian senior officials’ negligence towards small nations and states,"))
A(S(D, "Tbilisi", "GEO", "NRU", "oppose", None,
    "skeptical comments, heard from Tbilisi [about this recognition]",
    note="[uncertain polarity] skeptical about Nauru's recognition"))
A(C(D, "contact", "NRU", "RUS", None, None,
    "Nauru’s Foreign Minster held talks in Moscow last week with his Russian counterpart Sergey Lavrov",
    note="'last week' with no dateline"))

# ---------------------------------------------------------------- xab_kiwix_so_foreign_enc.txt (encyclopedia mirror)
D = "xab_kiwix_so_foreign_enc.txt"
EV = "The Republic of South Ossetia is a self-proclaimed state which is recognized by Russia, Nicaragua, Venezuela, Syria, Nauru, Abkhazia, Nagorno-Karabakh Republic and Transnistria."
for s in ("RUS", "NIC", "VEN", "SYR", "NRU", "XAB", "XAR", "XTR"):
    A(C(D, "recognition", s, "XSO", "positive", None, EV))
A(C(D, "independence", "XSO", "GEO", None, "1991",
    "South Ossetia declared independence from Georgia in 1991"))
A(C(D, "recognition", "XSO", "Donetsk People's Republic", "positive", None,
    "It is the only state recognized by UN Member States that recognizes the Donetsk People's Republic.",
    note="'It' = South Ossetia; the DPR by name"))
EV = "Abkhazia and South Ossetia recognized each other's independence on 19 September 2005 or before."
A(C(D, "recognition", "XSO", "XAB", "positive", None, EV, note="'19 September 2005 or before'; Abkhazia's recognition of South Ossetia is the list line above (same information)"))
A(S(D, "Dmitry Medoyev", "XSO", "IRN", "support", "2019-07",
    "In July 2019, the South Ossetian Minister of Foreign Affairs Dmitry Medoyev said that his country is willing to expand its cooperation with Iran."))
A(C(D, "recognition", "NRU", "XSO", "positive", "2009-12",
    "In December 2009, Nauru recognized the independence of South Ossetia."))
A(C(D, "contact", "NRU", "XSO", None, None,
    "Nauru's foreign minister, Kieren Keke, visited Tskhinvali."))
A(C(D, "contact", "XSO", "NRU", None, "2018",
    "In 2018, a South Ossetian delegation visited Nauru"))
A(C(D, "recognition", "NIC", "XSO", "positive", "2008-09-05",
    "On September 5, 2008, Nicaragua became the second UN member state to recognize South Ossetia."))
A(C(D, "recognition", "RUS", "XSO", "positive", "2008-08-26",
    "On August 26, 2008, Russia became the first UN member state to recognize South Ossetia."))

# ---------------------------------------------------------------- xar_rferl_rhodeisland.txt (news, no dateline)
D = "xar_rferl_rhodeisland.txt"
A(S(D, "Lawmakers in the U.S. state of Rhode Island", "Rhode Island", "XAR", "support", None,
    "Lawmakers in the U.S. state of Rhode Island have passed a resolution calling on President Barack Obama and the U.S. Congress to recognize Nagorno-Karabakh",
    note="a U.S. state's House of Representatives: speaks for the state of Rhode Island, not the USA"))
A(C(D, "agreement", "ARM", "AZE", None, "1994",
    "a fragile cease-fire holding since 1994",
    note="[uncertain] the 1994 cease-fire read as an agreement"))

# ---------------------------------------------------------------- xnc_cumhuriyet_ots_2022.txt (news, dated 2022-11-11, a Friday)
D = "xnc_cumhuriyet_ots_2022.txt"
A(C(D, "membership", "XNC", "OTS", "joined", "2022-11-11",
    "The Turkish Republic of Northern Cyprus (TRNC) has been admitted to the Organization of Turkic States as an observer member, the Turkish foreign minister announced on Friday.",
    note="observer; 'on Friday' = the dateline 2022-11-11"))
A(S(D, "Mevlut Cavusoglu", "TUR", "XNC", "support", "2022-11-11",
    "“We are always by the side of #TRNC everywhere,” Mevlut Cavusoglu said on Twitter.",
    quote="We are always by the side of #TRNC everywhere,"))
A(C(D, "independence", "XNC", "CYP", None, "1983",
    "As a result, the TRNC was founded in 1983.", note="object implied (Republic of Cyprus)"))
A(C(D, "membership", "CYP", "EU", "joined", "2004",
    "The Greek Cypriot administration was admitted to the EU in 2004"))

# ---------------------------------------------------------------- xsl_somalitimes_guinea.txt (news, no dateline)
D = "xsl_somalitimes_guinea.txt"
A(C(D, "contact", "XSL", "GIN", None, None,
    "Mr Muse Bihi arrived in Conakry for a two day visit where he has been received by his host Alpha Konde."))
A(S(D, "Somalia", "SOM", "XSL", "oppose", None,
    "Somalia has maintained that the breakaway region is not autonomous"))
A(S(D, "Somalia", "SOM", "KEN", "oppose", None,
    "Somalia summoned the Kenyan ambassador in Mogadishu over a move by senior ministry of foreign affairs official to recognize Somaliland as a sovereign state.",
    note="summoned the ambassador"))
EV = "Somaliland has been engaging various Countries like Ethiopia, the UAE, Djibouti and various International Organizations and agencies, and has established, successful Bilateral Agreements"
for o in ("ETH", "ARE", "DJI"):
    A(C(D, "agreement", "XSL", o, None, None, EV, note="[uncertain] bilateral agreements with the countries listed"))

# ---------------------------------------------------------------- xtr_cmio_dpr_2022.txt (news, dateline 'MOSCOW, July 25' without year)
D = "xtr_cmio_dpr_2022.txt"
EV = "The unrecognized Pridnestrovian Moldavian Republic does not work on mutual recognition with the Donetsk and Lugansk People’s Republics"
for o in ("Donetsk People's Republic", "Lugansk People's Republic"):
    A(C(D, "recognition", "XTR", o, "negative", None, EV, note="[uncertain polarity] 'does not work on mutual recognition'"))
EV = "To date, the LPR and DPR are recognized by the Russian Federation, North Korea, Syria, as well as Abkhazia and South Ossetia."
for s in ("RUS", "PRK", "SYR", "XAB", "XSO"):
    for o in ("Lugansk People's Republic", "Donetsk People's Republic"):
        A(C(D, "recognition", s, o, "positive", None, EV))
EV = "Belarus de facto recognized the independence of the DPR and LPR, Lukashenko said"
for o in ("Donetsk People's Republic", "Lugansk People's Republic"):
    A(C(D, "recognition", "BLR", o, "positive", None, EV, note="[related-articles] [uncertain] 'de facto'"))

# ---------------------------------------------------------------- xtr_tass_ignatyev_2022.txt (news, dateline 'MOSCOW, June 2' without year)
D = "xtr_tass_ignatyev_2022.txt"
A(S(D, "the self-proclaimed republic’s foreign minister", "XTR", "XTR", "support", None,
    "Transnistria’s independence should be recognized de jure, as peace talks with Moldova have stalled, the self-proclaimed republic’s foreign minister said on Thursday.",
    note="[uncertain] a call for the republic's own recognition; Vitaly Ignatyev; no year"))
A(S(D, "Vitaly Ignatyev", "XTR", "MDA", "oppose", None,
    "Moldova has not made a single step toward \"a civilized peaceful settlement\" of the conflict, Vitaly Ignatyev told Rossiya 24 channel."))

# ================================================================ batch 9 (annotated 2026-12-07 before any extractor was run on these documents)

# ---------------------------------------------------------------- esh_today_elsalvador_2019.txt (news, tool date 2019-06-18)
D = "esh_today_elsalvador_2019.txt"
A(C(D, "recognition", "SLV", "ESH", "withdrawn", None,
    "The government of El Salvador has announced decision to withdraw its recognition of the Sahrawi Arab Democratic Republic (SADR).",
    note="the announcement is not dated beyond the page date 2019-06-18"))
A(C(D, "relations", "SLV", "ESH", "severed", None,
    "decision to withdraw its recogition of the SADR and sever all ties with this entity"))
A(S(D, "the Salvadoran government", "SLV", "MAR", "support", None,
    "“El Salvador’s government supports the territorial integrity and the national sovereignty of the Kingdom of Morocco as well as its autonomy initiative that represen",
    quote="El Salvador’s government supports the territorial integrity and the national sovereignty of the Kingdom of Morocco as well as its autonomy initiative that represen",
    note="the quote is cut by the tool"))
A(C(D, "contact", "MAR", "SLV", None, None,
    "a joint statement signed by Morocco’s minister of Foreign Affairs and International Cooperation, Nasser Bourita, and his Salvadoran counterpart, Alexandra Hill Tinoco, in the presence of President of El Salvador, Nayib Bukele",
    note="the two foreign ministers signed a joint statement in the presence of the Salvadoran president"))
A(S(D, "Morocco", "MAR", "ESH", "oppose", None,
    "Morocco controls two-thirds of Western Sahara and sees it as part of its historic territory.",
    note="stance"))
A(S(D, "the UN", "UN", "ESH", "support", None,
    "However, some, including the UN, see Western Sahara as Africa’s last colony.",
    note="[uncertain polarity] 'Africa's last colony' read as support for the territory's self-determination"))

# ---------------------------------------------------------------- pse_dazzlingdawn_slovenia_2024.txt (news, no dateline in the text)
D = "pse_dazzlingdawn_slovenia_2024.txt"
A(C(D, "recognition", "SVN", "PSE", "positive", None,
    "The recognition of an independent Palestinian state was adopted by the Slovenian parliament on Tuesday",
    note="'on Tuesday' has no dateline; the government's decision 'last week' is the same recognition (same fields, one line)"))
A(C(D, "vote", "SVN", "PSE", None, None,
    "In the 90-seat parliament, 52 legislators voted in favour of recognition and 0 against it.",
    counts={"yes": 52, "no": 0}, note="Slovenian parliament (National Assembly); no more MPs were present"))
A(S(D, "Robert Golob", "SVN", "PSE", "support", None,
    "By recognizing the Palestinian state, “we are sending hope to the Palestinian people in the West Bank and Gaza,” Slovenia Prime Minister Robert Golob wrote on the government’s X account.",
    quote="we are sending hope to the Palestinian people in the West Bank and Gaza,"))
A(S(D, "Tanja Fajon", "SVN", "PSE", "support", None,
    "“I am proud that the National Assembly and the government recognized Palestine,” said the Balkan country’s Foreign Minister, Tanja Fajon",
    quote="I am proud that the National Assembly and the government recognized Palestine,"))
EV = "Last week, the Slovenian government decided to recognize Palestine as an independent and sovereign state following in the steps of Spain, Ireland and Norway"
for s in ("ESP", "IRL", "NOR"):
    A(C(D, "recognition", s, "PSE", "positive", None, EV, note="'following in the steps of'"))

# ---------------------------------------------------------------- twn_tribune_honduras_2023.txt (news, no dateline in the text)
D = "twn_tribune_honduras_2023.txt"
A(C(D, "relations", "HND", "TWN", "severed", None,
    "Honduras is breaking ties with Taiwan as its president, Xiomara Castro, has announced the establishment of diplomatic relations with China.",
    note="[uncertain polarity] 'is breaking ties'; the government 'did not immediately confirm' the severing"))
A(C(D, "relations", "HND", "CHN", "established", None,
    "Honduras is breaking ties with Taiwan as its president, Xiomara Castro, has announced the establishment of diplomatic relations with China."))
A(S(D, "Castro", "HND", "CHN", "support", None,
    "Castro wrote on Twitter that she had instructed Foreign Minister Eduardo Reina “to undertake the opening of official relations with the People’s Republic of China,”",
    quote="to undertake the opening of official relations with the People’s Republic of China,"))
A(C(D, "recognition", "HND", "TWN", "positive", None,
    "Honduras is one of only 14 countries that officially recognize Taiwan",
    note="also 'among three Central American states ... that still recognize Taiwan'"))
A(S(D, "China", "CHN", "TWN", "oppose", None,
    "a self-ruled island that China considers part of its territory to be retaken one day, by force if necessary",
    note="stance"))
A(S(D, "Taiwan’s foreign ministry", "TWN", "HND", "oppose", None,
    "Taiwan’s foreign ministry on Wednesday asked Honduras to carefully consider its decision, warning that it may fall into a trap.",
    note="[uncertain polarity] against Honduras' decision; 'Wednesday' has no dateline"))
EV = "Honduras is among three Central American states — alongside Belize and Guatemala — that still recognize Taiwan."
for s in ("BLZ", "GTM"):
    A(C(D, "recognition", s, "TWN", "positive", None, EV))
A(C(D, "relations", "HND", "TWN", "established", None,
    "It is one of its few remaining allies in Latin America",
    note="'It' = Honduras, 'its' = Taiwan's; an ally (guideline 4)"))
EV = "after China poached Nicaragua, El Salvador, Panama, the Dominican Republic and Costa Rica in recent years"
for s in ("NIC", "SLV", "PAN", "DOM", "CRI"):
    A(C(D, "recognition", s, "TWN", "withdrawn", None, EV, note="[uncertain] 'poached' (former allies of Taiwan) read as a switch of recognition"))
    A(C(D, "recognition", s, "CHN", "positive", None, EV, note="[uncertain] 'poached' read as a switch of recognition"))
EV = "Other Taiwan diplomatic allies include the Vatican, Eswatini, Paraguay and Haiti"
for s in ("VAT", "SWZ", "PRY", "HTI"):
    A(C(D, "relations", s, "TWN", "established", None, EV))

# ---------------------------------------------------------------- xab_ahram_assad_2018.txt (news, dated 'Tuesday 4 Sep 2018')
D = "xab_ahram_assad_2018.txt"
A(C(D, "contact", "XAB", "SYR", None, "2018-09-04",
    "The leader of Abkhazia, a Russian-backed breakaway region of Georgia, met Moscow's ally Syrian President Bashar al-Assad in Damascus on Tuesday",
    note="'on Tuesday' = the dateline Tuesday 4 Sep 2018"))
EV = "Abkhazia and South Ossetia broke away from Georgia in wars in the early 1990s after the collapse of the Soviet Union."
for s in ("XAB", "XSO"):
    A(C(D, "independence", s, "GEO", None, None, EV, note="'broke away ... in the early 1990s'"))
EV = "Georgia and Russia fought a short war over the regions in August 2008 and Moscow, whose forces triumphed, recognised both as independent countries."
for o in ("XAB", "XSO"):
    A(C(D, "recognition", "RUS", o, "positive", None, EV, note="after the August 2008 war; the recognition itself is not dated"))
EV = "Syria in May joined Nicaragua, Venezuela and Nauru in also recognising them."
for o in ("XAB", "XSO"):
    A(C(D, "recognition", "SYR", o, "positive", "2018-05", EV, note="'in May' before the dateline September 2018"))
    for s in ("NIC", "VEN", "NRU"):
        A(C(D, "recognition", s, o, "positive", None, EV))
A(S(D, "Georgia", "GEO", "RUS", "oppose", None,
    "Georgia, backed by the United States and European Union, said the Russian operation was a naked land grab."))
for s in ("USA", "EU"):
    A(S(D, "the United States and European Union", s, "GEO", "support", None,
        "Georgia, backed by the United States and European Union, said the Russian operation was a naked land grab.",
        note="stance: backing Georgia"))
A(S(D, "Abkhazia President Raul Khajimba", "XAB", "SYR", "support", "2018-09-04",
    "Abkhazia President Raul Khajimba and Assad discussed developing bilateral relations and thanked Syria for recognising its independence.",
    note="thanked Syria; at the meeting of the dateline"))
A(C(D, "contact", "XSO", "SYR", None, "2018-07",
    "In July, the leader of South Ossetia also visited Damascus.",
    note="'In July' before the dateline September 2018"))

# ---------------------------------------------------------------- xar_panarmenian_nsw_2012.txt (news, dated October 27, 2012)
D = "xar_panarmenian_nsw_2012.txt"
A(C(D, "recognition", "New South Wales", "XAR", "positive", None,
    "The Legislative Council of the New South Wales Parliament adopted a resolution recognizing the Republic of Nagorno Karabakh",
    note="an Australian state, by name"))
A(C(D, "recognition", "New South Wales", "XAR", "positive", "2012-10-25",
    "The motion, which was unanimously adopted Thursday, Oct 25",
    note="the same recognition with its date (guideline 1); year from the dateline"))
A(C(D, "vote", "New South Wales", "XAR", None, "2012-10-25",
    "The motion, which was unanimously adopted Thursday, Oct 25",
    note="the Legislative Council of New South Wales; 'unanimously' with no count"))
A(C(D, "independence", "XAR", "AZE", None, None,
    "who declared independence from an oppressive Azerbaijan 20 years ago",
    note="'20 years ago' is approximate; not resolved to a year"))
A(S(D, "Arman Melikyan", "XAR", "New South Wales", "support", None,
    "“Australia’s New South Wales is not a remote state. Home to the country’s 1/3 population, Australia’s largest city Sydney is located here,” Arman Melikyan said",
    quote="Australia’s New South Wales is not a remote state. Home to the country’s 1/3 population, Australia’s largest city Sydney is located here,",
    note="[uncertain polarity] former foreign minister of Artsakh; gratitude for the recognition, 'a message to Azerbaijan'"))
A(S(D, "The motion", "New South Wales", "XAR", "support", None,
    "“calls on the Commonwealth Government [of Australia] to officially recognize the independence of Nagorno Karabakh and strengthen Australia's relationship with the Nagorno Karabakh and its citizens”",
    quote="calls on the Commonwealth Government [of Australia] to officially recognize the independence of Nagorno Karabakh and strengthen Australia's relationship with the Nagorno Karabakh and its citizens"))

# ---------------------------------------------------------------- xkx_serbianconsulate_dacic.txt (statement page, no dateline: 'today' unresolved)
D = "xkx_serbianconsulate_dacic.txt"
A(S(D, "Ivica Dacic", "SRB", "XKX", "oppose", None,
    "Ivica Dacic held today a press conference, informing that one more country has annulled its recognition of Kosovo’s independence.",
    note="the country is not named; 'today' has no dateline"))
A(C(D, "recognition", "LBR", "XKX", "withdrawn", None,
    "the Minister of Foreign Affairs of Liberia, who delivered the note on the revocation of the recognition of Kosovo’s independence",
    note="confirmed by President George Weah; 'last week' has no dateline"))
A(C(D, "contact", "LBR", "SRB", None, None,
    "last week’s visit to Serbia by the Minister of Foreign Affairs of Liberia",
    note="also a telephone conversation of Weah and Dacic"))
A(C(D, "recognition", "STP", "XKX", "withdrawn", "2013-01-07",
    "the note received from Sao Tome and Principe, of 7 January 2013",
    note="[uncertain polarity] the note says the procedure of recognition was not carried out (annulled)"))
A(C(D, "recognition", "SUR", "XKX", "withdrawn", "2017-10-30",
    "notes concerning revocation of the recognition of Kosovo by Suriname, of 30 October 2017"))

# ---------------------------------------------------------------- xsl_jurist_ethiopia_2024.txt (news, no dateline in the text)
D = "xsl_jurist_ethiopia_2024.txt"
A(S(D, "Somalia", "SOM", "ETH", "oppose", None,
    "Somalia announced on Thursday the expulsion of the Ethiopian ambassador Muktar Mohamed Ware.",
    note="[uncertain] expelling the ambassador read as a stance (as a summons for a reprimand, batch 5); 'Thursday' has no dateline"))
A(S(D, "the Council of Ministers", "SOM", "ETH", "oppose", None,
    "the decision was made by the Council of Ministers under Article 90 of the Constitution in response to the actions of Ethiopia, “which infringe upon Somalia’s sovereignty and international affairs.”",
    quote="which infringe upon Somalia’s sovereignty and international affairs."))
EV = "On January 2, Ethiopia signed a memorandum of understanding (MoU) which officially recognized Somaliland as an independent nation."
A(C(D, "agreement", "ETH", "XSL", None, None, EV, note="'January 2' without a year, no dateline"))
A(C(D, "recognition", "ETH", "XSL", "positive", None, EV, note="as the text states it"))
A(S(D, "Somali President Hassan Sheikh Mohamud", "SOM", "ETH", "oppose", None,
    "Somali President Hassan Sheikh Mohamud strongly opposed the move"))
A(S(D, "Somali President Hassan Sheikh Mohamud", "SOM", "XSL", "oppose", None,
    "warned in an interview with Al Jazeera that the land “belongs to Somalia and [Somalia] will never yield to whatever pressure that comes on it”",
    quote="belongs to Somalia and [Somalia] will never yield to whatever pressure that comes on it"))
A(C(D, "independence", "XSL", "SOM", None, "1991",
    "Somaliland unilaterally declared independence and formed its own constitution in 1991 after the start of the Somali Civil War.",
    note="object implied (Somalia)"))
A(S(D, "Ethiopia", "ETH", "XSL", "support", None,
    "Despite its support for Somaliland’s independence, Ethiopia has emphasized that nobody should be offended",
    note="stance"))
A(C(D, "relations", "ETH", "SOM", "established", None,
    "he never intended to harm the relationship between Ethiopia and Somalia",
    note="[uncertain polarity] existing relations (ambassadors in both capitals)"))
