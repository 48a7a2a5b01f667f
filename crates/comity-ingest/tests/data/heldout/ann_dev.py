"""Hand annotations, development half (see README.md for the guidelines). build.py turns them into JSONL."""


def C(doc, kind, subject, obj, polarity, date, evidence, **kw):
    d = {"doc": doc, "kind": kind, "subject": subject, "object": obj, "polarity": polarity,
         "date": date, "evidence": evidence}
    d.update(kw)
    return d


def S(doc, speaker, actor, obj, polarity, date, evidence, **kw):
    return C(doc, "statement", speaker, obj, polarity, date, evidence, speaker_actor=actor, **kw)


CLAIMS = []
A = CLAIMS.append

# ---------------------------------------------------------------- esh_lmno_enc.txt (encyclopedia)
D = "esh_lmno_enc.txt"
A(S(D, "United Nations General Assembly Resolution 22/29", "UNGA", "ESH", "support", "1966",
    "In 1966, United Nations General Assembly Resolution 22/29 affirmed for the first time the Sahrawi right on self-determination.",
    note="stance: right of the Sahrawi people to self-determination"))
A(S(D, "United Nations General Assembly Resolution 34/37", "UNGA", "ESH", "support", "1979",
    "In 1979, United Nations General Assembly Resolution 34/37 reaffirmed again the right of the Western Sahara people to self-determination and independence",
    note="stance; also recognises the Polisario Front as representative of the people (Polisario is no actor id)"))
A(C(D, "membership", "ESH", "AU", "joined", "1984",
    "The republic has been a full member of the African Union (AU), formerly the Organization of African Unity (OAU), since 1984.",
    note="member of the OAU since 1984, AU its successor"))
A(C(D, "membership", "ZAF", "AU", "joined", "1994", "South Africa's admittance in 1994",
    note="admitted to the OAU/AU in 1994"))
A(C(D, "membership", "MAR", "AU", "joined", "2017", "(re-)joining the African Union in 2017",
    note="Morocco's 1984 withdrawal from the OAU has no membership polarity in SCHEMA.md and is not annotated"))
A(S(D, "Morocco", "MAR", "ESH", "oppose", None, "over Moroccan objections to SADR participation",
    note="stance; 'Moroccan objections'"))

# ---------------------------------------------------------------- pse_inshort_2024.txt (news, no dateline)
D = "pse_inshort_2024.txt"
EV = "Ireland, Norway and Spain said they would formally recognise the State of Palestine on May 28."
for s in ("IRL", "NOR", "ESP"):
    A(C(D, "recognition", s, "PSE", "planned", None, EV,
        note="announced ('on Wednesday') to take effect on May 28; no year or dateline in the document"))
EV = "“Today, Ireland, Norway, and Spain are announcing that we recognise the state of Palestine,”"
for s in ("IRL", "NOR", "ESP"):
    A(C(D, "recognition", s, "PSE", "positive", None, EV,
        note="announcement in the present tense by Simon Harris; the same decision takes effect on May 28 (planned claims above)"))
A(S(D, "Simon Harris", "IRL", "PSE", "support", None,
    "“Today, Ireland, Norway, and Spain are announcing that we recognise the state of Palestine,” . It was announced by Irish Taoiseach Simon Harris at a press conference in Dublin.",
    quote="Today, Ireland, Norway, and Spain are announcing that we recognise the state of Palestine,"))
A(S(D, "Spain", "ESP", "PSE", "support", None,
    "Spain and its allies have spent months lobbying European nations, including France, Portugal, Belgium and Slovenia, to garner support for the recognition of a Palestinian state.",
    note="stance: lobbying for recognition"))
A(S(D, "Pedro Sanchez", "ESP", "PSE", "support", None,
    "“We hope that our recognition and our reasons contribute to other western countries to follow this path",
    quote="We hope that our recognition and our reasons contribute to other western countries to follow this path because the more we are, the more strength we will have to impose a ceasefire, to achieve the release of the hostages held by Hamas, to relaunch the political process that can lead to a peace agreement,",
    note="'he' = Spain's Prime Minister Pedro Sanchez (previous sentence)"))
A(S(D, "The Israeli government", "ISR", "PSE", "oppose", None,
    "The Israeli government argues that this recognition rewards terrorism",
    note="stance against the recognition of Palestine; Israel also recalls its ambassadors (no kind in SCHEMA.md)"))

# ---------------------------------------------------------------- pse_lorientlejour_2025.txt (news, dated 2025-07-30)
D = "pse_lorientlejour_2025.txt"
A(S(D, "Jean-NoEl Barrot", "FRA", "PSE", "support", "2025-07-30",
    "\"In New York with 14 other countries, France is making a collective call: we are expressing our willingness to recognize the State of Palestine and invite those who have not yet done so to join us,\" Jean-NoEl Barrot wrote on X",
    quote="In New York with 14 other countries, France is making a collective call: we are expressing our willingness to recognize the State of Palestine and invite those who have not yet done so to join us,",
    note="French Foreign Minister; 'said Wednesday' = 2025-07-30 (dateline)"))
EV = "Nine of them, which have not yet recognized the Palestinian state, \"express the willingness or positive consideration of their country\" to do so: Andorra, Australia, Canada, Finland, Luxembourg, Malta, New Zealand, Portugal and San Marino."
for s in ("AND", "AUS", "CAN", "FIN", "LUX", "MLT", "NZL", "PRT", "SMR"):
    A(C(D, "recognition", s, "PSE", "planned", "2025-07-30", EV,
        note="willingness or positive consideration to recognise; not yet recognised (New York call, dateline 2025-07-30)"))
A(C(D, "recognition", "GBR", "PSE", "planned", "2025-07-29",
    "British Prime Minister Keir Starmer, for his part, announced Tuesday that the United Kingdom would recognize Palestine if Israel does not take certain measures.",
    note="conditional; 'Tuesday' before the dateline Wednesday 2025-07-30"))
A(C(D, "recognition", "FRA", "PSE", "planned", "2025-07-24",
    "Last Thursday, French President Emmanuel Macron announced that France would officially recognize a State of Palestine at the United Nations General Assembly in September.",
    note="announced 'last Thursday' (2025-07-24 against the dateline); to take effect at the UNGA in September 2025"))

# ---------------------------------------------------------------- twn_247news_2023.txt (news)
D = "twn_247news_2023.txt"
A(C(D, "relations", "CHN", "HND", "established", "2023-03-26",
    "China and Honduras established diplomatic relations.",
    note="date from the next sentence (joint communique signed March 26, 2023)"))
A(C(D, "agreement", "CHN", "HND", None, "2023-03-26",
    "“On March 26, 2023, State Councilor and Foreign Minister Qin Gang held talks in Beijing with Foreign Minister of Honduras Eduardo Enrique Reina and signed the Joint Communique on Establishing Diplomatic Relations,”",
    note="Joint Communique on Establishing Diplomatic Relations"))
A(C(D, "contact", "CHN", "HND", None, "2023-03-26",
    "State Councilor and Foreign Minister Qin Gang held talks in Beijing with Foreign Minister of Honduras Eduardo Enrique Reina",
    note="Qin Gang – Eduardo Enrique Reina talks in Beijing"))
A(S(D, "the Foreign Ministry", "CHN", "HND", "support", None,
    "The countries will develop friendly relations “based on the principles of mutual respect for sovereignty and territorial integrity",
    note="Chinese Foreign Ministry statement; stance"))
A(C(D, "recognition", "HND", "CHN", "positive", None,
    "Beijing recalled that Honduras recognized the “one China policy” (the position that there is only one Chinese government) and that Taiwan belongs to China.",
    note="recognised the one-China policy = recognition of the PRC as the government of China; per Beijing"))
A(C(D, "recognition", "HND", "TWN", "negative", None,
    "Beijing recalled that Honduras recognized the “one China policy” (the position that there is only one Chinese government) and that Taiwan belongs to China.",
    note="[uncertain polarity] recognised 'that Taiwan belongs to China'; withdrawn is implied by the severed relations"))
A(C(D, "relations", "HND", "TWN", "severed", None,
    "It was previously reported that Honduras and Taiwan, which Beijing considers its breakaway province, have severed diplomatic relations with each other."))
A(S(D, "Beijing", "CHN", "TWN", "oppose", None, "which Beijing considers its breakaway province",
    note="stance"))

# ---------------------------------------------------------------- twn_newser_2024.txt (news, dated 2024-01-15)
D = "twn_newser_2024.txt"
EV = "The Pacific Island nation of Nauru said Monday that it is switching diplomatic recognition from Taiwan to China"
A(C(D, "recognition", "NRU", "TWN", "withdrawn", "2024-01-15", EV, note="'Monday' = dateline 2024-01-15"))
A(C(D, "recognition", "NRU", "CHN", "positive", "2024-01-15", EV, note="'Monday' = dateline 2024-01-15"))
A(C(D, "relations", "NRU", "TWN", "severed", "2024-01-15",
    "A statement from the government of Nauru said it was severing ties with Taiwan and seeking a resumption of relations with China",
    note="relations with China only sought ('seeking a resumption'), not annotated as established"))
A(S(D, "China", "CHN", "TWN", "oppose", None, "China, which claims self-governing Taiwan as its territory",
    note="stance"))
A(C(D, "recognition", "USA", "CHN", "positive", None,
    "America's one-China policy, which recognizes Beijing as China's government but doesn't take a position on who rules Taiwan",
    note="recognises Beijing as China's government"))
A(S(D, "America", "USA", "TWN", "neutral", None,
    "America's one-China policy, which recognizes Beijing as China's government but doesn't take a position on who rules Taiwan",
    note="stance: no position on who rules Taiwan"))
A(C(D, "relations", "TWN", "VAT", "established", None, "Taiwan now has official ties with 11 countries and the Vatican.",
    note="'now' = at the dateline"))
A(S(D, "Tien Chung-kwang", "TWN", "CHN", "oppose", None,
    "Taiwanese Deputy Foreign Minister Tien Chung-kwang accused China of purposefully timing the news to the recent election."))

# ---------------------------------------------------------------- xab_hmong_enc.txt (encyclopedia mirror)
D = "xab_hmong_enc.txt"
A(S(D, "The central government of Georgia", "GEO", "RUS", "oppose", None,
    "The central government of Georgia considers the republics under military occupation by Russia.", note="stance"))
EV = "They are both partially recognised as independent states by Russia, Venezuela, Nicaragua, Nauru and Syria"
for s in ("RUS", "VEN", "NIC", "NRU", "SYR"):
    for o in ("XAB", "XSO"):
        A(C(D, "recognition", s, o, "positive", None, EV, note="'They' = Abkhazia and South Ossetia"))
EV = "while Vanuatu recognises only Abkhazia but not South Ossetia"
A(C(D, "recognition", "VUT", "XAB", "positive", None, EV))
A(C(D, "recognition", "VUT", "XSO", "negative", None, EV))
EV = "Russia's initial recognition of the independence of Abkhazia and South Ossetia occurred in the aftermath of the Russo-Georgian War in 2008."
A(C(D, "recognition", "RUS", "XAB", "positive", "2008", EV))
A(C(D, "recognition", "RUS", "XSO", "positive", "2008", EV))
EV = "though Tuvalu withdrew its recognition of both in 2014."
A(C(D, "recognition", "TUV", "XAB", "withdrawn", "2014", EV))
A(C(D, "recognition", "TUV", "XSO", "withdrawn", "2014", EV))
EV = "The two regions recognise each other"
A(C(D, "recognition", "XAB", "XSO", "positive", None, EV))
A(C(D, "recognition", "XSO", "XAB", "positive", None, EV))
EV = "In May 2018, Syria recognised the independence of both breakaway territories."
A(C(D, "recognition", "SYR", "XAB", "positive", "2018-05", EV))
A(C(D, "recognition", "SYR", "XSO", "positive", "2018-05", EV))
A(C(D, "relations", "GEO", "SYR", "severed", "2018-05-29",
    "Georgia severed relations with Syria for recognizing Abkhazia and South Ossetia on May 29, 2018."))
A(C(D, "independence", "XSO", "GEO", None, "1992-05-29",
    "South Ossetia declared independence from Georgia during the 1991–1992 South Ossetia War on 29 May 1992"))
A(C(D, "independence", "XAB", "GEO", None, None,
    "Abkhazia declared its independence after its war with Georgia in 1992–1993.",
    note="date only 'after' the 1992–1993 war"))
A(C(D, "vote", "UNSC", "GEO", None, "2008-04",
    "In April 2008, the United Nations Security Council unanimously passed Resolution 1808",
    note="Resolution 1808, unanimous (no counts given)"))
A(S(D, "the United Nations Security Council", "UNSC", "GEO", "support", "2008-04",
    "Resolution 1808 that reaffirmed \"the commitment of all Member States to the sovereignty, independence and territorial integrity of Georgia",
    quote="the commitment of all Member States to the sovereignty, independence and territorial integrity of Georgia within its internationally recognised borders",
    note="stance: territorial integrity of Georgia"))

# ---------------------------------------------------------------- xar_businessstandard_2023.txt (news, dated 2023-09-28)
D = "xar_businessstandard_2023.txt"
A(C(D, "agreement", "AZE", "XAR", None, "2023-09",
    "Azerbaijan's campaign lasted 24 hours before both sides agreed to a Russia-brokered ceasefire",
    broker="RUS", note="'last week' against the dateline 2023-09-28; the dissolution decree itself has no kind in SCHEMA.md"))
A(S(D, "the Azerbaijani presidency", "AZE", "XAR", "oppose", None,
    "the Azerbaijani presidency demanded that the Artsakh government also dissolve"))
A(S(D, "The decree", "XAR", "AZE", "neutral", None,
    "The decree calls on Azerbaijan to allow the \"free, unconstrained, and unhindered passage of the population of Nagorno-Karabakh",
    note="[uncertain polarity] decree of President Shahramanyan calls on Azerbaijan"))

# ---------------------------------------------------------------- xkx_globalpolitics_2023.txt (news, no dateline)
D = "xkx_globalpolitics_2023.txt"
A(C(D, "vote", "COE", "XKX", None, None,
    "“With 33 votes in favour, seven against and five abstentions, CoE Committee of Ministers accepted Kosovo’s membership application",
    counts={"yes": 33, "no": 7, "abstain": 5},
    note="Committee of Ministers forwards the application to PACE; 'on Monday', no dateline"))
A(C(D, "recognition", "SRB", "XKX", "negative", None,
    "Serbia, which does not recognise the independence of its former province, voted against."))
A(S(D, "Serbia", "SRB", "XKX", "oppose", None,
    "Serbia, which does not recognise the independence of its former province, voted against.",
    note="voted against Kosovo's application"))
