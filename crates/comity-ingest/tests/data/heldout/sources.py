#!/usr/bin/env python3
"""Where every held-out document comes from; writes docs/<doc_id>.meta.json sidecars.

All documents were retrieved on 2026-12-02 (batch 5: 2026-12-06; batches 6, 7 and 8: 2026-12-07) with the `search` tool (a stored copy of public pages,
not the live web) and saved exactly as the tool returned the excerpt text (JSON-decoded; the
leading ' date YYYY-MM-DD' line is part of the tool's text and is kept).  The excerpt is the whole
stored text we could see; many end mid-word because the tool cut them.
"""
import json, os

RETRIEVED = "2026-12-02"
SRC = {
 # doc_id: (page kind, url, corpus, query, rank)
 "pse_rbcua_2024": ("news", "https://newsukraine.rbc.ua/news/norway-spain-ireland-decide-to-recognize-1716367394.html", "pages", "Spain Ireland Norway recognise Palestinian state May 2024", 7),
 "pse_inshort_2024": ("news", "https://inshort.pk/world/ireland-norway-spain-recognise-palestine", "pages", "Spain Ireland Norway recognise Palestinian state May 2024", 8),
 "pse_zeenews_2025": ("news", "https://zeenews.india.com/world/after-uk-canada-and-australia-now-france-recognises-palestine-netanyahu-threatens-fierce-response-2963313.html", "pages", "France recognises State of Palestine September 2025 United Kingdom Canada Australia", 2),
 "pse_lorientlejour_2025": ("news", "https://today.lorientlejour.com/article/1471572/fifteen-western-countries-call-on-other-nations-to-express-willingness-to-recognize-palestine.html", "pages", "France recognises State of Palestine September 2025 United Kingdom Canada Australia", 7),
 "twn_newser_2024": ("news", "https://www.newser.com/story/345086/taiwan-is-down-to-12-diplomatic-allies.html", "pages", "Nauru switches diplomatic recognition from Taiwan to China", 8),
 "twn_brisbanetimes_2024": ("news", "https://www.brisbanetimes.com.au/world/asia/nauru-severs-ties-with-taiwan-switches-diplomatic-allegiance-to-china-20240115-p5exh1.html?ref=rss&utm_medium=rss&utm_source=rss_world", "pages", "Nauru switches diplomatic recognition from Taiwan to China", 6),
 "twn_247news_2023": ("news", "https://247newsagency.com/opinion/165490.html", "pages", "Honduras establishes diplomatic relations with China, cuts ties with Taiwan March 2023", 6),
 "twn_nationalpost_2021": ("news", "https://nationalpost.com/pmn/news-pmn/nicaragua-breaks-ties-with-taiwan-switches-allegiance-to-beijing-2", "pages", "Nicaragua breaks ties with Taiwan recognizes Beijing December 2021", 8),
 "esh_wikimili_enc": ("encyclopedia", "https://wikimili.com/en/International_recognition_of_the_Sahrawi_Arab_Democratic_Republic", "pages", "Sahrawi Arab Democratic Republic recognition suspended withdrawn", 2),
 "esh_lmno_enc": ("encyclopedia", "http://lmno.pp.ua/wiki/Foreign_relations_of_the_Sahrawi_Arab_Democratic_Republic", "pages", "Sahrawi Arab Democratic Republic recognition suspended withdrawn", 4),
 "xab_hmong_enc": ("encyclopedia", "https://hmong.es/wiki/International_recognition_of_Abkhazia_and_South_Ossetia", "pages", "Russia recognizes Abkhazia South Ossetia independence August 2008", 3),
 "xab_unpo_2008": ("statement", "https://unpo.org/article/8564", "pages", "Russia recognizes Abkhazia South Ossetia independence August 2008", 1),
 "xab_historysnacks_enc": ("encyclopedia", "https://historysnacks.io/event/V1GsmUeZ/russia-formally-recognized-the-independence-of-the-georgian-breakaway-regions", "pages", "Russia recognizes Abkhazia South Ossetia independence August 2008", 8),
 "xtr_armeniandiaspora_2008": ("news", "https://armeniandiaspora.com/forum/2008/august-2008/140387-moldova-rebel-region-recognises-s-ossetia-abkhazia", "pages", "Transnistria recognised by Abkhazia South Ossetia Moldova independence", 2),
 "xtr_newsbasis_qa": ("qa", "https://newsbasis.com/does-russia-recognize-transnistria/", "pages", "Transnistria recognised by Abkhazia South Ossetia Moldova independence", 6),
 "xar_businessstandard_2023": ("news", "https://www.business-standard.com/amp/world-news/nagorno-karabakh-republic-will-cease-to-exist-from-jan-says-its-leader-123092801008_1.html", "pages", "Nagorno-Karabakh Artsakh republic dissolve decree cease to exist January 2024", 5),
 "xar_ocmedia_2023": ("news", "https://oc-media.org/nagorno-karabakh-republic-to-dissolve-by-january-2024/", "pages", "Nagorno-Karabakh Artsakh republic dissolve decree cease to exist January 2024", 8),
 "xsl_particle_2025": ("news", "https://particle.news/story/un-security-council-sets-emergency-session-on-israels-somaliland-recognition", "pages", "Israel recognizes Somaliland December 2025", 2),
 "xsl_2x3news_2025": ("list", "https://2x3news.com/post/israel-recognizes-somaliland-somalia-regional-allies-condemn-move-897", "pages", "Israel recognizes Somaliland December 2025", 8),
 "xnc_cyprusmail_2022": ("news", "https://cyprus-mail.com/2022/11/11/trnc-given-observer-status-by-organisation-of-turkic-states/", "pages", "Turkish Republic of Northern Cyprus observer Organization of Turkic States", 8),
 "xnc_urdupoint_2022": ("news", "https://www.urdupoint.com/en/world/n-cyprus-becomes-observer-in-organization-of-1592951.html", "pages", "Turkish Republic of Northern Cyprus observer Organization of Turkic States", 3),
 "xnc_dailysabah_2022": ("news", "https://www.dailysabah.com/politics/diplomacy/trnc-observer-status-important-step-for-turkic-world-ots-head", "pages", "Turkish Republic of Northern Cyprus observer Organization of Turkic States", 7),
 "xkx_intellinews_2015": ("news", "http://www.intellinews.com/kosovo-fails-to-become-member-of-unesco-83395/", "pages", "Kosovo fails UNESCO membership vote November 2015", 5),
 "xkx_tribune_2015": ("news", "https://tribune.com.pk/story/988120/kosovo-fails-in-bid-to-gain-unesco-membership?amp=1", "pages", "Kosovo fails UNESCO membership vote November 2015", 6),
 "xkx_reuters_kenya_2025": ("news", "http://3.127.128.221/2025/03/26/kenya-recognises-kosovo-as", "pages", "Kenya recognises Kosovo 2025", 3),
 "xkx_horndiplomat_2025": ("news", "https://horndiplomat.com/2025/03/kenya-officially-recognizes-kosovos-independence-kosovan-president", "pages", "Kenya recognises Kosovo 2025", 8),
 "xkx_globalpolitics_2023": ("news", "https://globalpolitics.info/eu/kosovo-progresses-to-next-stage-of-council-of-europe-membership.html", "pages", "Council of Europe committee of ministers Kosovo membership application PACE vote 2023", 4),
 "xkx_searchwiki_ohrid_enc": ("encyclopedia", "https://search.com.vn/wiki/en/Agreement_on_the_path_to_normalisation_between_Kosovo_and_Serbia", "pages", "<html> <p> recognition of Kosovo independence Ohrid agreement Serbia", 4),
 # batch 2
 "xkx_indiaforum_2008": ("raw-html", "https://india-forum.com/showthread.php?mode=threaded&pid=46389&tid=622", "pages", "<p> recognized the independence of Kosovo </p> <a href=", 1),
 "xkx_mfaks_recognitions": ("statement", "http://mfa-ks.net/en/politika/483/njohjet-ndrkombtare-t-republiks-s-kosovs/483", "pages", "Ministry of Foreign Affairs statement on recognition of the Republic of Kosovo press release", 3),
 "xkx_mfaks_pacolli": ("statement", "http://www.mfa-ks.net/?page=2,217,4577", "pages", "Ministry of Foreign Affairs statement on recognition of the Republic of Kosovo press release", 8),
 "xkx_n1_interpol_2018": ("news", "https://hr.n1info.com/english/news/a349060-interpol-rejects-kosovo-membership-bid/", "pages", "Kosovo Interpol membership bid rejected General Assembly vote", 4),
 "xkx_yenihaberden_interpol_2018": ("news", "https://yenihaberden.com/kosovo-fails-to-become-member-of-interpol-740655h.htm", "pages", "Kosovo Interpol membership bid rejected General Assembly vote", 7),
 "xkx_b92_2008": ("news", "https://www.b92.net/eng/news/politics.php?yyyy=2008&mm=02&dd=18&nav_id=47809", "pages", "<p> recognized the independence of Kosovo </p> <a href=", 5),
 "esh_iol_ecuador_2024": ("news", "https://www.iol.co.za/the-star/news/ecuador-withdraws-support-for-western-sahara-independence-movement-6630194f-9d1d-4dcc-948f-42ae976782c9", "pages", "country withdraws recognition of Sahrawi Republic SADR Morocco autonomy plan support", 5),
 "esh_corcas_2011": ("statement", "http://www.corcas.com/Default.aspx?tabid=1055&ctl=Details&mid=2171&ItemID=15091", "pages", "country withdraws recognition of Sahrawi Republic SADR Morocco autonomy plan support", 7),
 "esh_fpblogs_2011": ("blog", "https://foreignpolicyblogs.com/2011/04/05/one-is-the-loneliest-number/", "pages", "country withdraws recognition of Sahrawi Republic SADR Morocco autonomy plan support", 2),
 "twn_dailymail_list_2024": ("list", "https://www.dailymail.co.uk/wires/reuters/article-12963779/And-12-Taiwans-diplomatic-allies.html?ns_mchannel=rss&ns_campaign=1490&ito=1490", "pages", "<div class=\"article\"> Taiwan diplomatic allies list recognizes Republic of China", 2),
 "pse_kesq_2024": ("news", "https://kesq.com/news/national-world/cnn-world/2024/05/10/unga-passes-resolution-calling-on-security-council-to-reconsider-palestinian-un-membership/", "pages", "UN General Assembly vote 143 in favour 9 against 25 abstentions Palestine membership rights May 2024", 5),
 "pse_nbcny_2024": ("news", "https://nbcnewyork.com/news/national-international/un-general-assembly-approves-palestine-membership-bid/5402002/?os=nue0o", "pages", "UN General Assembly vote 143 in favour 9 against 25 abstentions Palestine membership rights May 2024", 8),
 "xar_wikimili_enc": ("encyclopedia", "https://wikimili.com/en/Foreign_relations_of_Artsakh", "pages", "Armenia did not recognise Nagorno-Karabakh Republic Artsakh recognized only by Abkhazia South Ossetia Transnistria", 2),
 "xar_azvision_2016": ("news", "https://en.azvision.az/news/34479/news.html", "pages", "Armenia did not recognise Nagorno-Karabakh Republic Artsakh recognized only by Abkhazia South Ossetia Transnistria", 5),
 "xsl_globalbanking_2025": ("news", "https://www.globalbankingandfinance.com/britain-somalia-israel/", "pages", "<!DOCTYPE html> <title> recognises Somaliland independence", 5),
 "xnc_dailysabahamp_2022": ("news", "https://dailysabah.com/politics/diplomacy/turkish-cyprus-gains-organization-of-turkic-states-observer-status/amp", "pages", "Turkish Republic of Northern Cyprus observer Organization of Turkic States", 6),
 # batch 3
 "xab_civilge_2008": ("news", "https://old.civil.ge/eng/_print.php?id=19393", "pages", "Nicaragua recognizes Abkhazia and South Ossetia Ortega September 2008", 8),
 "xab_rt_salutes_2008": ("news", "https://www.rt.com/news/nicaragua-salutes-new-states-in-caucasus/", "pages", "Nicaragua recognizes Abkhazia and South Ossetia Ortega September 2008", 5),
 "xab_ticotimes_2008": ("news", "https://ticotimes.net/2008/09/12/nicaragua-recognizes-abkhazia-south-ossetia", "pages", "Nicaragua recognizes Abkhazia and South Ossetia Ortega September 2008", 4),
 "xsl_wiki_mou_enc": ("encyclopedia", "https://en.wikipedia.org/wiki/2024_Ethiopia%E2%80%93Somaliland_memorandum_of_understanding", "pages", "Ethiopia Somaliland memorandum of understanding sea access recognition January 2024", 5),
 "xsl_rockcity_2024": ("news", "https://rockcityfmradio.com/ethiopia-signs-pact-with-somaliland-to-access-sea/", "pages", "Ethiopia Somaliland memorandum of understanding sea access recognition January 2024", 1),
 "xkx_cmio_2023": ("news", "https://cmio.org/en/world/835755-vucic-names-countries-that-have-withdrawn-recognition-of-kosovos-independence", "pages", "<div class=\"mw-parser-output\"><p>Kosovo <b>recognised</b>", 7),
 "xkx_euobserver_2009": ("news", "https://euobserver.com/eu-political/arf7da90c7", "pages", "<div class=\"mw-parser-output\"><p>Kosovo <b>recognised</b>", 3),
 # batch 4
 "twn_dw_solomon_2019": ("news", "https://tiue.org/dw/en/solomon-islands-switches-recognition-from-taiwan-to-china/a-50453667", "pages", "Solomon Islands Kiribati switch recognition from Taiwan to China September 2019", 5),
 "twn_thenews_kiribati_2019": ("news", "https://www.thenews.com.pk/print/533634-china-kiribati-establish-diplomatic-ties", "pages", "Solomon Islands Kiribati switch recognition from Taiwan to China September 2019", 7),
 "twn_abc_kiribati_2019": ("news", "https://www.abc.net.au/news/2019-09-20/kiribati-to-switch-diplomatic-ties-from-taiwan-to-china/11532192", "pages", "Solomon Islands Kiribati switch recognition from Taiwan to China September 2019", 8),
 "twn_newmilford_2019": ("news", "https://www.newmilfordspectrum.com/news/world/article/Taiwan-says-Solomon-Islands-switches-recognition-14442651.php", "pages", "Solomon Islands Kiribati switch recognition from Taiwan to China September 2019", 3),
 "xtr_osmarks_enc": ("encyclopedia", "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Transnistria", "pages", "Transnistria Russia consulate Tiraspol recognition independence referendum 2006 Moldova reintegration", 3),
 "xtr_wikimili_referendum_enc": ("encyclopedia", "https://wikimili.com/en/2006_Transnistrian_independence_referendum", "pages", "Transnistria Russia consulate Tiraspol recognition independence referendum 2006 Moldova reintegration", 4),
 # batch 5 (retrieved 2026-12-06: the sixth field overrides RETRIEVED)
 "pse_trtworld_armenia_2024": ("news", "https://www.trtworld.com/article/18175456", "pages", "Armenia recognises State of Palestine June 2024", 4, "2026-12-06"),
 "pse_pledgetimes_armenia_2024": ("news", "https://pledgetimes.com/gaza-war-armenia-announced-its-recognition-of-the-palestinian-state/", "pages", "Armenia recognises State of Palestine June 2024", 5, "2026-12-06"),
 "twn_hqcomoxvalley_panama_2017": ("news", "http://hqcomoxvalley.com/2017/06/panama-switches-diplomatic-recognition-from-taiwan-to-china/", "pages", "country withdraws recognition of Taiwan establishes relations with China statement foreign ministry", 4, "2026-12-06"),
 "esh_assahafa_panama_2024": ("news", "https://en.assahafa.com/panama-suspends-diplomatic-relations-with-polisarios-self-proclaimed-sadr", "pages", "Panama suspends relations Sahrawi Arab Democratic Republic", 7, "2026-12-06"),
 "xab_digitaljournal_syria_2018": ("news", "http://www.digitaljournal.com/news/world/syria-recognition-of-russian-backed-breakaway-regions-sparks-georgia-outcry/article/523398", "pages", "Syria recognizes Abkhazia South Ossetia Georgia severs diplomatic relations 2018", 5, "2026-12-06"),
 "xab_uawire_syria_2018": ("news", "https://uawire.org/georgia-cuts-diplomatic-ties-with-syria", "pages", "Syria recognizes Abkhazia South Ossetia Georgia severs diplomatic relations 2018", 8, "2026-12-06"),
 "xnc_newsaz_erdogan_2023": ("news", "https://news.az/news/recognize-turkish-republic-of-northern-cyprus-as-soon-as-possible-turkish-president", "pages", "Erdogan calls on world to recognise Turkish Republic of Northern Cyprus", 5, "2026-12-06"),
 "xsl_taipeitimes_2020": ("news", "https://www.taipeitimes.com/News/front/archives/2020/07/02/2003739214", "pages", "Taiwan Somaliland establish representative offices 2020", 2, "2026-12-06"),
 "xtr_riteme_conflict_enc": ("encyclopedia", "https://wiki.riteme.site/wiki/Transnistrian_Declaration_of_Independence", "pages", "Transnistria independence recognition Russia Moldova Tiraspol news", 6, "2026-12-06"),
 "xar_osmarks_status_enc": ("encyclopedia", "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Political_status_of_Nagorno-Karabakh", "pages", "Nagorno-Karabakh Republic recognized resolution Artsakh independence parliament", 1, "2026-12-06"),
 "xkx_jpost_israel_2021": ("news", "https://www.jpost.com/israel-news/israel-kosovo-establish-diplomatic-ties-over-zoom-657431", "pages", "Israel Kosovo establish diplomatic relations February 2021 embassy Jerusalem", 8, "2026-12-06"),
 # batch 6 (retrieved 2026-12-07)
 "esh_moroccanblog_tangier": ("blog", "https://themoroccanblog.com/moroccan-sahara/polisario-angered-by-tangiers-call-to-expel-sadr-from-the-au/", "pages", "Sahrawi Republic SADR recognition news establishes diplomatic relations African Union", 7, "2026-12-07"),
 "xab_civilge_vanuatu_2013": ("news", "https://old.civil.ge/eng/_print.php?id=26273", "pages", "Vanuatu Tuvalu recognised Abkhazia withdrew recognition Georgia restored relations", 1, "2026-12-07"),
 "xab_bizstandard_tuvalu_2014": ("news", "http://business-standard.com/article/pti-stories/tuvalu-scraps-recognition-of-georgia-breakaway-regions-114033101171_1.html", "pages", "Vanuatu Tuvalu recognised Abkhazia withdrew recognition Georgia restored relations", 4, "2026-12-07"),
 "xar_ponars_2020": ("blog", "https://www.ponarseurasia.org/article/will-armenia-recognize-independence-nagorno-karabakh", "pages", "Nagorno-Karabakh Artsakh recognised by Transnistria Abkhazia South Ossetia", 4, "2026-12-07"),
 "xnc_meribaate_qa": ("qa", "https://meribaate.in/why-is-north-cyprus-not-recognized", "pages", "Northern Cyprus recognition Turkey only country recognises TRNC", 4, "2026-12-07"),
 "xnc_ipfs_foreign_enc": ("encyclopedia", "https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Foreign_relations_of_Northern_Cyprus.html", "pages", "Northern Cyprus recognition Turkey only country recognises TRNC", 5, "2026-12-07"),
 "xnc_worldatlas_qa": ("qa", "https://www.worldatlas.com/articles/which-countries-recognize-northern-cyprus.html", "pages", "Northern Cyprus recognition Turkey only country recognises TRNC", 6, "2026-12-07"),
 "xsl_bt24news_2020": ("news", "https://bt24news.com/asia/taiwan-opens-representative-office-in-breakaway-state-somaliland/", "pages", "Somaliland recognition Taiwan relations Ethiopia president Hargeisa", 3, "2026-12-07"),
 "xsl_slmonitor_2020": ("news", "https://somalilandmonitor.com/somaliland-taiwan-announce-bilateral-relations/", "pages", "Somaliland recognition Taiwan relations Ethiopia president Hargeisa", 4, "2026-12-07"),
 "xsl_contest_embassy_2020": ("news", "https://contest.com/sampledata/a8ffb427eaf2eadb2d/2826306001437544480", "pages", "Somaliland recognition Taiwan relations Ethiopia president Hargeisa", 5, "2026-12-07"),
 "xtr_rferl_referendum_2006": ("news", "https://www.rferl.org/a/1071411.html", "pages", "Abkhazia South Ossetia recognise Transnistria independence Tiraspol 2006 referendum news", 3, "2026-12-07"),
 "xtr_24hoursworlds_2021": ("news", "https://24hoursworlds.com/international/68163", "pages", "Transnistria Tiraspol Moldova news president Krasnoselsky Russia recognition", 6, "2026-12-07"),
 "xtr_tass_2022": ("news", "https://tass.com/world/1496691", "pages", "Transnistria Tiraspol Moldova news president Krasnoselsky Russia recognition", 4, "2026-12-07"),
 "xkx_trend_estonia_2008": ("news", "https://en.trend.az/world/other/1183793.html", "pages", "Ministry of Foreign Affairs establishes diplomatic relations with Republic of Kosovo joint communique", 3, "2026-12-07"),
 "xkx_mfaks_israel_2021": ("statement", "https://www.mfa-ks.net/en/single_lajmi/4292", "pages", "Ministry of Foreign Affairs establishes diplomatic relations with Republic of Kosovo joint communique", 5, "2026-12-07"),
 "xkx_aljazeera_explainer_2023": ("explainer", "https://1-e8259.azureedge.net/news/2023/2/17/mapping-the-countries-that-recognise-kosovo-as-a-state-2", "pages", "which countries recognize Kosovo explainer", 8, "2026-12-07"),
 "twn_taiwannews_burkina_2018": ("news", "https://www.taiwannews.com.tw/en/news/3439427", "pages", "Burkina Faso cuts ties with Taiwan 2018 resumes relations with Beijing", 7, "2026-12-07"),
 "twn_dailymail_burkina_2018": ("news", "http://www.dailymail.co.uk/wires/ap/article-5774299/Burkina-Faso-resumes-ties-China-Taiwan-break.html?ITO=1490&ns_mchannel=rss&ns_campaign=1490", "pages", "Burkina Faso cuts ties with Taiwan 2018 resumes relations with Beijing", 5, "2026-12-07"),
 "pse_scmp_sweden_2014": ("news", "http://www.scmp.com/news/world/article/1628368/sweden-recognises-state-palestine-first-major-european-state-do-so", "pages", "Palestine recognition Sweden 2014 first EU member state", 8, "2026-12-07"),
 "pse_diva_sweden_2015": ("academic", "http://lnu.diva-portal.org/smash/record.jsf?pid=diva2:823072", "pages", "Palestine recognition Sweden 2014 first EU member state", 1, "2026-12-07"),
 "xtr_cfipfs_foreign_enc": ("encyclopedia", "https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.cf-ipfs.com/wiki/Foreign_relations_of_Transnistria.html", "pages", "Transnistria recognised only by Abkhazia South Ossetia Artsakh Community for Democracy and Rights of Nations", 5, "2026-12-07"),
 "esh_nationworldnews_explainer": ("explainer", "https://nationworldnews.com/these-are-the-countries-that-have-turned-their-backs-on-morocco-in-the-sahara-conflict/", "pages", "Western Sahara countries withdraw recognition SADR Morocco autonomy plan support 2020 2021", 1, "2026-12-07"),
 "xab_nationalia_nicaragua_2008": ("news", "https://www.nationalia.info/new/8723/nicaragua-officially-recognizes-independence-of-abkhazia-and-south-ossetia", "pages", "Abkhazia South Ossetia recognized by Nauru Venezuela Syria Nicaragua Russia foreign ministry", 7, "2026-12-07"),
 "xnc_thefullwiki_udi_enc": ("encyclopedia", "http://maps.thefullwiki.org/Declaration_of_Independence_of_the_Turkish_Republic_of_Northern_Cyprus", "pages", "Northern Cyprus TRNC recognition Turkey 1983 declaration UN Security Council resolution 541 explainer", 2, "2026-12-07"),
 "xnc_mediated_unsc541_enc": ("encyclopedia", "https://mediated.wiki/source/United_Nations_Security_Council_Resolution_541", "pages", "Northern Cyprus TRNC recognition Turkey 1983 declaration UN Security Council resolution 541 explainer", 6, "2026-12-07"),
 "xar_commonspace_2016": ("news", "https://www.commonspace.eu/armenian-parliament-debate-bill-recognising-nagorno-karabakh-independence", "pages", "Armenia recognise Nagorno-Karabakh independence bill parliament Azerbaijan reaction", 3, "2026-12-07"),
 "xsl_qarannews_explainer": ("explainer", "https://qarannews.com/how-does-somaliland-complicate-matters/", "pages", "Somaliland independence 1991 recognition Kenya Ethiopia Djibouti UAE Berbera relations news 2022", 3, "2026-12-07"),
 # batch 8 (retrieved 2026-12-07)
 "xab_civilge_nauru_2009": ("news", "https://old.civil.ge/eng/article.php?id=21790&search=nauru", "pages", "South Ossetia recognition Nauru Venezuela foreign ministry diplomatic relations", 8, "2026-12-07"),
 "xab_rt_nicaragua_relations": ("news", "https://rt.com/russia/nicaragua-recognize-ossetia-independence", "pages", "South Ossetia recognition Nauru Venezuela foreign ministry diplomatic relations", 6, "2026-12-07"),
 "xab_kiwix_so_foreign_enc": ("encyclopedia", "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/Foreign_relations_of_South_Ossetia", "pages", "South Ossetia recognition Nauru Venezuela foreign ministry diplomatic relations", 2, "2026-12-07"),
 "xtr_tass_ignatyev_2022": ("news", "https://tass.com/world/1459595", "pages", "Transnistria Pridnestrovie recognition foreign minister statement", 2, "2026-12-07"),
 "xtr_cmio_dpr_2022": ("news", "https://cmio.org/en/world/748005-pridnestrovie-does-not-work-on-mutual-recognition-with-the-dpr-and-lpr", "pages", "Transnistria Pridnestrovie recognition foreign minister statement", 6, "2026-12-07"),
 "xtr_inashville_2022": ("news", "https://inashville.net/the-ministry-of-foreign-affairs-of-pridnestrovie-announced-the-plans-of-the-republic-to-become-part-of-russia/", "pages", "Transnistria Pridnestrovie recognition foreign minister statement", 8, "2026-12-07"),
 "xar_rferl_rhodeisland": ("news", "https://staging.rferl.org/a/nagorno-karabakh-rhode-island-recognition/24585027.html", "pages", "Artsakh Nagorno-Karabakh Republic recognized by parliament resolution", 5, "2026-12-07"),
 "xar_horizon_babayan": ("statement", "https://horizonweekly.ca/en/the-process-of-recognition-of-artsakh-continues-david-babayan/", "pages", "which countries recognize Artsakh question answer", 2, "2026-12-07"),
 "xsl_somalitimes_guinea": ("news", "https://www.somalitimes.co.uk/somaliland-leader-in-guinea-as-it-seeks-international-recognition/", "pages", "Somaliland recognition president Bihi visit diplomatic", 1, "2026-12-07"),
 "xsl_slpost_pressrelease_2022": ("press-release", "https://somalilandpost.net/president-bihis-u-s-tour-has-brought-great-pride-and-hope-to-somaliland-and-its-supporters-press-release/", "pages", "Somaliland recognition president Bihi visit diplomatic", 8, "2026-12-07"),
 "xnc_logisticsturkey_ots": ("news", "https://logisticsturkey.org/ankara-and-tashkent-argue-over-the-role-of-northern-cyprus-in-the-turkic-organization/", "pages", "Northern Cyprus TRNC recognition Azerbaijan Pakistan Organization of Turkic States news", 1, "2026-12-07"),
 "xnc_cumhuriyet_ots_2022": ("news", "https://www.cumhuriyet.com.tr/cumhuriyet-daily/turkish-republic-of-northern-cyprus-admitted-to-organization-of-turkic-states-as-observer-2001787", "pages", "Northern Cyprus TRNC recognition Azerbaijan Pakistan Organization of Turkic States news", 7, "2026-12-07"),
 "esh_saharanews_kenya_2007": ("news", "https://sahara-news.org/?p=53", "pages", "Sahrawi Republic SADR recognition Kenya South Africa Algeria statement", 1, "2026-12-07"),
 "esh_thelatestnews_kenya_2022": ("news", "https://thelatestnews.world/kenya-backs-down-and-confirms-its-recognition-of-the-saharawi-republic", "pages", "Sahrawi Republic SADR recognition Kenya South Africa Algeria statement", 7, "2026-12-07"),
 # batch 9 (retrieved 2026-12-07)
 "twn_tribune_honduras_2023": ("news", "https://tribune.net.ph/2023/03/16/honduras-dumping-taiwan-for-china/", "pages", "Taiwan diplomatic allies Honduras switches ties to China 2023", 7, "2026-12-07"),
 "twn_vice_honduras_2023": ("news", "https://www.vice.com/en/article/y3wmyv/honduras-switch-diplomatic-relations-taiwan-china", "pages", "Taiwan diplomatic allies Honduras switches ties to China 2023", 8, "2026-12-07"),
 "esh_today_elsalvador_2019": ("news", "https://www.today.ng/news/world/salvador-withdraws-recognition-western-sahara-231182", "pages", "country withdraws recognition of Sahrawi Republic welcomed by Morocco foreign ministry", 2, "2026-12-07"),
 "esh_wiseafri_2019": ("news", "https://wiseafri.com/2019/06/29/moroccan-government-withdrawals-of-sadr-recognition-will-continue/", "pages", "country withdraws recognition of Sahrawi Republic welcomed by Morocco foreign ministry", 7, "2026-12-07"),
 "esh_sawtbeirut_peru_2024": ("news", "https://english.sawtbeirut.com/world/morocco-welcomes-perus-decision-to-withdraw-recognition-of-sadr/", "pages", "country withdraws recognition of Sahrawi Republic welcomed by Morocco foreign ministry", 5, "2026-12-07"),
 "pse_dazzlingdawn_slovenia_2024": ("news", "https://dazzlingdawn.co.uk/2024/06/05/slovenia-recognizes-palestinian-statehood", "pages", "Palestine recognition Slovenia parliament vote recognise Palestinian state 2024", 8, "2026-12-07"),
 "xar_panarmenian_nsw_2012": ("news", "https://www.panarmenian.net/m/eng/news/129665", "pages", "Artsakh Nagorno-Karabakh Republic recognized by Australian state parliament motion Azerbaijan condemns", 4, "2026-12-07"),
 "xar_armeniandiaspora_nsw_2012": ("news", "https://armeniandiaspora.com/forum/2012/october-2012/285851-australia-s-largest-state-recognizes-nagorno-karabakh-republic", "pages", "Artsakh Nagorno-Karabakh Republic recognized by Australian state parliament motion Azerbaijan condemns", 5, "2026-12-07"),
 "xkx_urdupoint_dacic_2019": ("news", "https://www.urdupoint.com/en/world/number-of-states-to-withdraw-recognition-of-k-691393.html", "pages", "Kosovo recognition withdrawn Serbia foreign minister Dacic country revoked recognition", 6, "2026-12-07"),
 "xkx_serbianconsulate_dacic": ("statement", "https://serbianconsulate.bc.ca/minister-dacic-holds-an-extraordinary-press-conference/", "pages", "Kosovo recognition withdrawn Serbia foreign minister Dacic country revoked recognition", 5, "2026-12-07"),
 "xsl_jurist_ethiopia_2024": ("news", "https://jurist.org/news/2024/04/somalia-expels-ethiopia-ambassador-over-recognition-of-somaliland-independence", "pages", "Somaliland independence recognition Ethiopia memorandum Somalia recalls ambassador news", 3, "2026-12-07"),
 "xab_ahram_assad_2018": ("news", "https://english.ahram.org.eg/NewsContent/2/8/310895/World/Region/Leader-of-breakaway-Abkhazia-meets-Assad-in-Syria.aspx", "pages", "Abkhazia recognised by Syria Venezuela Nauru Georgia severs relations breakaway region news", 8, "2026-12-07"),
 "xnc_wordfromcyprus_trnc": ("news", "https://en.wordfromcyprus.cy/turkish-newspaper-turkiye-claims-azerbaijan-pakistan-libya-are-ready-to-recognize-state-in-north-cyprus/", "pages", "Turkish Republic of Northern Cyprus recognition Azerbaijan Pakistan Ersin Tatar calls recognize", 2, "2026-12-07"),
 "xtr_enwikipedia_so_relations_enc": ("encyclopedia", "https://enwikipedia.net/wiki/South_Ossetia%E2%80%93Transnistria_relations", "pages", "Pridnestrovie Krasnoselsky foreign minister Ignatiev Abkhazia South Ossetia friendship treaty recognition", 2, "2026-12-07"),
}


def write_sidecars():
    here = os.path.dirname(os.path.abspath(__file__))
    for d, (kind, url, corpus, query, rank, *when) in SRC.items():
        files = [f for f in os.listdir(os.path.join(here, "docs")) if f.rsplit(".", 1)[0] == d and not f.endswith(".json")]
        if not files:
            continue
        meta = {"doc": files[0], "page_kind": kind, "url": url, "retrieved": when[0] if when else RETRIEVED,
                "retrieved_how": f"search tool, corpus '{corpus}', query {query!r}, result rank {rank}; excerpt text saved verbatim"}
        with open(os.path.join(here, "docs", d + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    write_sidecars()
