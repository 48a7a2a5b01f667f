#!/usr/bin/env python3
"""Deterministic dev/test split of the held-out documents (rule fixed before annotation).

Rule: documents are grouped by their primary entity (the doc_id prefix before the first '_').
Within a group, doc_ids are sorted by the hex SHA-256 of the doc_id (UTF-8).  They are then
assigned alternately to the two halves.  Groups are taken in alphabetical order of the prefix;
the first group starts with 'dev', the next with 'test', and so on (the starting half
alternates), so that odd-sized groups do not all favour the same half.
Each batch of documents (listed in BATCHES, in the order the batches were frozen) is split
on its own with this rule; a later batch never moves a document of an earlier batch.
"""
import hashlib, json, sys

BATCHES = [
    # batch 1, frozen 2026-12-02 ~15:05 UTC before any annotation
    [
        "pse_rbcua_2024", "pse_inshort_2024", "pse_zeenews_2025", "pse_lorientlejour_2025",
        "twn_newser_2024", "twn_brisbanetimes_2024", "twn_247news_2023", "twn_nationalpost_2021",
        "esh_wikimili_enc", "esh_lmno_enc",
        "xab_hmong_enc", "xab_unpo_2008", "xab_historysnacks_enc",
        "xtr_armeniandiaspora_2008", "xtr_newsbasis_qa",
        "xar_businessstandard_2023", "xar_ocmedia_2023",
        "xsl_particle_2025", "xsl_2x3news_2025",
        "xnc_cyprusmail_2022", "xnc_urdupoint_2022", "xnc_dailysabah_2022",
        "xkx_intellinews_2015", "xkx_tribune_2015", "xkx_reuters_kenya_2025",
        "xkx_horndiplomat_2025", "xkx_globalpolitics_2023", "xkx_searchwiki_ohrid_enc",
    ],
    # batch 2, frozen 2026-12-02 ~15:16 UTC before annotating any of its documents
    [
        "xkx_indiaforum_2008", "xkx_mfaks_recognitions", "xkx_mfaks_pacolli", "xkx_n1_interpol_2018",
        "xkx_yenihaberden_interpol_2018", "xkx_b92_2008",
        "esh_iol_ecuador_2024", "esh_corcas_2011", "esh_fpblogs_2011",
        "twn_dailymail_list_2024",
        "pse_kesq_2024", "pse_nbcny_2024",
        "xar_wikimili_enc", "xar_azvision_2016",
        "xsl_globalbanking_2025",
        "xnc_dailysabahamp_2022",
    ],
    # batch 3, frozen 2026-12-02 ~15:19 UTC before annotating any of its documents
    [
        "xab_civilge_2008", "xab_rt_salutes_2008", "xab_ticotimes_2008",
        "xsl_wiki_mou_enc", "xsl_rockcity_2024",
        "xkx_cmio_2023", "xkx_euobserver_2009",
    ],
    # batch 4, frozen 2026-12-02 ~15:23 UTC before annotating any of its documents
    [
        "twn_dw_solomon_2019", "twn_thenews_kiribati_2019", "twn_abc_kiribati_2019", "twn_newmilford_2019",
        "xtr_osmarks_enc", "xtr_wikimili_referendum_enc",
    ],
    # batch 5, frozen 2026-12-06 ~22:15 UTC before annotating any of its documents (and before any
    # extractor was run on them)
    [
        "pse_trtworld_armenia_2024", "pse_pledgetimes_armenia_2024",
        "twn_hqcomoxvalley_panama_2017",
        "esh_assahafa_panama_2024",
        "xab_digitaljournal_syria_2018", "xab_uawire_syria_2018",
        "xnc_newsaz_erdogan_2023",
        "xsl_taipeitimes_2020",
        "xtr_riteme_conflict_enc",
        "xar_osmarks_status_enc",
        "xkx_jpost_israel_2021",
    ],
    # batch 6, frozen 2026-12-07 ~03:00 UTC before annotating any of its documents (and before any
    # extractor was run on them); entities weighted toward those the corpus had least of
    [
        "esh_moroccanblog_tangier",
        "xab_civilge_vanuatu_2013", "xab_bizstandard_tuvalu_2014",
        "xar_ponars_2020",
        "xnc_meribaate_qa", "xnc_ipfs_foreign_enc", "xnc_worldatlas_qa",
        "xsl_bt24news_2020", "xsl_slmonitor_2020", "xsl_contest_embassy_2020",
        "xtr_rferl_referendum_2006", "xtr_24hoursworlds_2021", "xtr_tass_2022",
    ],
    # batch 7, frozen 2026-12-07 ~11:15 UTC before annotating any of its documents (and before any
    # extractor was run on them); weighted to the page kinds the corpus had least of (explainers, an
    # MFA page, an academic abstract, encyclopedia mirrors of other articles) and to news of other years
    [
        "xkx_trend_estonia_2008", "xkx_mfaks_israel_2021", "xkx_aljazeera_explainer_2023",
        "twn_taiwannews_burkina_2018", "twn_dailymail_burkina_2018",
        "pse_scmp_sweden_2014", "pse_diva_sweden_2015",
        "xtr_cfipfs_foreign_enc",
        "esh_nationworldnews_explainer",
        "xab_nationalia_nicaragua_2008",
        "xnc_thefullwiki_udi_enc", "xnc_mediated_unsc541_enc",
        "xar_commonspace_2016",
        "xsl_qarannews_explainer",
    ],
    # batch 8, frozen 2026-12-07 ~14:30 UTC before annotating any of its documents (and before any
    # extractor was run on them); weighted to the entities and page kinds the corpus had least of
    # (Artsakh, Transnistria, South Ossetia, Somaliland, Northern Cyprus, Western Sahara news; an
    # encyclopedia list; a government press release)
    [
        "xab_civilge_nauru_2009", "xab_rt_nicaragua_relations", "xab_kiwix_so_foreign_enc",
        "xtr_tass_ignatyev_2022", "xtr_cmio_dpr_2022", "xtr_inashville_2022",
        "xar_rferl_rhodeisland", "xar_horizon_babayan",
        "xsl_somalitimes_guinea", "xsl_slpost_pressrelease_2022",
        "xnc_logisticsturkey_ots", "xnc_cumhuriyet_ots_2022",
        "esh_saharanews_kenya_2007", "esh_thelatestnews_kenya_2022",
    ],
    # batch 9, frozen 2026-12-07 ~17:00 UTC before annotating any of its documents (and before any
    # extractor was run on them); weighted to the entities the test half had fewest claims of (Western
    # Sahara, Artsakh, Taiwan) and to events no earlier batch covers (Honduras 2023, El Salvador/Barbados
    # 2019 and Peru 2024 on the SADR, New South Wales 2012 on Artsakh, Kosovo's revocations 2019, Slovenia
    # 2024, Somalia–Ethiopia 2024, Abkhazia–Syria contacts, South Ossetia–Transnistria relations)
    [
        "twn_tribune_honduras_2023", "twn_vice_honduras_2023",
        "esh_today_elsalvador_2019", "esh_wiseafri_2019", "esh_sawtbeirut_peru_2024",
        "pse_dazzlingdawn_slovenia_2024",
        "xar_panarmenian_nsw_2012", "xar_armeniandiaspora_nsw_2012",
        "xkx_urdupoint_dacic_2019", "xkx_serbianconsulate_dacic",
        "xsl_jurist_ethiopia_2024",
        "xab_ahram_assad_2018",
        "xnc_wordfromcyprus_trnc",
        "xtr_enwikipedia_so_relations_enc",
    ],
]


def split(batch):
    groups = {}
    for d in batch:
        groups.setdefault(d.split("_", 1)[0], []).append(d)
    out = {}
    for gi, g in enumerate(sorted(groups)):
        docs = sorted(groups[g], key=lambda d: hashlib.sha256(d.encode()).hexdigest())
        start = gi % 2
        for i, d in enumerate(docs):
            out[d] = ("dev", "test")[(i + start) % 2]
    return out


def assignment():
    res = {}
    for b in BATCHES:
        res.update(split(b))
    return res


if __name__ == "__main__":
    a = assignment()
    for d in sorted(a, key=lambda d: (a[d], d)):
        print(a[d], d)