A(C(D, "membership", "XKX", "COE", "applied", "2022-05", "Kosovo applied for membership in May 2022"))
A(S(D, "Albin Kurti", "XKX", "COE", "support", None,
    "“Our country will be an added value for the Council of Europe. The Council of Europe will add value to democracy, human rights and the rule of law in our country.”",
    quote="Our country will be an added value for the Council of Europe. The Council of Europe will add value to democracy, human rights and the rule of law in our country.",
    note="Prime Minister Albin Kurti"))
A(S(D, "Donika Gervalla", "XKX", "COE", "support", None,
    "Foreign Minister Donika Gervalla described the decision as historical and “maybe the most important since our independence.”",
    quote="maybe the most important since our independence."))

# ---------------------------------------------------------------- xkx_horndiplomat_2025.txt (news, no dateline)
D = "xkx_horndiplomat_2025.txt"
A(C(D, "recognition", "KEN", "XKX", "positive", None, "Kenya officially recognized Kosovo’s independence",
    note="confirmed 'Wednesday', no dateline"))
A(S(D, "Vjosa Osmani", "XKX", "KEN", "support", None,
    "Vjosa Osmani said on Facebook that Kosovo welcomes the decision by Kenya to recognize Kosovo’s independence and statehood"))
A(S(D, "Pacolli", "XKX", "KEN", "support", None,
    "“One of the most important countries in Africa” officially recognized Kosovo, said Pacolli.",
    quote="One of the most important countries in Africa",
    note="former Kosovan president Behgjet Pacolli"))
EV = "Kosovo declared independence in 2008 — recognized by the US, Türkiye and more than 100 countries — but it has never been recognized by Serbia"
A(C(D, "independence", "XKX", "SRB", None, "2008", EV, note="object implied: 'never been recognized by Serbia, which still sees Kosovo as its land'"))
A(C(D, "recognition", "USA", "XKX", "positive", None, EV))
A(C(D, "recognition", "TUR", "XKX", "positive", None, EV))
A(C(D, "recognition", "SRB", "XKX", "negative", None, EV))
A(S(D, "Serbia", "SRB", "XKX", "oppose", None, "Serbia, which still sees Kosovo as its land", note="stance"))

# ---------------------------------------------------------------- xkx_searchwiki_ohrid_enc.txt (encyclopedia mirror)
D = "xkx_searchwiki_ohrid_enc.txt"
A(C(D, "agreement", "XKX", "SRB", None, "2023-02-27",
    "On 27 February 2023, it was verbally accepted by Kosovar prime minister Albin Kurti and Serbian president Aleksandar Vučić",
    broker="EU", note="Agreement on the path to normalization (Ohrid Agreement), verbally accepted"))
A(C(D, "agreement", "XKX", "SRB", None, "2023-03-18",
    "a plan for its implementation was agreed on 18 March 2023", broker="EU",
    note="implementation plan (annex); infobox 'Signed 18 March 2023 (verbally)'"))
A(C(D, "independence", "XKX", "SRB", None, "2008", "In 2008, Kosovo unilaterally declared independence from Serbia."))
A(C(D, "agreement", "XKX", "SRB", None, "2013",
    "Kosovo and Serbia agreed in 2013 to a dialogue facilitated by the European Union (EU)", broker="EU",
    note="agreed to an EU-facilitated dialogue"))
A(C(D, "contact", "EU", "XKX", None, "2022-12-05",
    "On 5 December 2022, the European Union presented a draft proposal to both Kosovo and Serbia at the EU-Western Balkans summit in Tirana.",
    note="[uncertain kind] draft presented at the Tirana summit"))
A(C(D, "contact", "EU", "SRB", None, "2022-12-05",
    "On 5 December 2022, the European Union presented a draft proposal to both Kosovo and Serbia at the EU-Western Balkans summit in Tirana.",
    note="[uncertain kind] draft presented at the Tirana summit"))
A(C(D, "contact", "SRB", "XKX", None, "2023-02-27",
    "On 27 February, 2023, Serbian President Aleksandar Vučić and Kosovar Prime Minister Albin Kurti met in Brussels to discuss an agreement",
    note="Vučić–Kurti meeting in Brussels"))
A(C(D, "contact", "XKX", "SRB", None, "2023-03-18",
    "Kurti and Vučić met again on 18 March at Ohrid, North Macedonia",
    note="year from the previous sentences (2023)"))

# ---------------------------------------------------------------- xnc_cyprusmail_2022.txt (news, dated 2022-11-11)
D = "xnc_cyprusmail_2022.txt"
A(C(D, "membership", "XNC", "OTS", "joined", "2022-11-11",
    "The Organisation of Turkic States has accepted the ‘TRNC’ as a member state with an observer status, as it kicked off its summit in Uzbekistan on Friday.",
    note="observer status; 'Friday' = dateline 2022-11-11"))
EV = "The organisation consists of Azerbaijan, Kazakhstan, Kyrgyzstan, Turkey and Uzbekistan."
for s in ("AZE", "KAZ", "KGZ", "TUR", "UZB"):
    A(C(D, "membership", s, "OTS", "joined", None, EV, note="member of the Organisation of Turkic States"))
EV = "There are two non-member observer states at the UN: the Holy See and the State of Palestine."
A(C(D, "membership", "VAT", "UN", "joined", None, EV, note="non-member observer state"))
A(C(D, "membership", "PSE", "UN", "joined", None, EV, note="non-member observer state"))
A(S(D, "Tayyip Erdogan", "TUR", "XNC", "support", "2022-11-11",
    "Addressing the attendees in Samarkand, Turkish President Tayyip Erdogan said “we contributed to a solution, illustrating that our Cypriot brothers and sisters – who are a core part of the Turkish world – are not alone.”",
    quote="we contributed to a solution, illustrating that our Cypriot brothers and sisters – who are a core part of the Turkish world – are not alone."))
A(S(D, "Mevlut Cavusoglu", "TUR", "XNC", "support", None,
    "Turkish Foreign Minister Mevlut Cavusoglu praised the move on Twitter saying “step by step, we’ll get there.”",
    quote="step by step, we’ll get there."))
A(S(D, "Tahsin Ertugruloglu", "XNC", "OTS", "support", None,
    "In the north, ‘foreign minister’ Tahsin Ertugruloglu called it a “historic development.”",
    quote="historic development."))
A(C(D, "independence", "XNC", "CYP", None, "1983",
    "The ‘TRNC’ declared itself a state in 1983 under the Unilateral Declaration of Independence.",
    note="object implied (Republic of Cyprus)"))
A(C(D, "recognition", "TUR", "XNC", "positive", None, "It is only recognised internationally by Turkey."))
A(S(D, "Averof Neophytou", "Disy", "TUR", "oppose", None,
    "Disy leader Averof Neophytou condemned the development saying it was yet another ploy from Turkey.",
    note="Greek Cypriot opposition party leader: speaks for his party, not for CYP"))

# ---------------------------------------------------------------- xnc_dailysabah_2022.txt (news, dated 2022-11-18)
D = "xnc_dailysabah_2022.txt"
A(C(D, "membership", "XNC", "OTS", "joined", "2022-11",
    "Ömuraliyev also highlighted that the TRNC was accepted as an observer member of the OTS.",
    note="observer member; at the ninth summit in Samarkand (Nov. 11 per the second paragraph)"))
A(S(D, "Kubanıçbek Ömuraliyev", "OTS", "XNC", "support", None,
    "“Turkish Cypriots are an integral part of the Turkic world. As with our other full and observer countries, we will continue to work with the TRNC for peace, stability and development, both in our region and globally,” Ömuraliyev stated.",
    quote="Turkish Cypriots are an integral part of the Turkic world. As with our other full and observer countries, we will continue to work with the TRNC for peace, stability and development, both in our region and globally,",
    note="secretary-general of the OTS"))
EV = "Following the decision, there were protests from both the European Union and the United States."
A(S(D, "the European Union", "EU", "XNC", "oppose", None, EV, note="protest against the TRNC's admission as observer"))
A(S(D, "the United States", "USA", "XNC", "oppose", None, EV, note="protest against the TRNC's admission as observer"))
A(S(D, "Türkiye", "TUR", "EU", "oppose", None,
    "Türkiye rejected an EU statement in which the bloc expressed concerns about the admission."))
A(S(D, "the TRNC president's office", "XNC", "EU", "oppose", None,
    "the TRNC president's office in a statement said the EU has once again shown its biased appro"))

# ---------------------------------------------------------------- xsl_particle_2025.txt (news summary, no year)
D = "xsl_particle_2025.txt"
A(C(D, "recognition", "ISR", "XSL", "positive", None, "Israel formally recognized Somaliland on December 26",
    note="December 26, year not stated in the document"))
A(C(D, "agreement", "ISR", "XSL", None, None,
    "Prime Minister Benjamin Netanyahu and Somaliland leader Abdullahi signing documents to establish diplomatic relations",
    note="December 26, year not stated"))
A(C(D, "relations", "ISR", "XSL", "established", None,
    "signing documents to establish diplomatic relations", note="[uncertain] documents signed to establish relations"))
EV = "Somalia condemned the move and was joined by regional powers including Turkey and Egypt, which issued public criticisms of Israel’s decision."
A(S(D, "Somalia", "SOM", "ISR", "oppose", None, EV))
A(S(D, "Turkey", "TUR", "ISR", "oppose", None, EV))
A(S(D, "Egypt", "EGY", "ISR", "oppose", None, EV))
A(C(D, "recognition", "USA", "XSL", "negative", None,
    "President Donald Trump said the United States will not recognize Somaliland"))
A(C(D, "relations", "TWN", "XSL", "established", "2020", "maintains limited ties such as Taiwan’s 2020 representative office",
    note="limited ties: representative office, 2020"))

# ---------------------------------------------------------------- xtr_newsbasis_qa.txt (Q&A page)
D = "xtr_newsbasis_qa.txt"
A(C(D, "recognition", "RUS", "XTR", "negative", None,
    "Russia does not officially recognize the independence of Transnistria"))
A(C(D, "relations", "RUS", "XTR", "established", None,
    "Russia maintains special relations with Transnistria in the political, military, cultural, and economic spheres.",
    note="[uncertain polarity] 'special relations', not diplomatic"))
A(C(D, "independence", "XTR", "MDA", None, "1990",
    "after it declared independence from Moldova in 1990", note="also 'Transnistria declared independence in 1990'"))
A(S(D, "the UN", "UN", "XTR", "oppose", None, "the region is considered by the UN to be part of Moldova",
    note="stance"))
EV = "As of 2011, only Abkhazia, the Republic of Artsakh and South Ossetia recognise its independence"
for s in ("XAB", "XAR", "XSO"):
    A(C(D, "recognition", s, "XTR", "positive", None, EV,
        note="'as of 2011' (status, not the date of recognition); repeated in the last answer"))
A(C(D, "recognition", "UKR", "XTR", "negative", None,
    "Ukraine does not officially recognize the independence of Transnistria."))
A(C(D, "relations", "UKR", "XTR", "established", None,
    "it maintains special relations with Transnistria in the political, cultural and economic spheres.",
    note="[uncertain polarity] 'special relations', not diplomatic; 'it' = Ukraine"))

# ================================================================ batch 2 (dev half)

# ---------------------------------------------------------------- esh_fpblogs_2011.txt (blog, pro-Moroccan, no dateline)
D = "esh_fpblogs_2011.txt"
A(S(D, "Secretary of State Hillary Rodham Clinton", "USA", "MAR", "support", None,
    "Secretary of State Hillary Rodham Clinton’s reminded the world of the unchanged US support for Morocco’s “serious, realistic, and credible” compromise autonomy proposal",
    note="stance: Moroccan autonomy proposal for Western Sahara"))
A(C(D, "recognition", "ZMB", "ESH", "withdrawn", "2011-03-29",
    "Zambia’s Foreign Minister, Kabinga J. Pande confirmed that his country officially “withdrew its recognition of the SADR on March 29, 2011.”"))
A(C(D, "recognition", "PNG", "ESH", "withdrawn", "2011-03",
    "Zambia joins Papua New Guinea, which also withdrew its recognition of SADR in March",
    note="'in March' of 2011 (same paragraph)"))
A(S(D, "the Clinton, Bush, and Obama Administrations", "USA", "MAR", "support", None,
    "the Clinton, Bush, and Obama Administrations have supported the Moroccan autonomy plan"))
A(S(D, "bi-partisan majorities of both the US House and Senate", "USA", "MAR", "support", None,
    "have supported the Moroccan autonomy plan as have bi-partisan majorities of both the US House and Senate"))
A(C(D, "contact", "MAR", "UN", None, "2007",
    "In 2007, King Mohammed VI submitted the proposal to the United Nations",
    note="[uncertain kind] autonomy proposal submitted to the UN"))

# ---------------------------------------------------------------- esh_iol_ecuador_2024.txt (news, dated 2024-10-27)
D = "esh_iol_ecuador_2024.txt"
A(C(D, "recognition", "ECU", "ESH", "withdrawn", "2024-10",
    "Ecuador announced a bold decision to suspend recognition of the so-called Sahrawi Arab Democratic Republic (SADR)",
    note="suspension; reported by MAP 'on Tuesday' (before the dateline 2024-10-27)"))
A(C(D, "recognition", "ECU", "ESH", "positive", "1983", "Ecuador had initially acknowledged the SADR in 1983"))
A(C(D, "relations", "ECU", "ESH", "established", "2009", "with the establishment of a purported embassy in 2009",
    note="[uncertain] embassy of the SADR (in Quito)"))
A(C(D, "independence", "ESH", None, None, "1976-02-27",
    "The SADR was proclaimed by the Polisario Front on February 27 1976, in Bir Lehlu, Western Sahara.",
    note="no state named it is declared from (object null)"))
A(C(D, "membership", "ESH", "AU", "joined", "1984",
    "The SADR has been a member of the African Union (AU), formerly the Organization of African Unity (OAU), since 1984."))
A(C(D, "membership", "MAR", "AU", "joined", "2017", "until 2017, when Morocco again joined the African Union."))
A(C(D, "contact", "ECU", "MAR", None, "2024-10",
    "Ecuador’s Foreign Minister, Gabriela Sommerfeld, conveyed the decision to her Moroccan counterpart, Nasser Bourita, during a phone call.",
    note="phone call Sommerfeld – Bourita"))
A(S(D, "King Mohammed VI", "MAR", "ESH", "oppose", None,
    "the momentum driven by King Mohammed VI in recent years, aimed at affirming Moroccan sovereignty over the Sahara",
    note="stance"))
A(S(D, "The Arab League", "LAS", "MAR", "support", None, "The Arab League supports “Moroccan territorial integrity”",
    note="LAS = League of Arab States (no id in data/actors.csv)"))

# ---------------------------------------------------------------- pse_nbcny_2024.txt (news, no dateline; mojibake kept)
D = "pse_nbcny_2024.txt"
A(C(D, "vote", "UNGA", "PSE", None, None,
    "The world body approved the Arab and Palestinian-sponsored resolution by a vote of 143-9 with 25 abstentions.",
    counts={"yes": 143, "no": 9, "abstain": 25}, note="'on Friday', no dateline"))
EV = "The United States voted against it, along with Israel, Argentina, Czechia, Hungary, Micronesia, Nauru, Palau and Papua New Guinea."
for s, name in (("USA", "The United States"), ("ISR", "Israel"), ("ARG", "Argentina"), ("CZE", "Czechia"),
                ("HUN", "Hungary"), ("FSM", "Micronesia"), ("NRU", "Nauru"), ("PLW", "Palau"), ("PNG", "Papua New Guinea")):
    A(S(D, name, s, "PSE", "oppose", None, EV, note="voted against the resolution on Palestine's membership"))
A(C(D, "vote", "UNGA", "Gaza", None, None,
    "A General Assembly resolution on Oct. 27 calling for a humanitarian cease-fire in Gaza was approved 120-14 with 45 abstentions.",
    counts={"yes": 120, "no": 14, "abstain": 45}, note="[uncertain object] ceasefire resolution; Oct. 27, no year"))
A(C(D, "membership", "PSE", "UN", "joined", None,
    "it reaffirms that it remains a non-member observer state without full U.N. membership",
    note="non-member observer state, not a member"))
A(C(D, "membership", "PSE", "UN", "blocked", None,
    "the United States has made clear that it will block Palestinian membership and statehood",
    note="blocked by the United States (stated intention)"))
A(S(D, "Robert Wood", "USA", "PSE", "neutral", None,
    "U.S. deputy ambassador Robert Wood said Friday that for the U.S. to support Palestinian statehood, direct negotiations must guarantee",
    note="[uncertain polarity] conditional support"))

# ---------------------------------------------------------------- twn_dailymail_list_2024.txt (Reuters factbox list, dated 2024-01-15)
D = "twn_dailymail_list_2024.txt"
A(C(D, "relations", "NRU", "TWN", "severed", "2024-01-15",
    "Nauru will sever diplomatic relations with Taiwan and recognise China, the government of the small Pacific Islands nation said in a statement on Monday.",
    note="announced ('will sever'); Monday = dateline"))
A(C(D, "recognition", "NRU", "CHN", "planned", "2024-01-15",
    "Nauru will sever diplomatic relations with Taiwan and recognise China", note="'will recognise'"))
A(S(D, "China", "CHN", "TWN", "oppose", None,
    "China views democratically governed Taiwan as part of its territory with no right to state-to-state ties", note="stance"))
A(S(D, "Taiwan's government", "TWN", "CHN", "oppose", None, "a position Taiwan's government strongly disputes", note="stance"))
for s, name in (("BLZ", "Belize"), ("GTM", "Guatemala"), ("PRY", "Paraguay"), ("HTI", "Haiti"),
                ("KNA", "Saint Kitts and Nevis"), ("LCA", "Saint Lucia"), ("VCT", "Saint Vincent and the Grenadines"),
                ("MHL", "Marshall Islands"), ("PLW", "Palau"), ("TUV", "Tuvalu"), ("SWZ", "Eswatini"), ("VAT", "Vatican City")):
    A(C(D, "relations", s, "TWN", "established", None, name,
        note="listed under 'Following is a list of states that have diplomatic ties with Taiwan:' (as of the dateline)"))

# ---------------------------------------------------------------- xar_azvision_2016.txt (news, 08 April 2016)
D = "xar_azvision_2016.txt"
A(C(D, "recognition", "ARM", "XAR", "negative", "2016-04-08",
    "`Armenia does not plan to recognize separatist `Nagorno Karabakh Republic`",
    note="also the headline 'Armenia is not going to recognize'; dated by the page line"))
A(S(D, "Serj Sargsyan", "ARM", "XAR", "neutral", "2016-04-08",
    "Armenian President Serj Sargsyan called this step as a `compromise`.",
    note="[uncertain polarity] non-recognition called a compromise"))

# ---------------------------------------------------------------- xkx_b92_2008.txt (news, no dateline)
D = "xkx_b92_2008.txt"
A(C(D, "recognition", "AFG", "XKX", "positive", None,
    "Afghanistan was the first country to recognize the unilateral secession of Kosovo."))
A(S(D, "the troubled Asian country's Foreign Ministry spokesman", "AFG", "XKX", "support", None,
    "\"We support the decision made by the people and we recognize Kosovo's independence,\" the troubled Asian country's Foreign Ministry spokesman said today.",
    quote="We support the decision made by the people and we recognize Kosovo's independence,"))
A(C(D, "recognition", "FRA", "XKX", "positive", None,
    "This was followed by an annoucement by France after the EU ministerial meeting in Brussels today.",
    note="'This' = recognition of Kosovo (previous sentences); headline 'France, U.S. follow'"))
EV = "Reuters says that Britain, Germany and Italy followed Paris minutes later, saying they had or would imminently inform Priština of their decision."
for s in ("GBR", "DEU", "ITA"):
    A(C(D, "recognition", s, "XKX", "positive", None, EV, note="[uncertain polarity] 'had or would imminently inform'"))
A(C(D, "recognition", "FIN", "XKX", "planned", None, "Finland said it would be among those recognizing too."))
A(C(D, "recognition", "USA", "XKX", "positive", None,
    "U.S. Secretary of State Condoleezza Rice said that her country had formally recognized Kosovo's independence"))
A(S(D, "Condoleezza Rice", "USA", "XKX", "support", None,
    "Condoleezza Rice said that her country had formally recognized Kosovo's independence, and congratulated the \"people of Kosovo\"."))
A(S(D, "George Bush", "USA", "XKX", "support", None,
    "\"We'll watch to see how the events unfold today. The Kosovans are now independent. It's something I've advocated along with my government,\" Bush said.",
    quote="We'll watch to see how the events unfold today. The Kosovans are now independent. It's something I've advocated along with my government,"))
A(S(D, "Belgrade", "SRB", "XKX", "oppose", None, "Belgrade, backed by Moscow, has rejected such moves as illegal"))
A(S(D, "Moscow", "RUS", "SRB", "support", None, "Belgrade, backed by Moscow"))
EV = "Senators Barack Obama, Hillary Clinton and Joseph Biden all welcomed Kosovo Albanians' independence declaration."
for name in ("Barack Obama", "Hillary Clinton", "Joseph Biden"):
    A(S(D, name, "USA", "XKX", "support", None, EV, note="US senator"))
A(S(D, "Turkey", "TUR", "XKX", "support", None, "Turkey was also one of the countries to support the Kosovo Albanians' m"))
A(C(D, "independence", "XKX", "SRB", None, None, "Kosovo Albanians' independence declaration",
    note="object implied (secession from Serbia); no date in the document"))

# ---------------------------------------------------------------- xkx_mfaks_recognitions.txt (government page, undated)
D = "xkx_mfaks_recognitions.txt"
A(C(D, "recognition", "SRB", "XKX", "negative", None,
    "the formal recognition of Kosovo from all neighboring countries (except Serbia)",
    note="neighbours other than Serbia recognise Kosovo but are not named"))
A(S(D, "The Government of Kosovo", "XKX", "SRB", "support", None,
    "The Government of Kosovo will remain strongly committed to full normalization of interstate relations with Serbia",
    note="[uncertain polarity] committed to normalisation and mutual recognition"))

# ---------------------------------------------------------------- xkx_n1_interpol_2018.txt (news, no dateline)
D = "xkx_n1_interpol_2018.txt"
A(C(D, "membership", "XKX", "INTERPOL", "refused", None,
    "Interpol has refused to accept Kosovo’s membership bid in a vote at its general assembly in Dubai on Tuesday.",
    note="'on Tuesday', no dateline"))
A(C(D, "vote", "INTERPOL", "XKX", None, None, "After the first round of voting, 76 Interpol states supported Pristina’s bid",
    counts={"yes": 76}, note="first round; other counts not given"))
A(C(D, "vote", "INTERPOL", "XKX", None, None, "in the second round 68 member states voted in favour",
    counts={"yes": 68}, note="second round; other counts not given"))
A(C(D, "membership", "XKX", "INTERPOL", "refused", "2015", "The first time the bid was rejected in 2015"))
A(C(D, "membership", "XKX", "INTERPOL", "refused", "2016", "the second time in 2016",
    note="withdrawal of the application in 2017 has no polarity in SCHEMA.md"))
EV = "The Pacific states of Kiribati and Vanuatu did join the organisation on Tuesday"
A(C(D, "membership", "KIR", "INTERPOL", "joined", None, EV))
A(C(D, "membership", "VUT", "INTERPOL", "joined", None, EV))
A(S(D, "Pristina", "XKX", "SRB", "oppose", None,
    "In a press release, Pristina said they were “deeply disappointed,” adding the rejection was a result of Serbia’s lobbying against its membership"))
A(S(D, "Belgrade", "SRB", "XKX", "oppose", None, "Belgrade said this was a great victory for Serbia.",
    note="on the rejection of Kosovo's bid"))
A(S(D, "Aleksandar Vucic", "SRB", "XKX", "oppose", None,
    "“This proves Serbia has strengthened its position, but on the other hand, we should not be euphoric,” Serbian President Aleksandar Vucic told reporters in Belgrade.",
    quote="This proves Serbia has strengthened its position, but on the other hand, we should not be euphoric,"))
A(C(D, "independence", "XKX", "SRB", None, "2008", "Kosovo declared its independence from Serbia in 2008"))
A(C(D, "recognition", "SRB", "XKX", "negative", None, "but Serbia never recognised it."))
A(C(D, "recognition", "HRV", "XKX", "positive", None, "The country was so far recognised by 115 countries, including Croatia"))
EV = "its UN membership was vetoed by China and Russia."
A(C(D, "membership", "XKX", "UN", "blocked", None, EV))
A(S(D, "China", "CHN", "XKX", "oppose", None, EV, note="vetoed Kosovo's UN membership"))
A(S(D, "Russia", "RUS", "XKX", "oppose", None, EV, note="vetoed Kosovo's UN membership"))
A(C(D, "membership", "XKX", "IMF", "joined", None,
    "It has, however, joined several international institutions, such as the International Monetary Fund"))

# ---------------------------------------------------------------- xsl_globalbanking_2025.txt (Reuters brief, dated 2025-12-29)
D = "xsl_globalbanking_2025.txt"
A(C(D, "recognition", "GBR", "XSL", "negative", "2025-12-29",
    "The UK government on Monday said that it does not recognise the independence of Somaliland",
    note="also the headline 'UK refuses to recognise'; Monday = dateline"))
A(S(D, "The UK government", "GBR", "SOM", "support", "2025-12-29",
    "reaffirmed its support for Somalia's sovereignty and territorial integrity."))
A(C(D, "recognition", "ISR", "XSL", "positive", "2025-12",
    "Last week, Israel became the first country to formally recognise the self-declared Republic of Somaliland as an independent and sovereign state.",
    note="'last week' against 2025-12-29"))
A(C(D, "recognition", "CHN", "XSL", "negative", "2025-12-29",
    "Other countries have declined to do the same, including China on Monday."))

# ================================================================ batch 3 (dev half)

# ---------------------------------------------------------------- xab_civilge_2008.txt (news, 4 Sep.'08)
D = "xab_civilge_2008.txt"
EV = "Nicaraguan President Daniel Ortega said on September 3 his country would recognize Abkhazia and South Ossetia"
A(C(D, "recognition", "NIC", "XAB", "planned", "2008-09-03", EV, note="year from the dateline 4 Sep.'08"))
A(C(D, "recognition", "NIC", "XSO", "planned", "2008-09-03", EV, note="year from the dateline 4 Sep.'08"))
EV = "Venezuela and Belarus have also welcomed Russia’s decision to recognize Abkhazia and South Ossetia, but they have not yet formally recognized them."
A(C(D, "recognition", "RUS", "XAB", "positive", None, EV, note="also 'the second state after Russia to recognize'"))
A(C(D, "recognition", "RUS", "XSO", "positive", None, EV, note="also 'the second state after Russia to recognize'"))
for s, name in (("VEN", "Venezuela"), ("BLR", "Belarus")):
    A(S(D, name, s, "RUS", "support", None, EV, note="welcomed Russia's decision"))
    for o in ("XAB", "XSO"):
        A(C(D, "recognition", s, o, "negative", None, EV, note="'have not yet formally recognized them'"))
A(S(D, "Condoleezza Rice", "USA", "RUS", "oppose", "2008-09-03",
    "U.S. Secretary of State Condoleezza Rice told journalists on September 3 that “almost no one has followed” Russia’s recognition of the two breakaway regions.",
    quote="almost no one has followed"))
EV = "to have Abkhazia and South Ossetia recognize each other"
A(C(D, "recognition", "XAB", "XSO", "positive", None, EV, note="per Rice; Hamas' recognition (of whom, unclear) not annotated"))
A(C(D, "recognition", "XSO", "XAB", "positive", None, EV, note="per Rice"))

# ---------------------------------------------------------------- xab_rt_salutes_2008.txt (RT news, no dateline)
D = "xab_rt_salutes_2008.txt"
EV = "The Nicaraguan President Daniel Ortega has officially recognised the independence of South Ossetia and Abkhazia."
A(C(D, "recognition", "NIC", "XSO", "positive", None, EV))
A(C(D, "recognition", "NIC", "XAB", "positive", None, EV))
EV = "Nicaragua gives “full recognition” to the “sister” republics of Abkhazia and South Ossetia as “new members of the community of independent nations of the world, whom we welcome,” Nicaragua’s Foreign Ministry quoted the presidential decree."
for o in ("XAB", "XSO"):
    A(S(D, "the presidential decree", "NIC", o, "support", None, EV,
        quote="new members of the community of independent nations of the world, whom we welcome,"))
A(S(D, "The president", "NIC", "RUS", "support", None,
    "The president first expressed his support for Moscow's stance earlier this week.",
    note="Daniel Ortega; ties with Sukhum and Tskhinval only announced ('would immediately establish'), not annotated"))

# ---------------------------------------------------------------- xkx_euobserver_2009.txt (news, dated 2009-02-05)
D = "xkx_euobserver_2009.txt"
A(C(D, "recognition", "USA", "XKX", "positive", None,
    "Fifty-four states worldwide have recognised Kosovo as an independent state, including the US and most of the EU",
    note="photo caption; 'most of the EU' not itemised"))
A(C(D, "independence", "XKX", "SRB", None, "2008", "One year after Kosovo declared independence from Serbia",
    note="'one year' before the dateline 2009-02-05"))
A(S(D, "The European Parliament", "EU", "XKX", "support", "2009-02-05",
    "The European Parliament \"encourages those EU Member States which have not already done so to recognise the independence of Kosovo,\" reads the resolution",
    quote="encourages those EU Member States which have not already done so to recognise the independence of Kosovo,"))
A(C(D, "vote", "EU", "XKX", None, "2009-02-05",
    "The document was approved by a large majority - 424 MEPs voted in favour, 133 - against, while 24 abstained.",
    counts={"yes": 424, "no": 133, "abstain": 24}, note="European Parliament resolution (voting body: the EP, an EU institution)"))

# ---------------------------------------------------------------- xsl_rockcity_2024.txt (radio-site news, no dateline)
D = "xsl_rockcity_2024.txt"
A(C(D, "agreement", "ETH", "XSL", None, None,
    "Its government says it has signed what is known as a Memorandum of Understanding (MOU) with the self-declared republic of Somaliland to use one of its ports.",
    note="'Monday's agreement'; no dateline"))
A(C(D, "contact", "ETH", "XSL", None, None,
    "Ethiopia’s Prime Minister Abiy Ahmed who signed the MOU with Somaliland’s President Muse Bihi Abdi in the Ethiopian capital",
    note="signing ceremony in Addis Ababa"))
A(C(D, "recognition", "ETH", "XSL", "planned", None,
    "Mr. Abdi said the agreement included a section stating that Ethiopia would recognize Somaliland as an independent country at some point in the future.",
    note="per Somaliland's president"))
A(S(D, "Somaliland’s foreign ministry", "XSL", "ETH", "support", None,
    "Somaliland’s foreign ministry said in a statement later that the historic agreement ensures Ethiopia’s access to the sea for their naval forces, reciprocated by formal recognition of the republic of Somaliland"))
A(C(D, "independence", "XSL", "SOM", None, "1991", "despite declaring autonomy from Somalia in 1991",
    note="'autonomy' in the text"))
A(S(D, "Somalia", "SOM", "XSL", "oppose", None, "Somalia says Somaliland is part of its territory."))
A(C(D, "agreement", "SOM", "XSL", None, None,
    "following mediation efforts led by Djibouti, Somalia and Somaliland had agreed to resume talks aimed at resolving their disputes.",
    broker="DJI", note="'last week' per SONNA; no dateline"))

# ================================================================ batch 4 (dev half)

# ---------------------------------------------------------------- twn_dw_solomon_2019.txt (DW mirror, September 17, 2019)
D = "twn_dw_solomon_2019.txt"
EV = "The Solomon Islands switched diplomatic recognition from Taiwan to China on Monday"
A(C(D, "recognition", "SLB", "TWN", "withdrawn", "2019-09-16", EV, note="Monday before the page date September 17, 2019"))
A(C(D, "recognition", "SLB", "CHN", "positive", "2019-09-16", EV,
    note="also 'cabinet approved a resolution recognizing Beijing as the government of China'"))
A(C(D, "relations", "SLB", "TWN", "severed", None, "the decision to sever diplomatic ties with Taiwan",
    note="Taiwan also closes its embassy"))
A(S(D, "China", "CHN", "TWN", "oppose", None, "China considers Taiwan to be part of its territory and has vowed to retake it",
    note="stance"))
A(S(D, "Joseph Wu", "TWN", "CHN", "oppose", None,
    "Taiwan's Foreign Minister Joseph Wu accused China of engaging in \"dollar diplomacy\" to obtain recognition."))
A(S(D, "China's foreign ministry", "CHN", "SLB", "support", None,
    "China's foreign ministry said in a statement it \"highly commends\" the decision to sever diplomatic ties with Taiwan.",
    quote="highly commends"))
A(S(D, "Hua Chunying", "CHN", "SLB", "support", None,
    "\"We stand ready to work with the Solomon Islands to open new broad prospects for our bilateral relations,\" spokeswoman Hua Chunying said in a statement.",
    quote="We stand ready to work with the Solomon Islands to open new broad prospects for our bilateral relations,"))
A(C(D, "vote", "SLB", "CHN", None, None,
    "In the cabinet vote, there were 27 votes to shift ties and six abstentions",
    counts={"yes": 27, "abstain": 6}, note="[uncertain object] Solomon Islands cabinet vote to shift ties to China"))

# ---------------------------------------------------------------- twn_thenews_kiribati_2019.txt (AFP, dated 2019-09-29)
D = "twn_thenews_kiribati_2019.txt"
A(C(D, "relations", "CHN", "KIR", "established", "2019-09-27",
    "China and Kiribati have established diplomatic relations, Chinese state media reported Saturday",
    note="communique signed 'on Friday' = 2019-09-27 against the dateline"))
A(C(D, "agreement", "CHN", "KIR", None, "2019-09-27",
    "Chinese Foreign Minister Wang Yi and Kiribati´s President Taneti Mamau on Friday signed a joint communique to establish diplomatic relations",
    note="joint communique, on the sidelines of the UN climate summit"))
A(C(D, "contact", "CHN", "KIR", None, "2019-09-27",
    "Chinese Foreign Minister Wang Yi and Kiribati´s President Taneti Mamau on Friday signed a joint communique",
    note="Wang Yi – Taneti Mamau signing"))
A(C(D, "relations", "KIR", "TWN", "severed", "2019-09",
    "days after the tiny Pacific island nation severed ties with Taiwan", note="'days' before the dateline"))
A(C(D, "relations", "SLB", "TWN", "severed", "2019-09",
    "comes a week after the Solomon Islands also dropped diplomatic ties with Taiwan", note="'a week' before"))
A(S(D, "China", "CHN", "TWN", "oppose", None, "China still views the island as its territory and has vowed to seize it",
    note="stance"))
EV = "most countries, including the United States and most Western nations, switched recognition to Beijing."
A(C(D, "recognition", "USA", "CHN", "positive", None, EV))
A(C(D, "recognition", "USA", "TWN", "withdrawn", None, EV, note="[uncertain] 'switched recognition to Beijing' (from Taipei implied)"))

# ---------------------------------------------------------------- xtr_osmarks_enc.txt (encyclopedia mirror with infobox)
D = "xtr_osmarks_enc.txt"
EV = "Transnistria has been recognised only by three other mostly non-recognised states: Abkhazia, Artsakh, and South Ossetia."
for s in ("XAB", "XAR", "XSO"):
    A(C(D, "recognition", s, "XTR", "positive", None, EV))
A(C(D, "independence", "XTR", "MDA", None, "1990-09-02", "Independence from SSR of Moldova declared\n2 September 1990",
    note="infobox; the Moldavian SSR (mapped to MDA)"))
A(C(D, "independence", "XTR", "SUN", None, "1991-08-25", "Independence from Soviet Union declared\n25 August 1991",
    note="infobox; SUN = Soviet Union (former state)"))
A(S(D, "the United Nations", "UN", "XTR", "oppose", None, "Recognised by the United Nations as de jure part of Moldova",
    note="infobox status line; stance"))

# ================================================================ batch 5 (frozen 2026-12-06, annotated before any extractor run)

# ---------------------------------------------------------------- esh_assahafa_panama_2024.txt (news, no dateline)
D = "esh_assahafa_panama_2024.txt"
A(C(D, "relations", "PAN", "ESH", "severed", None,
    "The Republic of Panama has announced its decision to suspend diplomatic relations with the self-proclaimed “Sahrawi Arab Democratic Republic” (SADR)",
    note="suspension 'effective immediately'; no date or dateline in the document; the text says relations, not recognition, so no recognition claim"))
A(S(D, "the Panamanian Ministry of Foreign Affairs", "PAN", "ESH", "neutral", None,
    "the Panamanian Ministry of Foreign Affairs emphasized that this decision, effective immediately, aligns with Panama’s commitment to constructive foreign policy and its support for UN-led efforts to achieve a peaceful and mutually acceptable resolution to the Sahara dispute.",
    note="[uncertain polarity] support for a UN-led, mutually acceptable solution; no position on the SADR itself"))
A(C(D, "recognition", "PAN", "ESH", "positive", None,
    "Notably, Panama was the first country to officially recognize the RASD",
    note="no date in the document"))
A(C(D, "relations", "PAN", "ESH", "established", "1980",
    "was home to the first alleged embassy of the self-styled SADR in Latin America, established in 1980.",
    note="[uncertain] the text says an SADR embassy in Panama established in 1980, not 'relations'; unnamed countries suspending ties/withdrawing recognition and Algeria's support of the Polisario (no actor id) not annotated"))

# ---------------------------------------------------------------- pse_trtworld_armenia_2024.txt (news, dated 2024-06-21)
D = "pse_trtworld_armenia_2024.txt"
A(C(D, "recognition", "ARM", "PSE", "positive", "2024-06-21",
    "Armenia has announced that it has officially recognised the state of Palestine.",
    note="dateline 2024-06-21; the statement 'on Friday' = 2024-06-21"))
A(S(D, "the Foreign Ministry", "ARM", "PSE", "support", "2024-06-21",
    "the Republic of Armenia recognizes the State of Palestine,\" the Foreign Ministry said in a statement on Friday.",
    quote="Reaffirming its commitment to international law and the principles of equality, sovereignty and peaceful coexistence of peoples, the Republic of Armenia recognizes the State of Palestine,",
    note="'Friday' = dateline 2024-06-21"))
A(S(D, "The ministry", "ARM", "Gaza", "support", None,
    "The ministry said Armenia earlier supported the UN General Assembly resolutions calling for an immediate ceasefire in Gaza",
    note="[uncertain object] how Armenia voted on UNGA ceasefire resolutions ('earlier', undated); object as the UNGA Gaza votes elsewhere in this corpus"))
A(S(D, "The ministry", "ARM", "ISR", "oppose", "2024-06-21",
    "It also condemned Israeli attacks on civilian infrastructure and violence against the civilian population.",
    note="'It' = the ministry, same statement of Friday 2024-06-21"))
A(S(D, "Israel's foreign ministry", "ISR", "ARM", "oppose", "2024-06-21",
    "\"Following Armenia's recognition of a Palestinian state, the foreign ministry summoned the Armenian ambassador in Israel for a severe reprimand,\"",
    quote="Following Armenia's recognition of a Palestinian state, the foreign ministry summoned the Armenian ambassador in Israel for a severe reprimand,",
    note="[uncertain polarity] summons for a 'severe reprimand' read as condemning Armenia's act; 'shortly after' the announcement of the dateline; the summons itself has no kind"))
A(S(D, "Hussein Al-Sheikh", "PSE", "ARM", "support", None,
    "A senior official from the Palestinian Authority, Hussein Al-Sheikh, meanwhile, welcomed the move.",
    quote="Thank you our friend Armenia.",
    note="welcomes Armenia's recognition; no date beyond 'meanwhile'"))

# ---------------------------------------------------------------- twn_hqcomoxvalley_panama_2017.txt (news, no dateline)
D = "twn_hqcomoxvalley_panama_2017.txt"
EV = "Panama switches diplomatic recognition from Taiwan to China"
A(C(D, "recognition", "PAN", "TWN", "withdrawn", None, EV,
    note="headline; no dateline ('June 13, 2017' is a photo caption of another event, not the page date)"))
A(C(D, "recognition", "PAN", "CHN", "positive", None, EV, note="headline; no dateline"))
A(C(D, "relations", "PAN", "TWN", "severed", None, "Panama cuts ties with Taiwan switches to China",
    note="also 'breaking off formal relations with Taiwan', 'the previous one with Taiwan ending' ('Monday', no dateline)"))
A(S(D, "China", "CHN", "TWN", "oppose", None,
    "China considers the self-governing island of Taiwan a part of its territory", note="stance"))
A(S(D, "President Juan Carlos Varela", "PAN", "CHN", "support", None,
    "In Panama, President Juan Carlos Varela announced the change, which entails breaking off formal relations with Taiwan, saying in a televised address that it represents the \"correct path for our country\".",
    quote="correct path for our country", note="the change = switch to China"))
A(S(D, "Trump's office", "USA", "TWN", "support", None,
    "In the statement, Trump's office said the two leaders had noted \"the close economic, political, and security ties\" between Taiwan and the United States",
    quote="the close economic, political, and security ties",
    note="[uncertain polarity] paragraph apparently from another story (Trump–Tsai call); 'close ties' are not diplomatic relations, so no relations claim"))
A(S(D, "The Government of the Republic of Panama", "PAN", "TWN", "oppose", None,
    "\"The Government of the Republic of Panama recognizes that there is but one China in the world, that the Government of the People's Republic of China is the sole legal government representing the whole of China, and that Taiwan is an inalienable part of China's territory\"",
    note="stance: Taiwan part of China; the one-China recognition itself is the headline's PAN–CHN claim (same information)"))
A(C(D, "agreement", "CHN", "PAN", None, None,
    "A joint communiqué was signed in Beijing between China's Foreign Minister Wang Yi and his Panama counterpart Isabel Saint Malo.",
    note="no date in the document; signing only, no talks stated, so no contact claim"))
A(C(D, "relations", "PAN", "CHN", "established", None,
    "The new relationship with Beijing was starting Monday, and the previous one with Taiwan ending, the note added.",
    note="'Monday' with no dateline"))
A(S(D, "Taiwan's ministry of foreign affairs", "TWN", "PAN", "oppose", None,
    "Taiwan's ministry of foreign affairs said in a statement that in breaking ties, President Varela had ignored the friendship between their countries"))

# ---------------------------------------------------------------- xab_digitaljournal_syria_2018.txt (AFP, byline May 29, 2018)
D = "xab_digitaljournal_syria_2018.txt"
EV = "Syria on Tuesday recognised the Russian-backed breakaway regions of Abkhazia and South Ossetia as independent from the former Soviet state of Georgia, prompting Tbilisi to cut diplomatic ties with Damascus."
A(C(D, "recognition", "SYR", "XAB", "positive", "2018-05-29", EV, note="'Tuesday' = byline date May 29, 2018"))
A(C(D, "recognition", "SYR", "XSO", "positive", "2018-05-29", EV, note="'Tuesday' = byline date May 29, 2018"))
A(C(D, "relations", "GEO", "SYR", "severed", "2018-05-29", EV, note="Tbilisi cuts ties in response, same day"))
EV = "\"A deal has been reached between the Syrian Arab Republic, the Republic of Abkhazia, and the Republic of South Ossetia to exchange recognitions and set up diplomatic ties at the embassy level,\""
A(C(D, "agreement", "SYR", "XAB", None, None, EV, note="deal to exchange recognitions; the sentence itself is undated"))
A(C(D, "agreement", "SYR", "XSO", None, None, EV, note="deal to exchange recognitions; the sentence itself is undated"))
A(C(D, "recognition", "XAB", "SYR", "positive", None, EV,
    note="[uncertain polarity] 'exchange recognitions' implies Abkhazia recognises Syria; ties 'to set up' are future and not annotated"))
A(C(D, "recognition", "XSO", "SYR", "positive", None, EV,
    note="[uncertain polarity] 'exchange recognitions' implies South Ossetia recognises Syria"))
A(C(D, "relations", "RUS", "SYR", "established", None,
    "Syria has been a close ally of Russia for decades",
    note="[uncertain polarity] 'close ally' read as a listed ally (guideline 4)"))
EV = "Its decision to recognise the two breakaway regions of Georgia prompted an outcry from Tbilisi, which blamed it on meddling from Moscow."
A(S(D, "Tbilisi", "GEO", "SYR", "oppose", None, EV, note="outcry at Syria's decision"))
A(S(D, "Tbilisi", "GEO", "RUS", "oppose", None, EV, note="blames Moscow's meddling"))
A(S(D, "Georgia", "GEO", "SYR", "oppose", None,
    "\"With this act the Assad regime declared its support for Russia's military aggression against Georgia",
    quote="With this act the Assad regime declared its support for Russia's military aggression against Georgia, the illegal occupation of Abkhazia and (South Ossetia) regions and the ethnic cleansing that has been taking place for years,",
    note="the quoted statement (the outcry above is the article's summary; a different wording of the speaker, kept as a second line)"))
A(S(D, "Georgia", "GEO", "RUS", "oppose", None,
    "\"With this act the Assad regime declared its support for Russia's military aggression against Georgia",
    note="condemns 'Russia's military aggression'"))
A(C(D, "relations", "GEO", "SYR", "severed", None,
    "\"Considering the aforesaid, Georgia initiated the procedures to break off the diplomatic relations with the Syrian Arab Republic,\" its foreign ministry said in a statement.",
    note="undated restatement (guideline 1: the dated line above is the same severing)"))
EV = "Abkhazia and South Ossetia are internationally recognised as part of Georgia, which gained independence from the Soviet Union in 1991, but Russia and a handful of other countries say they are independent."
A(C(D, "independence", "GEO", "SUN", None, "1991", EV))
A(C(D, "recognition", "RUS", "XAB", "positive", None, EV, note="'Russia … say they are independent'"))
A(C(D, "recognition", "RUS", "XSO", "positive", None, EV, note="'Russia … say they are independent'"))
EV = "Nicaragua, Venezuela and Nauru were the only other countries that recognised the two regions' independence before Syria's decision on Tuesday."
for s in ("NIC", "VEN", "NRU"):
    for o in ("XAB", "XSO"):
        A(C(D, "recognition", s, o, "positive", None, EV, note="before May 29, 2018; no date of their own"))

# ---------------------------------------------------------------- xar_osmarks_status_enc.txt (encyclopedia mirror, 2020-08 dump)
D = "xar_osmarks_status_enc.txt"
A(C(D, "contact", "ARM", "AZE", None, None,
    "representatives of the governments of Armenia and Azerbaijan have been holding peace talks mediated by the OSCE Minsk Group",
    note="ongoing talks 'since the end of the Nagorno-Karabakh War in 1994' (a period, not the event's date)"))
EV = "The sovereign status of the Artsakh is not recognized by any United Nations member state (including Armenia), but has been recognized by Transnistria,[5] Abkhazia and South Ossetia"
A(C(D, "recognition", "ARM", "XAR", "negative", None, EV))
for s in ("XTR", "XAB", "XSO"):
    A(C(D, "recognition", s, "XAR", "positive", None, EV))
A(C(D, "contact", "ARM", "XAR", None, None,
    "Armenia is currently in an ongoing negotiation with Artsakh",
    note="'currently' = the mirror's 2020 text, no date"))

# ---------------------------------------------------------------- xnc_newsaz_erdogan_2023.txt (news, dated 2023-07-20)
D = "xnc_newsaz_erdogan_2023.txt"
A(S(D, "Recep Tayyip Erdogan", "TUR", "XNC", "support", "2023-07-20",
    "Turkish President Recep Tayyip Erdogan urged countries around the world on Thursday to recognize the Turkish Republic of Northern Cyprus (TRNC) without delay",
    quote="I'm reiterating the historic call I made to the entire world from the UN podium: Recognize the TRNC as soon as possible,",
    note="'Thursday' = dateline 2023-07-20"))
A(C(D, "independence", "XNC", "CYP", None, "1983",
    "Türkiye's 1974 Cyprus Peace Operation, which laid the groundwork for the country's foundation nine years later",
    note="'the country' = the TRNC, founded nine years after 1974; object implied (Republic of Cyprus)"))

# ---------------------------------------------------------------- xtr_riteme_conflict_enc.txt (encyclopedia mirror)
D = "xtr_riteme_conflict_enc.txt"
A(S(D, "Romania", "ROU", "MDA", "support", None, "Romania (military and diplomatic support)",
    note="infobox: supports Moldova in the conflict"))
A(S(D, "Ukraine", "UKR", "MDA", "support", None,
    "Ukraine (diplomatic support,[3][4] military support offered if requested by Moldova[5])",
    note="infobox: supports Moldova in the conflict"))
A(C(D, "independence", "XTR", "MDA", None, "1990-09-02",
    "The conflict may be considered to have started on 2 September 1990, when Transnistria made a formal sovereignty declaration from Moldova (then part of the Soviet Union).",
    note="sovereignty declaration; Moldavian SSR mapped to MDA"))
EV = "It has diplomatic recognition only from two Russian-backed separatist states: Abkhazia and S"
A(C(D, "recognition", "XAB", "XTR", "positive", None, EV))
A(C(D, "recognition", "XSO", "XTR", "positive", None, EV,
    note="[uncertain] the tool cut the text after 'S'; 'two … states: Abkhazia and S…' read as South Ossetia"))

# ================================================================ batch 6 (frozen 2026-12-07, annotated by hand before
# any extractor was run on these documents)

# ---------------------------------------------------------------- esh_moroccanblog_tangier.txt (blog, no date)
D = "esh_moroccanblog_tangier.txt"
A(S(D, "The head of diplomacy", "MAR", "ESH", "oppose", None,
    "The head of diplomacy said Monday that the presence of the “SADR” in the AU is “an institutional obstacle”, “an anomaly” and “a legal aberration",
    note="the Moroccan Minister of Foreign Affairs Nasser Bourita (previous paragraph); 'Monday' with no dateline; restated in 'He added that the creation of the self-proclaimed entity in 1976 is “a violation of international law'"))
A(C(D, "membership", "MAR", "AU", "joined", "2017-01",
    "After its return, enacted in January 2017, to the African Union",
    note="return to the AU"))
EV = ("Burundi, Comoros, Côte d’Ivoire, Djibouti, Equatorial Guinea, Gabon, Gambia, Guinea Bissau, "
      "Guinea (Conakry), Liberia, Malawi, Central African Republic, Democratic Republic of Congo, Sao Tome and Principe, "
      "Senegal, Sierra Leone, Togo and Zambia, have diplomatic representations in the Sahara.")
# (the whole list sentence is 306 characters: evidence for the first item starts at 'Burkina Faso, Burundi, …
# Sao Tome and Principe', the others at 'Burundi, …' up to the predicate)
EV0 = ("Burkina Faso, Burundi, Comoros, Côte d’Ivoire, Djibouti, Equatorial Guinea, Gabon, Gambia, Guinea Bissau, "
       "Guinea (Conakry), Liberia, Malawi, Central African Republic, Democratic Republic of Congo, Sao Tome and Principe")
for s in ("BFA", "BDI", "COM", "CIV", "DJI", "GNQ", "GAB", "GMB", "GNB", "GIN", "LBR", "MWI", "CAF", "COD", "STP",
          "SEN", "SLE", "TGO", "ZMB"):
    A(S(D, s, s, "MAR", "support", None, EV0 if s == "BFA" else EV,
        note="[uncertain stance] diplomatic representation (consulate) in the Sahara; the next paragraph calls them 'African states recognizing the sovereignty of Morocco over the Western Sahara' (read as support of Morocco, as 'recognize Morocco's annexation' in esh_wikimili_enc)"))
EV = "Somalia and Chad announced, in September, the opening of their consulates in Dakhla."
for s in ("SOM", "TCD"):
    A(S(D, s, s, "MAR", "support", None, EV,
        note="[uncertain stance] consulates in Dakhla, same reading as the list above; 'in September' with no year"))
EV = ("11 had previously established diplomatic relations with the “SADR. These are Burkina Faso, Burundi, Esawtini, Guinea Bissau, "
      "Equatorial Guinea, Liberia, Malawi, Sao Tome and Principe, Sierra Leone, Togo and Zambia.")
for s in ("BFA", "BDI", "SWZ", "GNB", "GNQ", "LBR", "MWI", "STP", "SLE", "TGO", "ZMB"):
    A(C(D, "relations", s, "ESH", "established", None, EV, note="'previously' (no date); 'Esawtini' = Eswatini"))

# ---------------------------------------------------------------- xab_bizstandard_tuvalu_2014.txt (news, no dateline)
D = "xab_bizstandard_tuvalu_2014.txt"
EV = "The tiny Pacific island nation of Tuvalu has withdrawn its decision to recognise Georgia's breakaway regions of Abkhazia and South Ossetia as independent"
for o in ("XAB", "XSO"):
    A(C(D, "recognition", "TUV", o, "withdrawn", None, EV,
        note="'Georgia said today' (no dateline); restated: 'signed a document reversing the 2011 decision'"))
EV = "Tuvalu recognised the regions as independent states in 2011"
for o in ("XAB", "XSO"):
    A(C(D, "recognition", "TUV", o, "positive", "2011", EV))
A(C(D, "contact", "TUV", "GEO", None, None,
    "The foreign minister of Tuvalu, Taukelina Finikaso, signed a document reversing the 2011 decision while on a visit to Tbilisi",
    note="visit to Tbilisi"))
A(S(D, "Tuvalu", "TUV", "GEO", "support", None,
    "\"Tuvalu recognises the territorial integrity of Georgia within its internationally recognised borders",
    quote="Tuvalu recognises the territorial integrity of Georgia within its internationally recognised borders, including its regions -- the autonomous republic of Abkhazia and the Tskhinvali region/South Ossetia,",
    note="the signed document, quoted by Georgia's foreign ministry"))
EV = "Abkhazia and South Ossetia's independence was first recognised by Russia after it defeated Georgia in a brief 2008 war"
for o in ("XAB", "XSO"):
    A(C(D, "recognition", "RUS", o, "positive", None, EV, note="'after' the 2008 war: no date of its own"))
EV = "Tuvalu was one of the few countries to follow Moscow's lead and recognise the Georgian rebel regions as independent, along with Nicaragua, Venezuela and two other Pacific states, Nauru and Vanuatu."
for s in ("TUV", "NIC", "VEN", "NRU", "VUT"):
    for o in ("XAB", "XSO"):
        A(C(D, "recognition", s, o, "positive", None, EV,
            note="undated restatement for Tuvalu (guideline 1)" if s == "TUV" else None))
EV = "Last year Vanuatu also retracted its recognition of the two Georgian rebel regions."
for o in ("XAB", "XSO"):
    A(C(D, "recognition", "VUT", o, "withdrawn", None, EV, note="'last year' with no dateline"))
A(S(D, "Georgia", "GEO", "RUS", "oppose", None,
    "the Kremlin permanently stationed thousands of troops in the two regions in a move described by Georgia and its Western allies as occupation.",
    note="stance: describes Russia's troops as occupation; 'its Western allies' unnamed"))

# ---------------------------------------------------------------- xar_ponars_2020.txt (blog, dated 02 Oct 2020)
D = "xar_ponars_2020.txt"
A(C(D, "recognition", "ARM", "XAR", "negative", None,
    "Nagorno-Karabakh Republic (NKR) has not been recognized by any UN member state, including Armenia.",
    note="status, no date of its own; 'rumors about Uruguay’s willingness to recognize' and 'Tuvalu’s intentions to establish diplomatic relations' are rumours that 'have not materialized': not annotated"))
EV = "NKR has been recognized by Abkhazia, South Ossetia and Transnistria"
for s in ("XAB", "XSO", "XTR"):
    A(C(D, "recognition", s, "XAR", "positive", None, EV))
EV = ("Rhode Island, Massachusetts, Louisiana, Maine, California, Georgia, "
      "Hawaii, Michigan, Colorado, Minnesota in the U.S.; New South Wales in Australia; and Basque Country in Spain, which all "
      "have adopted a motion supporting NKR’s right to self-determination")
for body in ("Rhode Island", "Massachusetts", "Louisiana", "Maine", "California", "Georgia (U.S. state)", "Hawaii",
             "Michigan", "Colorado", "Minnesota", "New South Wales", "Basque Country"):
    A(S(D, body.replace(" (U.S. state)", ""), body, "XAR", "support", None, EV,
        note="sub-national entity: speaks for itself, not for its state (guideline 7)"))

# ---------------------------------------------------------------- xnc_meribaate_qa.txt (qa, no date)
D = "xnc_meribaate_qa.txt"
A(C(D, "recognition", "TUR", "XNC", "positive", None,
    "Northern Cyprus, officially known as the Turkish Republic of Northern Cyprus (TRNC), is a self-declared state that is recognized only by Turkey."))
A(C(D, "independence", "XNC", "CYP", None, "1983", "In 1983, Northern Cyprus declared independence",
    note="object implied (the Republic of Cyprus)"))
A(S(D, "the United Nations", "UN", "XNC", "oppose", "1983",
    "this was immediately condemned by the United Nations, which passed resolutions declaring the TRNC’s independence legally invalid.",
    note="'immediately' after the 1983 declaration"))
A(S(D, "The United Nations Security Council (UNSC) resolutions", "UNSC", "XNC", "oppose", None,
    "The United Nations Security Council (UNSC) resolutions, such as Resolution 541, prompted most countries to avoid recognizing Northern Cyprus.",
    note="stance of the resolutions"))
A(S(D, "Turkey", "TUR", "XNC", "support", None,
    "Only Turkey has consistently supported the TRNC, maintaining diplomatic relations and aiding in the establishment of representative offices abroad."))
A(C(D, "relations", "TUR", "XNC", "established", None,
    "Only Turkey has consistently supported the TRNC, maintaining diplomatic relations"))
EV = "Several countries, such as Bangladesh and Pakistan, initially considered recognizing Northern Cyprus but withdrew under international pressure."
for s in ("BGD", "PAK"):
    A(C(D, "recognition", s, "XNC", "planned", None, EV,
        note="[uncertain polarity] 'considered recognizing … but withdrew' (the consideration, not a recognition, was withdrawn)"))
A(S(D, "Azerbaijan", "AZE", "XNC", "support", None, "Azerbaijan has also shown sympathy toward the TRNC",
    note="stance: sympathy"))
A(C(D, "recognition", "Nakhichivan Autonomous Republic", "XNC", "positive", None,
    "the Nakhichivan Autonomous Republic, which recognized Northern Cyprus’ independence unofficially",
    note="sub-national entity (of Azerbaijan); 'unofficially'"))
A(C(D, "recognition", "AZE", "XNC", "negative", None, "Azerbaijan has refrained from officially recognizing the TRNC"))
A(S(D, "the European Union (EU)", "EU", "XNC", "support", "2004",
    "the European Union (EU) expressed a desire to reduce the economic isolation of Northern Cyprus.",
    note="[uncertain stance] desire to reduce Northern Cyprus' isolation, 'In 2004, following' the referendum"))

# ---------------------------------------------------------------- xsl_contest_embassy_2020.txt (news, no dateline)
D = "xsl_contest_embassy_2020.txt"
A(C(D, "relations", "TWN", "XSL", "established", None,
    "The two countries which are yet to get recognition from the United Nations agreed to enter into diplomatic in July",
    note="[uncertain polarity] 'agreed to enter into diplomatic [relations]' (word missing in the page), embassies opened since; 'in July' with no year"))
EV = "The two countries which are yet to get recognition from the United Nations"
for o in ("TWN", "XSL"):
    A(C(D, "recognition", "UN", o, "negative", None, EV,
        note="[uncertain kind] 'yet to get recognition from the United Nations' read literally (could be UN membership)"))
A(C(D, "contact", "XSL", "TWN", None, None,
    "Yasin Hagi Mohamud Hiir “Faratoon visited Taipei and held talks with Taiwan’s leadership.",
    note="the Somaliland foreign minister's visit, 'in July' with no year"))
A(C(D, "agreement", "TWN", "XSL", None, None,
    "Taiwan and Somaliland have agreed to cooperate on higher education, agriculture, mining, fishing, energy, public health, and information technology."))
A(S(D, "Hagi", "XSL", "TWN", "support", None,
    "Hagi, the new Somaliland envoy to Taiwan said trade, security and development corporation were key aspects of “this very special relationship.”",
    quote="this very special relationship.",
    note="also 'members of the same community of democracies'"))
A(S(D, "Taiwan’s Foreign Minister Joseph Wu", "TWN", "XSL", "support", None,
    "Taiwan’s Foreign Minister Joseph Wu said both faced external pressures but are “proud of our sovereignty and ready to defend it.”",
    quote="proud of our sovereignty and ready to defend it.",
    note="[uncertain stance] speaks of both Taiwan's and Somaliland's sovereignty"))
EV = "While China and Somalia condemned the partnership, the United States came out hailed it as a step in the right direction."
for s, name in (("CHN", "China"), ("SOM", "Somalia")):
    for o in ("TWN", "XSL"):
        A(S(D, name, s, o, "oppose", None, EV,
            note="[uncertain object] condemned the partnership between Somaliland and Taiwan (both parties acted); for China also 'considered by China a part of its territory'" if (s, o) == ("CHN", "TWN") else "[uncertain object] condemned the partnership between Somaliland and Taiwan (both parties acted)"))
for o in ("TWN", "XSL"):
    A(S(D, "the United States", "USA", o, "support", None, EV,
        note="[uncertain object] hailed the partnership as a step in the right direction"))
A(C(D, "independence", "XSL", "SOM", None, "1991",
    "Somaliland is recognized internationally as part of Somalia, from which it broke away in 1991."))

# ---------------------------------------------------------------- xsl_slmonitor_2020.txt (news, no dateline)
D = "xsl_slmonitor_2020.txt"
A(C(D, "relations", "TWN", "XSL", "established", None,
    "Taiwan and the breakaway East African state of Somaliland announced they established official relations on Wednesday.",
    note="also the title 'Somaliland, Taiwan Announce Bilateral Relations'; 'Wednesday' with no dateline"))
EV = "Taiwanese president, Somaliland foreign minister announce the decision to officially recognize each other"
A(C(D, "recognition", "TWN", "XSL", "positive", None, EV, note="subtitle: 'recognize each other'"))
A(C(D, "recognition", "XSL", "TWN", "positive", None, EV, note="subtitle: 'recognize each other'"))
A(S(D, "Somaliland’s Foreign Ministry Yasin Haji Mohamoud", "XSL", "TWN", "support", None,
    "“The Government of Somaliland identified issues of mutual concern, including building-bridges of diplomacy; opening missions to boost political and socioeconomic links between the Republic of Somaliland and the Republic of China [Taiwan],”",
    quote="The Government of Somaliland identified issues of mutual concern, including building-bridges of diplomacy; opening missions to boost political and socioeconomic links between the Republic of Somaliland and the Republic of China [Taiwan],"))
A(S(D, "Taiwanese President Tsai Ing-wen", "TWN", "XSL", "support", None,
    "Taiwan & Somaliland are building bilateral ties based on shared values, & we look forward to opening representative offices in both countries to expand mutually beneficial cooperation,",
    quote="It was a great pleasure to meet Somaliland Foreign Minister Yasin Hagi Mohamoud earlier this year. Taiwan & Somaliland are building bilateral ties based on shared values, & we look forward to opening representative offices in both countries to expand mutually beneficial cooperation,"))
A(C(D, "contact", "TWN", "XSL", None, None,
    "It was a great pleasure to meet Somaliland Foreign Minister Yasin Hagi Mohamoud earlier this year.",
    note="Tsai met the Somaliland foreign minister 'earlier this year' (no year)"))
A(C(D, "agreement", "TWN", "XSL", None, None,
    "Taipei and “independent country” Somaliland had signed an agreement to set up representative offices in each other’s territory"))
A(S(D, "Taiwanese Foreign Minister Joseph Wu", "TWN", "XSL", "support", None,
    "Earlier, Taiwanese Foreign Minister Joseph Wu said on Twitter that Taipei and “independent country” Somaliland",
    note="stance: calls Somaliland an 'independent country'"))
A(S(D, "China", "CHN", "TWN", "oppose", None, "China considers it a Chinese province", note="stance"))
A(C(D, "recognition", "USA", "TWN", "negative", None,
    "China refuses diplomatic relations with any country that recognizes Taiwan, a move the US stops short of officially.",
    note="[uncertain] 'a move the US stops short of officially' = the US does not officially recognise Taiwan"))
A(C(D, "independence", "XSL", "GBR", None, "1960-06-26",
    "A former colony of British empire, the Protectorate of Somaliland became fully independent on June 26, 1960.",
    note="from the British empire"))
A(C(D, "independence", "SOM", "ITA", None, "1960-07",
    "Following the independence of Somalia from Italy on July the same year",
    note="'July the same year' = July 1960"))

# ---------------------------------------------------------------- xtr_rferl_referendum_2006.txt (news, dated September 18, 2006)
D = "xtr_rferl_referendum_2006.txt"
A(C(D, "independence", "XTR", "MDA", None, "1990",
    "Pro-Russian separatist region declared independence from Moldova in 1990"))
A(S(D, "Moldova", "MDA", "XTR", "oppose", None,
    "Moldova and Western countries have vowed not to recognize the referendum.",
    note="the independence referendum; 'Western countries' unnamed"))
A(S(D, "Russia", "RUS", "XTR", "support", None,
    "But the territory receives strong, albeit unofficial support from Russia.", note="stance"))
A(S(D, "Moscow", "RUS", "XKX", "oppose", None,
    "As an ally of Serbia, Moscow has consistently opposed the idea of Kosovar independence."))
A(C(D, "relations", "RUS", "SRB", "established", None, "As an ally of Serbia, Moscow",
    note="[uncertain polarity] an ally, read as held relations (guideline 4)"))

# ================================================================ batch 7 (annotated 2026-12-07, no extractor run)

# ---------------------------------------------------------------- esh_nationworldnews_explainer.txt (explainer, no dateline)
D = "esh_nationworldnews_explainer.txt"
A(S(D, "The former US president, Donald Trump", "USA", "MAR", "support", "2020-12",
    "The former US president, Donald Trump, recognized Morocco’s sovereignty over this area in December 2020",
    note="recognising Morocco's sovereignty over Western Sahara read as support of Morocco (as 'recognize Morocco's annexation' in earlier batches)"))
A(S(D, "the traditional Spanish position", "ESP", "MAR", "support", None,
    "Then came the controversial change in the traditional Spanish position, with the same arguments: that the autonomy plan of Morocco, the conqueror, is the most “serious, realistic and reliable” to end the conflict.",
    quote="serious, realistic and reliable", note="Spain's changed position: support of Morocco's autonomy plan"))
A(S(D, "Israel", "ISR", "MAR", "support", None,
    "And even Israel, supported by the Abraham Accords that opened up the Arab world to it, jumped on the bandwagon to support Rabat at this point."))
A(C(D, "membership", "ESH", "AU", "joined", None,
    "Many African countries recognize the independence of the SADR, until it is part of the African Union",
    note="[uncertain] machine-translated 'until it is part of the African Union' read as the SADR being an AU member; 'Morocco left' the AU is a withdrawal (no polarity, not annotated); 'many African countries' names no actor"))

# ---------------------------------------------------------------- pse_diva_sweden_2015.txt (academic abstract, no dateline)
D = "pse_diva_sweden_2015.txt"
A(C(D, "recognition", "SWE", "PSE", "positive", "2014-10",
    "In October 2014, Sweden’s new left-wing government became the first member of the European Union (EU) to recognize the State of Palestine."))
EV = "Previously, Malta and Cyprus had recognized Palestine, but that was before they joined the EU."
for s in ("MLT", "CYP"):
    A(C(D, "recognition", s, "PSE", "positive", None, EV, note="before joining the EU, before October 2014"))
    A(C(D, "membership", s, "EU", "joined", None, EV))
A(C(D, "recognition", "CZE", "PSE", "positive", None,
    "some of these states (the Czech Republic in particular) have emerged as Israel’s closest allies in Europe",
    note="[uncertain] the Czech Republic named as one of 'these states', the Central European members that 'recognized Palestine when they were part of the Soviet Union'"))
A(S(D, "the Czech Republic", "CZE", "ISR", "support", None,
    "some of these states (the Czech Republic in particular) have emerged as Israel’s closest allies in Europe",
    note="stance: 'Israel's closest allies'"))
A(S(D, "Israel", "ISR", "SWE", "oppose", None,
    "Israel had initially feared that Sweden’s recognition would unleash an avalanche of similar recognitions",
    note="[uncertain polarity] Israel feared the effect of Sweden's recognition"))
EV = "parliaments in a number of other EU member states (Ireland, the United Kingdom, France, Portugal, Spain and Italy) adopted resolutions supporting Palestinian statehood"
for s in ("IRL", "GBR", "FRA", "PRT", "ESP", "ITA"):
    A(S(D, "parliaments in a number of other EU member states", s, "PSE", "support", None, EV,
      note="national parliament's resolution supporting Palestinian statehood, after Sweden's October 2014 recognition"))

# ---------------------------------------------------------------- twn_taiwannews_burkina_2018.txt (news, dateline 2018-05-24, a Thursday)
D = "twn_taiwannews_burkina_2018.txt"
A(C(D, "relations", "BFA", "TWN", "severed", "2018-05-24",
    "Burkina Faso’s foreign ministry announced on Thursday that it has cut diplomatic ties with Taiwan.",
    note="'Thursday' against the dateline 2018-05-24 (a Thursday); Taiwan's own 'will cut ties with Burkina Faso immediately' the same day is the same claim"))
A(S(D, "China", "CHN", "TWN", "oppose", None,
    "China, which has been applying pressure on Taiwan’s allies around the world to cut diplomatic ties with Taiwan",
    note="stance"))
A(C(D, "relations", "SWZ", "TWN", "established", None,
    "the Kingdom of eSwatini is the only country in Africa that still maintains diplomatic relations with Taiwan"))
A(C(D, "relations", "BFA", "TWN", "established", "1961",
    "Burkina Faso, a landlocked country in West Africa, established diplomatic ties with Taiwan in 1961"))
EV = "but severed the ties and switched its allegiance to China in 1973"
A(C(D, "relations", "BFA", "TWN", "severed", "1973", EV))
A(C(D, "recognition", "BFA", "TWN", "withdrawn", "1973", EV,
    note="[uncertain] 'switched its allegiance' read as switching recognition (guideline 3)"))
A(C(D, "recognition", "BFA", "CHN", "positive", "1973", EV,
    note="[uncertain] 'switched its allegiance to China' read as switching recognition (guideline 3)"))
A(C(D, "relations", "BFA", "TWN", "established", "1994",
    "The African country restored diplomatic relations with Taiwan in 1994."))
A(S(D, "Taiwan's Minister of Foreign Affairs Joseph Wu", "TWN", "BFA", "oppose", "2018-05-24",
    "He also said he was indignant at Burkina Faso's diplomatic flip-flop",
    note="Taiwan's Foreign Minister Joseph Wu at a press conference 'on Thursday night'"))

# ---------------------------------------------------------------- xar_commonspace_2016.txt (news, no dateline)
D = "xar_commonspace_2016.txt"
A(S(D, "The Armenian government", "ARM", "XAR", "support", None,
    "The Armenian government gave its approval on Thursday to debate a bill that would recognize the self-declared Nagorno-Karabakh Republic as independent.",
    note="[uncertain polarity] approval to debate a recognition bill (not a plan to recognise); 'Thursday', no dateline"))
A(S(D, "Shavarsh Kocharyan, Armenia’s deputy foreign minister", "ARM", "XAR", "support", None,
    "Shavarsh Kocharyan, Armenia’s deputy foreign minister, said recognition is a possibility.",
    quote="If Azerbaijan unleashes new military aggression, the recognition of Nagorno-Karabakh will be included in the agenda,",
    note="[uncertain polarity] conditional: recognition 'a possibility'"))
A(S(D, "Russian foreign minister Sergei Lavrov", "RUS", "XAR", "neutral", None,
    "Russian foreign minister Sergei Lavrov said on Wednesday it was important not to \"sound alarm and panic\" about the prospect of Nagorno-Karabakh's independence being recognised.",
    quote="sound alarm and panic", note="[uncertain polarity] status 'not unilaterally'"))
A(C(D, "recognition", "USA", "XAR", "negative", None,
    "The United States said on Friday it does not recognise Nagorno-Karabakh as independent.",
    note="'on Friday', no dateline"))

# ---------------------------------------------------------------- xkx_trend_estonia_2008.txt (news, dated 24 April 2008)
D = "xkx_trend_estonia_2008.txt"
A(C(D, "recognition", "EST", "XKX", "positive", "2008-02-21",
    "The Baltic nation recognized Kosovo's independence on February 21, days after Kosovo declared independence from Serbia on February 17.",
    note="year from the dateline (24 April 2008); 'scheduled to establish diplomatic relations Thursday' is a future establishment (guideline 4: not annotated)"))
A(C(D, "independence", "XKX", "SRB", None, "2008-02-17",
    "days after Kosovo declared independence from Serbia on February 17", note="year from the dateline"))
EV = "Kosovo has been formally recognized by 36 countries, of which Albania, Austria, Britain, Germany, Switzerland and the United States have opened embassies in Kosovo's capital Pristina."
for s in ("ALB", "AUT", "GBR", "DEU", "CHE", "USA"):
    A(C(D, "recognition", s, "XKX", "positive", None, EV, note="named among the 36 recognising countries"))
    A(C(D, "relations", s, "XKX", "established", None, EV,
      note="[uncertain] an embassy opened in Pristina read as diplomatic relations (batch 5 reading)"))

# ---------------------------------------------------------------- xnc_thefullwiki_udi_enc.txt (encyclopedia mirror)
D = "xnc_thefullwiki_udi_enc.txt"
A(C(D, "independence", "XNC", "CYP", None, "1983-11-15",
    "it ended with a declaration that Northern Cyprus was an independent and sovereign state",
    note="the declaration was presented 'on November 15 1983'"))
A(C(D, "vote", "UNSC", "XNC", None, None,
    "The United Nations Security Council issued two resolutions (541 and 550)",
    note="resolutions 541 and 550, no counts or dates given; one line because the two are identical in SCHEMA.md's fields (build.py refuses duplicates)"))
A(S(D, "The United Nations Security Council", "UNSC", "XNC", "oppose", None,
    "proclaiming that the Turkish Cypriot UDI was illegal and requesting that no other sovereign state should recognize the legality of the declaration and asked for its withdrawal"))
A(S(D, "the UN Security Council", "UNSC", "CYP", "support", None,
    "requesting all states to recognize the Sovereignty and Territorial Integrity of the island nation Republic of Cyprusmarker"))
A(C(D, "recognition", "TUR", "XNC", "positive", None, "To date, only Turkeymarker has given formal recognition"))
A(C(D, "recognition", "OIC", "XNC", "negative", None,
    "the Organisation of the Islamic Conference recognizes the TRNCmarker as a constituent state of the Republic of Cyprusmarker",
    note="[uncertain] recognised as a constituent state of Cyprus, not as a sovereign state"))
A(C(D, "recognition", "Nakhichivan Autonomous Republic", "XNC", "positive", None,
    "The parliament of the Nakhichevan Autonomous Republicmarker, which is a self-governing exclave of Azerbaijanmarker, has issued a resolution recognizing the TRNC as a sovereign nation",
    note="not official (the text says so)"))
A(C(D, "recognition", "AZE", "XNC", "negative", None,
    "this recognition is not shared by Azerbaijan's central government"))

# ---------------------------------------------------------------- xtr_cfipfs_foreign_enc.txt (encyclopedia mirror)
D = "xtr_cfipfs_foreign_enc.txt"
A(C(D, "membership", "XTR", "CDRN", "joined", None,
    "is a member of one international organization, the Community for Democracy and Human Rights, that was established by these four states",
    note="CDRN = Community for Democracy and Rights of Nations (not in data/actors.csv)"))
for s in ("XAB", "XSO", "XAR"):
    A(C(D, "membership", s, "CDRN", "joined", None,
        "is a member of one international organization, the Community for Democracy and Human Rights, that was established by these four states",
        note="[uncertain] 'established by these four states' = Transnistria and its three recognisers"))
EV = "Abkhazia Abkhazia 22 January 1993 or before[note 1] Mutual recognition."
A(C(D, "recognition", "XAB", "XTR", "positive", None, EV, note="'22 January 1993 or before' (date not exact; the note says it is not clear)"))
A(C(D, "recognition", "XTR", "XAB", "positive", None, EV, note="mutual; '22 January 1993 or before'"))
EV = "Nagorno-Karabakh Republic Nagorno-Karabakh Mutual recognition."
A(C(D, "recognition", "XAR", "XTR", "positive", None, EV))
A(C(D, "recognition", "XTR", "XAR", "positive", None, EV, note="mutual"))
EV = "South Ossetia South Ossetia 12 October 1994 or before[note 1] Mutual recognition."
A(C(D, "recognition", "XSO", "XTR", "positive", None, EV, note="'12 October 1994 or before'"))
A(C(D, "recognition", "XTR", "XSO", "positive", None, EV, note="mutual; '12 October 1994 or before'"))
A(C(D, "recognition", "RUS", "XTR", "negative", None,
    "Russia maintains a consulate in Transnistria, but hasn't recognized it as an independent state."))
A(S(D, "President Dmitri Medvedev", "RUS", "XTR", "support", "2010",
    "During a visit to Kiev in 2010, President Dmitri Medvedev said he supported \"special status\" for Transnistria",
    quote="special status", note="[uncertain polarity] 'special status' (not independence)"))
A(C(D, "agreement", "XAB", "XTR", None, "1993-01-22",
    "Abkhazia and Transnistria signed a Treaty on Friendship and Cooperation on 22 January 1993"))
A(C(D, "agreement", "XSO", "XTR", None, "1994-10-12",
    "South Ossetia and Transnistria signed a Treaty on Friendship and Cooperation on 12 October 1994"))

# ================================================================ batch 8 (frozen 2026-12-07 in a4bb9e7, annotated by hand
# before any extractor was run on its documents)

# ---------------------------------------------------------------- esh_saharanews_kenya_2007.txt (news, dateline 'Nairobi, July 18' without year)
D = "esh_saharanews_kenya_2007.txt"
A(C(D, "recognition", "KEN", "ESH", "withdrawn", "2007",
    "Kenyan authorities has brought to the attention of the African Union Commission their decision to freeze their recognition of the so-called Sahrawi Arab Democratic Republic (SADR)",
    note="'freeze' read as suspended (withdrawn); said in the joint statement issued after the June 24-26, 2007 visit; the dateline 'July 18' has no year"))
A(S(D, "Kenya", "KEN", "MAR", "support", None,
    "Kenya welcomed, in the same paragraph, Morocco's initiative aiming to settle the Sahara dispute",
    note="stance toward Morocco's initiative"))
A(C(D, "relations", "KEN", "ESH", "severed", "2006-10",
    "Kenya had suspended, in October 2006, its one-year old diplomatic relations with the so-called SADR.",
    note="'suspended' relations read as severed"))
A(C(D, "relations", "KEN", "ESH", "established", None,
    "Kenya had suspended, in October 2006, its one-year old diplomatic relations with the so-called SADR.",
    note="[uncertain] relations 'one-year old' in October 2006 (so established about 2005; the text gives no date)"))
A(C(D, "contact", "MAR", "KEN", None, "2007-06",
    "the official visit of the Moroccan foreign minister, Mohammed Benaissa, to Kenya on June 24th through 26th,2007",
    note="June 24-26, 2007"))
A(C(D, "relations", "MAR", "KEN", "established", "2007-06",
    "Morocco announced at the end of Mr. Benaissa’s visit to Kenya its decision to restore its diplomatic mission in Nairobi to full ambassadorial status",
    note="[uncertain polarity] a diplomatic mission restored to ambassadorial status; end of the June 24-26, 2007 visit"))
A(C(D, "independence", "ESH", None, None, "1976",
    "The so-called SADR was only proclaimed in 1976"))

# ---------------------------------------------------------------- xab_rt_nicaragua_relations.txt (news, no dateline)
D = "xab_rt_nicaragua_relations.txt"
A(C(D, "relations", "NIC", "XSO", "established", None,
    "The Foreign Ministers of South Ossetia and Nicaragua, Murat Dhulioyev and Samuel Santos Lopez, have signed a declaration in Tskhinval establishing diplomatic relations between the two countries."))
A(C(D, "agreement", "XSO", "NIC", None, None,
    "The Foreign Ministers of South Ossetia and Nicaragua, Murat Dhulioyev and Samuel Santos Lopez, have signed a declaration in Tskhinval establishing diplomatic relations between the two countries.",
    note="the declaration; a protocol on consultations 'has also been signed' (same parties, no date: one line)"))
A(C(D, "contact", "NIC", "XSO", None, None,
    "While in Tskhinval from April 13 to April 15, the Nicaraguan officials",
    note="'April 13 to April 15' without year"))
A(C(D, "independence", "XSO", "GEO", None, None,
    "After the war, South Ossetia proclaimed its independence",
    note="after the August 2008 war; no date given for the proclamation"))
A(C(D, "recognition", "GEO", "XSO", "negative", None,
    "South Ossetia proclaimed its independence, which Georgia has to date not recognized"))
A(S(D, "Georgia’s parliament", "GEO", "RUS", "oppose", None,
    "Georgia’s parliament sent an appeal to the parliaments of over 50 countries, including the United States, Canada, Israel and almost every country in Europe, urging them to recognize Russia as an occupying force in Abkhazia and South Ossetia.",
    note="'On Tuesday' with no dateline"))
A(S(D, "the EU Independent Fact Finding Mission report", "EU", "GEO", "oppose", None,
    "according to the EU Independent Fact Finding Mission report into the conflict, Georgia was found responsible for unleashing the Five-Day War in the Caucasus.",
    note="[uncertain speaker] an EU-commissioned report"))
EV = "So far Russia, Nicaragua, Venezuela, and the Pacific island nation of Nauru have recognized South Ossetia and Abkhazia as independent countries."
for s in ("RUS", "NIC", "VEN", "NRU"):
    for o in ("XSO", "XAB"):
        A(C(D, "recognition", s, o, "positive", None, EV))

# ---------------------------------------------------------------- xar_horizon_babayan.txt (statement quoted by a newspaper, no dateline)
D = "xar_horizon_babayan.txt"
EV = "The Republic of Artsakh has been recognized by a number of countries, such as Abkhazia, South Ossetia, Pridnestrovye, dozens of US and Australian states"
for s in ("XAB", "XSO", "XTR"):
    A(C(D, "recognition", s, "XAR", "positive", None, EV, note="Pridnestrovye = Transnistria" if s == "XTR" else None))
A(C(D, "recognition", "Los Angeles", "XAR", "positive", None,
    "Artsakh has been recognized both by small towns with a population of 2-3 thousand people to such a metropolis as LosAngeles",
    note="a city, by name; the US and Australian states are not named"))
A(S(D, "Artsakh FM", "XAR", "AZE", "oppose", None,
    "Artsakh will never be a part of Azerbaijan, within which we will be destroyed,” wrote Artsakh FM.",
    quote="Artsakh will never be a part of Azerbaijan, within which we will be destroyed,",
    note="David Babayan, foreign minister of Artsakh"))

# ---------------------------------------------------------------- xnc_logisticsturkey_ots.txt (news, no dateline; the ninth OTS summit)
D = "xnc_logisticsturkey_ots.txt"
A(C(D, "membership", "XNC", "OTS", "joined", None,
    "The unrecognized Turkish Republic of Northern Cyprus (TRNC) has received the status of an observer member of the Organization of Turkic States (OTH).",
    note="observer"))
A(S(D, "Çavuşoğlu", "TUR", "XNC", "support", None,
    "We are always and everywhere near the TRNC,” Çavuşoğlu wrote.",
    quote="The Turkish Republic of Northern Cyprus was accepted as an observer member of the Organization of Turkic States. We are always and everywhere near the TRNC,",
    note="Turkish Foreign Minister Mevlut Cavusoglu"))
A(S(D, "Turkish President Recep Tayyip Erdoğan", "TUR", "XNC", "support", None,
    "“Our Cypriot brothers, who are an integral part of the Turkic world, are not alone,” he said.",
    quote="Our Cypriot brothers, who are an integral part of the Turkic world, are not alone,"))
A(S(D, "the Uzbek Foreign Ministry", "UZB", "XNC", "oppose", None,
    "After the summit, the Uzbek Foreign Ministry denied this information.",
    note="[uncertain polarity] denied that the TRNC was made an observer"))
A(S(D, "Norov", "UZB", "XNC", "oppose", None,
    "Recognition of North Cyprus as an independent state is out of the question,” Norov said",
    quote="No separate decision on North Cyprus was signed at the summit. Uzbekistan is strictly guided by international law, especially on issues of sovereignty, independence and territorial integrity. Recognition of North Cyprus as an independent state is out of the question,",
    note="Uzbek Foreign Minister Vladimir Norov"))
A(C(D, "recognition", "UZB", "XNC", "negative", None,
    "Recognition of North Cyprus as an independent state is out of the question,” Norov said"))
A(C(D, "recognition", "TUR", "XNC", "positive", None, "It was recognized only by Ankara.",
    note="'It' = the TRNC"))
A(S(D, "The Greek authorities", "GRC", "XNC", "oppose", None,
    "The Greek authorities consider the territory of the TRNC to be occupied.",
    note="[uncertain speaker] may mean the Greek Cypriot authorities"))

# ---------------------------------------------------------------- xsl_slpost_pressrelease_2022.txt (government press release, no dateline)
D = "xsl_slpost_pressrelease_2022.txt"
A(C(D, "contact", "XSL", "USA", None, None,
    "the recent visit of a delegation led by the President of the Republic of Somaliland, H.E. Muse Bihi Abdi, to the United States of America"))
A(C(D, "contact", "USA", "XSL", None, "2021-12",
    "the recent fact-finding mission of U.S. congressional staff to Somaliland in December 2021"))

# ---------------------------------------------------------------- xtr_inashville_2022.txt (news, no dateline)
D = "xtr_inashville_2022.txt"
A(S(D, "Vitaly Ignatiev", "XTR", "RUS", "support", None,
    "Foreign Minister of the unrecognized Transnistria Vitaly Ignatiev told RIA Novosti that Tiraspol intends to seek independence with subsequent accession to Russia.",
    note="stance: accession to Russia"))
A(S(D, "Vadim Krasnoselsky", "XTR", "XTR", "support", None,
    "the head of Transnistria, Vadim Krasnoselsky, said that the republic should be recognized not by military means, but by peaceful means",
    note="[uncertain] a call for the republic's own recognition; 'In early May' with no year"))
A(C(D, "membership", "MDA", "EU", "applied", None,
    "Moldova received the status of a candidate member of the EU on June 23",
    note="[uncertain polarity] candidate status; 'June 23' without year"))

# ================================================================ batch 9 (annotated 2026-12-07 before any extractor was run on these documents)

# ---------------------------------------------------------------- esh_sawtbeirut_peru_2024.txt (news, page date line "18 April 2024, Thursday")
D = "esh_sawtbeirut_peru_2024.txt"
A(C(D, "recognition", "PER", "ESH", "withdrawn", None,
    "Morocco welcomed on Thursday Peru’s decision to withdraw recognition of the Polisario’s self-proclaimed Sahrawi Arab Democratic Republic (SADR).",
    note="the decision itself is not dated in the text; Morocco's welcome is Thursday = 2024-04-18 (page date line)"))
A(S(D, "Morocco", "MAR", "PER", "support", "2024-04-18",
    "Morocco welcomed on Thursday Peru’s decision to withdraw recognition of the Polisario’s self-proclaimed Sahrawi Arab Democratic Republic (SADR).",
    note="welcomed Peru's decision; 'Thursday' = the page date 18 April 2024"))
A(S(D, "Morocco’s Ministry of Foreign Affairs", "MAR", "ESH", "oppose", None,
    "Morocco’s Ministry of Foreign Affairs said Rabat “welcomes the decision of the Republic of Peru to withdraw its recognition of the pseudo ‘SADR’ and to support the territorial integrity of the Kingdom and its autonomy initiative.”",
    quote="welcomes the decision of the Republic of Peru to withdraw its recognition of the pseudo ‘SADR’ and to support the territorial integrity of the Kingdom and its autonomy initiative.",
    note="stance: 'the pseudo SADR'"))
A(S(D, "the Republic of Peru", "PER", "MAR", "support", None,
    "welcomes the decision of the Republic of Peru to withdraw its recognition of the pseudo ‘SADR’ and to support the territorial integrity of the Kingdom and its autonomy initiative.",
    note="[uncertain speaker] Peru's support for Morocco's territorial integrity, as Morocco's ministry reports it"))
A(C(D, "contact", "PER", "MAR", None, None,
    "Peru announced the decision after a “recent telephone conversation” between Foreign Minister Miguel Rodriguez Mackay and his Moroccan counterpart Nasser Bourita.",
    note="'recent' telephone conversation of the two foreign ministers"))
A(C(D, "independence", "ESH", None, None, "1976",
    "Of the 193 member countries of the United Nations, 84 percent do not recognize the so-called republic that was declared in 1976.",
    note="no state named from which it was declared; the 84 percent is an aggregate and not annotated"))

# ---------------------------------------------------------------- esh_wiseafri_2019.txt (news, no dateline in the text)
D = "esh_wiseafri_2019.txt"
EV = "Spokesperson of the Moroccan Government Mustapha El Khalfi expressed the government’s satisfaction with El Salvador and Barbados’ decision to withdraw recognition of self-proclaimed Sahrawi Arab Democratic Republic (SADR)."
for s in ("SLV", "BRB"):
    A(C(D, "recognition", s, "ESH", "withdrawn", None, EV,
        note="restated later: 'the decision of El Salvador and Barbados to withdraw their recognition'"))
    A(S(D, "Mustapha El Khalfi", "MAR", s, "support", None, EV, note="satisfaction with the decision"))
A(S(D, "Mustapha El Khalfi", "MAR", "ESH", "oppose", None,
    "“The best proof of this,  is the decision of El Salvador and Barbados to withdraw their recognition of the self-proclaimed SADR, he added.",
    note="stance: 'self-proclaimed SADR'; the number of withdrawals 'will increase'"))
A(S(D, "the Egyptian government", "EGY", "MAR", "support", None,
    "Morocco’s quick reaction resulted in an official apology from the organizing committee, as well as  the Egyptian government.",
    note="[uncertain polarity] an apology to Morocco for a video featuring the SADR flag"))

# ---------------------------------------------------------------- twn_vice_honduras_2023.txt (news, no dateline; 'on Tuesday' unresolved)
D = "twn_vice_honduras_2023.txt"
A(C(D, "relations", "HND", "TWN", "established", None,
    "One of Taiwan’s dwindling list of allies is taking steps to establish diplomatic relations with China",
    note="'One of Taiwan's allies' = Honduras (headline and next paragraph); its planned relations with China are not annotated (guideline 4)"))
A(S(D, "Honduras President Xiomara Castro", "HND", "CHN", "support", None,
    "In a tweet on Tuesday, Honduras President Xiomara Castro said she had instructed the Central American country’s foreign minister to open official relations with China.",
    note="[uncertain] stance: intends to open relations with China; 'Tuesday' has no dateline"))
A(S(D, "Beijing", "CHN", "TWN", "oppose", None,
    "As Beijing considers itself the only legitimate government of China, including Taiwan",
    note="stance"))
EV = "The switch will make Honduras the ninth country—after São Tomé and Príncipe, Panama, the Dominican Republic, Burkina Faso, El Salvador, Kiribati, the Solomon Islands, and Nicaragua—to pivot from Taiwan to China since 2016."
for s in ("STP", "PAN", "DOM", "BFA", "SLV", "KIR", "SLB", "NIC"):
    A(C(D, "recognition", s, "TWN", "withdrawn", None, EV, note="'pivot from Taiwan to China' read as a switch of recognition; 'since 2016' is a bound, not a date"))
    A(C(D, "recognition", s, "CHN", "positive", None, EV, note="'pivot from Taiwan to China' read as a switch of recognition; 'since 2016' is a bound, not a date"))
A(C(D, "relations", "USA", "TWN", "none", None,
    "The U.S. has no formal diplomatic ties with Taiwan, but maintains a robust economic and security partnership with the island."))
A(C(D, "agreement", "SAU", "IRN", None, None,
    "it asserted itself as a peacemaker by mediating a truce between Saudi Arabia and Iran",
    broker="CHN", note="'it' = Beijing"))

# ---------------------------------------------------------------- xar_armeniandiaspora_nsw_2012.txt (news reprint, dated 29/10/2012)
D = "xar_armeniandiaspora_nsw_2012.txt"
A(C(D, "recognition", "New South Wales", "XAR", "positive", None,
    "The legislature in New South Wales, Australia, has recognized the\nindependence of Nagorno-Karabakh",
    note="an Australian state, by name; headline 'Australia's largest state recognizes Nagorno-Karabakh Republic'"))
A(C(D, "independence", "XAR", "AZE", None, None,
    "region which claimed independence from Azerbaijan in the late 1980s",
    note="'in the late 1980s' has no date form"))
EV = "said\nAzerbaijan Foreign Ministry spokesman Elman Abdullayev."
Q = "Armenia\nis indulging in wishful thinking as usual. Now they are trying to\npresent the opinion of one or two members of a regional legislature\nas recognition of Nagorno-Karabakh's supposed independence,"
A(S(D, "Elman Abdullayev", "AZE", "XAR", "oppose", None, EV, quote=Q))
A(S(D, "Elman Abdullayev", "AZE", "ARM", "oppose", None, EV, quote=Q, note="[uncertain polarity] 'Armenia is indulging in wishful thinking'"))
A(S(D, "Australia", "AUS", "AZE", "support", None,
    "Australia had been supporting Azerbaijan's territorial integrity\nat the official level",
    note="stance, as the Azerbaijani spokesman reports it"))
EV = "Armenian Foreign Minister Edvard Nalbandyan, currently on a visit\nto Costa Rica, said during a meeting with the country's parliament\nspeaker"
Q = "The harder Azerbaijan in its attempts to preserve\na status-quo tries to hamper the [OSCE Minsk Group' co-chairmen]\nefforts to end the conflict, the more decisions will be passed similar\nto the New South Wales parliament resolution, which will eventually\npave the way for international recognition of Nagorno-Karabakh."
A(S(D, "Edvard Nalbandyan", "ARM", "XAR", "support", None, EV, quote=Q))
A(S(D, "Edvard Nalbandyan", "ARM", "AZE", "oppose", None, EV, quote=Q))
A(C(D, "contact", "ARM", "CRI", None, "2012-10", EV,
    note="'currently on a visit' against the dateline 29/10/2012 (month only)"))
A(S(D, "the Legislative Council of the New South Wales Parliament", "New South Wales", "XAR", "support", None,
    "the Legislative\nCouncil of the New South Wales Parliament also appealed to the national\ngovernment to officially recognize the Nagorno-Karabakh Republic",
    note="a call on Australia's government to recognise"))

# ---------------------------------------------------------------- xkx_urdupoint_dacic_2019.txt (news, dated 2019-08-16, a Friday)
D = "xkx_urdupoint_dacic_2019.txt"
A(S(D, "Ivica Dacic", "SRB", "XKX", "oppose", "2019-08-16",
    "Dacic said on national television.",
    quote="We have reviewed the list of 116 states which, as Pristina claims, have recognized the independence of Kosovo. We have scrutinized this list, and the actual number of these states is below 100. There are 14 states that have withdrawn recognition and I already know which state will be the 15th, but I will announce it next week,",
    note="'said on Friday' = the dateline 2019-08-16; Serbian First Deputy Prime Minister and Foreign Minister"))
EV = "Last Tuesday, the US Embassy in Pristina published a joint appeal of the United States, United Kingdom, Germany, France and Italy to the authorities of Serbia and Kosovo to resume dialogue under the EU auspices in Brussels."
for s in ("USA", "GBR", "DEU", "FRA", "ITA"):
    A(S(D, "the United States, United Kingdom, Germany, France and Italy", s, "XKX", "support", "2019-08-13", EV,
        note="[uncertain polarity] the appeal urges Belgrade to stop lobbying for withdrawals of Kosovo's recognition; 'Last Tuesday' against the Friday dateline 2019-08-16"))
EV = "The list of states that have revoked recognition of Kosovo includes the Central African Republic, Palau, Madagascar, Solomon Islands, Comoro Islands, Dominica, Suriname, Liberia, Sao Tome and Principe, Guinea-Bissau, Burundi, Papua New Guinea, Lesotho, a"
for s in ("CAF", "PLW", "MDG", "SLB", "COM", "DMA", "SUR", "LBR", "STP", "GNB", "BDI", "PNG", "LSO"):
    A(C(D, "recognition", s, "XKX", "withdrawn", None, EV, note="the list is cut by the tool after 'a'"))

# ---------------------------------------------------------------- xnc_wordfromcyprus_trnc.txt (news, no dateline; reports a Turkish newspaper)
D = "xnc_wordfromcyprus_trnc.txt"
EV = "According to Turkish Newspaper “Türkiye”, Azerbaijan, Pakistan & Libya are ready to recognize the “state” in the north of Cyprus"
for s in ("AZE", "PAK", "LBY"):
    A(C(D, "recognition", s, "XNC", "planned", None, EV, note="[uncertain] readiness to recognise, as a newspaper claims it"))
A(S(D, "Dr. Ahmet Şahidov", "Azerbaijan Democracy and Human Rights Institute", "XNC", "support", None,
    "There is no longer an obstacle for Azerbaijan to recognize the TRNC",
    quote="There is no longer an obstacle for Azerbaijan to recognize the TRNC",
    note="President of the Azerbaijan Democracy and Human Rights Institute (no state official)"))
A(C(D, "agreement", "AZE", "ARM", None, None,
    "as per the agreement signed between Azerbaijan and Armenia on the 10th of November",
    note="'the 10th of November' without a year, no dateline"))
A(C(D, "recognition", "EU", "XAR", "planned", None,
    "“European Union was threatening that it would officially recognize the ‘Republic of Artsakh'”",
    note="[uncertain] as the newspaper claims it"))
EV = "Pakistan and Bangladesh previously recognized the independence of the TRNC, however they backtracked from this after pressure from England the USA."
for s in ("PAK", "BGD"):
    A(C(D, "recognition", s, "XNC", "positive", None, EV))
    A(C(D, "recognition", s, "XNC", "withdrawn", None, EV, note="'backtracked'"))
A(C(D, "recognition", "GMB", "XNC", "planned", None,
    "Gambia has also stated that it is ready to recognize the TRNC"))
A(C(D, "recognition", "LBY", "XNC", "positive", None,
    "Libya is also de factor recognizing the TRNC",
    note="[uncertain polarity] 'de facto' recognition"))

# ---------------------------------------------------------------- xtr_enwikipedia_so_relations_enc.txt (encyclopedia)
D = "xtr_enwikipedia_so_relations_enc.txt"
EV = "In the course of the 1990s, both states recognized each other."
A(C(D, "recognition", "XSO", "XTR", "positive", None, EV, note="'in the course of the 1990s' has no date form"))
A(C(D, "recognition", "XTR", "XSO", "positive", None, EV, note="'in the course of the 1990s' has no date form"))
A(C(D, "agreement", "XSO", "XTR", None, "2006",
    "In 2006, representatives of both states signed a Treaty on Friendship, Cooperation, and Mutual Support",
    note="and a Declaration on the Creation of a Community for Democracy and Rights of Nations (same parties and date, one line)"))
EV = "as well as a Declaration on the Creation of a Community for Democracy and Rights of Nations"
for s in ("XSO", "XTR"):
    A(C(D, "membership", s, "CDRN", "joined", "2006", EV, note="[uncertain polarity] founders of the Community, 2006"))
EV = "In 2012, representatives of the Armed Forces of South Ossetia signed a cooperation agreement with representatives of the Armed Forces of Transnistria and the Abkhazian Armed Forces in Sukhum."
for a, b in (("XSO", "XTR"), ("XSO", "XAB"), ("XTR", "XAB")):
    A(C(D, "agreement", a, b, None, "2012", EV, note="three-party agreement of the armed forces, one line per pair"))
A(C(D, "relations", "XSO", "XTR", "established", None,
    "South Ossetia has an Embassy in Tiraspol",
    note="[uncertain polarity] an embassy read as diplomatic relations (batch 5 reading); Transnistria has a representation office in Tskhinval"))
A(C(D, "contact", "XSO", "XTR", None, None,
    "Regularly, representatives of both states visit the other states."))
