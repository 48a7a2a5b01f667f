#!/usr/bin/env python3
"""Build comity's curated ledger tables from the reviewed reference tables in ../shared/data.

Run from the repository root:  python3 data/build/build_ledger.py ../shared/data
Writes data/sources.csv, data/claims.csv, data/groups.csv, data/memberships.csv.

Every claim keeps the source of the row it comes from. The reviewer's additions (competing
dates, denials, state confirmations) are the tables EXTRA_* below; each names the source the
reference table's notes cite for it. Nothing here invents a date: a date a source does not give
stays blank (unknown) or keeps the month/year precision the source gives.
"""
import csv
import hashlib
import sys
from urllib.parse import urlparse

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"

# --- sources -------------------------------------------------------------------------------
sources = {}  # key (url or citation) -> row
def source(url, citation, published="", note=""):
    key = url or citation
    if key not in sources:
        # A stable id: a hash of the URL (or of the citation when there is none), so that a
        # claim a user imported keeps citing the same source when the table is rebuilt.
        sid = "S" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
        assert all(s["id"] != sid for s in sources.values()), key
        sources[key] = {"id": sid, "url": url, "citation": citation,
                        "published": published, "note": note}
    elif published and not sources[key]["published"]:
        sources[key]["published"] = published
    return sources[key]["id"]

DATASET = ("", "comity reference dataset, shared/data/kosovo/SOURCES.md section 2: listed because other "
               "sources count it; no dated primary source was retrieved")

# --- claimant classification ----------------------------------------------------------------
KOSOVO_HOSTS = ("ina-online.net", "mfa-ks.net", "ambasada-ks.net")
OFFICIAL_OF_SUBJECT = ("mofa.go.jp", "bmeia.gv.at", "formin.finland.fi", "mofa.go.kr", "regjeringen.no",
                       "vlada.gov.cz", "admin.ch", "presseportal.ch", "mire.gob.pa", "am.gov.lv")
WIKI_HINTS = ("wiki", "absoluteastronomy", "how.com.vn", "osmarks.net")
FAN_HINTS = ("kosovothanksyou", "polgeonow", "blogspot", "kosovodiaspora", "smarkos", "carookee")

def claimant_for(url, subject):
    host = urlparse(url).netloc.lower() if url else ""
    if any(h in host for h in KOSOVO_HOSTS):
        return "XKX"
    if any(h in host for h in OFFICIAL_OF_SUBJECT):
        return subject
    if any(h in url.lower() for h in WIKI_HINTS):
        return "wikipedia"
    if any(h in host for h in FAN_HINTS):
        return "fan-site"
    return "media"

# Withdrawals: who asserts each one (reference notes, SOURCES.md section 2).
WITHDRAWAL_CLAIMANT = {
    "GHA": "GHA",  # Ghana MFA statement 11 Nov 2019 (RFE/RL)
    "GRD": "GRD",  # Grenadian FM handed the note to Dacic (N1)
    "PLW": "PLW",  # Palau's diplomatic note; President Remengesau explained it (Island Times)
    "LBR": "LBR",  # Liberian FM Findley handed the note in Belgrade (GNA/Xinhua)
    "OMN": "media",  # Blic, unnamed source
}

PRED = {"recognized": "recognises", "withdrew": "withdraws-recognition",
        "re-recognized": "reaffirms-recognition",
        "diplomatic_relations_established": "relations-established"}

claims = []
counter = {}
def claim(subject, predicate, obj, date, claimant, src_ids, note, negated=False, confidence=0.9):
    key = (subject, predicate)
    counter[key] = counter.get(key, 0) + 1
    claims.append({"id": f"{subject}.{predicate}.{counter[key]}", "subject": subject, "predicate": predicate,
                   "object": obj, "date": date, "claimant": claimant, "negated": "true" if negated else "false",
                   "confidence": f"{confidence}", "sources": ";".join(src_ids), "note": note})

NO_ISO = {"Sovereign Military Order of Malta": "XOM"}

with open(f"{shared}/kosovo/recognitions.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        subject = row["iso3"] or NO_ISO[row["state_name"]]
        predicate = PRED[row["event"]]
        url = row["source_url"].strip()
        if url:
            sid = source(url, row["source_snapshot_note"])
        else:
            sid = source(*DATASET)
        note = row["notes"].strip()
        claims_only = note.upper().startswith("CLAIM")
        if predicate == "withdraws-recognition":
            claimant = WITHDRAWAL_CLAIMANT.get(subject, "SRB")
        elif claims_only:
            claimant = "XKX"  # claimed by Kosovo's president or foreign minister (notes)
        elif not url:
            claimant = "dataset"
        else:
            claimant = claimant_for(url, subject)
        confidence = 0.9
        if claims_only:
            confidence = 0.3  # a claim only: shown, never counted (SOURCES.md section 2)
        elif not url:
            confidence = 0.6
        if predicate == "reaffirms-recognition":
            claimant = subject  # GNB's note verbale, Liberia's MFA press release (notes)
        if subject == "STP" and predicate == "recognises":
            claimant = "STP"  # government resolution of 13 Mar 2012
        claim(subject, predicate, "XKX", row["date"], claimant, [sid], note, confidence=confidence)

# --- reviewer's additions ---------------------------------------------------------------------
# Competing dates kept as competing claims (SOURCES.md section 4). Alternatives marked there as
# "WP, unverified" (seen in no retrieved copy) are NOT added: there is nothing to cite.
EXTRA = [
    # subject, predicate, date, claimant, url, citation, published, note, negated, confidence
    ("CRI", "recognises", "2008-02-18", "wikipedia", "https://deit.abcdef.wiki/wiki/Internationale_Anerkennung_des_Kosovo",
     "Italian machine translation of de.wikipedia table", "", "de.wikipedia table gives 18 Feb 2008; the Kosovo MFA list gives 17 Feb", False, 0.9),
    ("LVA", "relations-established", "2008-06-11", "wikipedia", "",
     "WP-derived pages fr.knowledger.de and hmong.in.th (as cited in shared/data/kosovo/recognitions.csv)", "",
     "WP-derived pages give 11 Jun 2008; the Latvian MFA says notes were exchanged on 10 Jun", False, 0.9),
    ("AUT", "recognises", "2008-02-29", "media", "", "oe24.at (as cited in shared/data/kosovo/recognitions.csv)", "",
     "note handed over in Pristina on Friday 29 Feb 2008; the letter was signed on 28 Feb (BMEIA)", False, 0.9),
    ("BGR", "recognises", "2008-03-19", "media", "", "wp.pl (as cited in shared/data/kosovo/recognitions.csv)", "",
     "wp.pl reports recognition on 19 Mar; Wikinews/BBC expected the formal act on Thu 20 Mar", False, 0.9),
    ("MLT", "recognises", "2008-08-22", "XKX", "https://mfa-ks.net/en/single_lajmi/4073", "Kosovo MFA, 21 Sep 2020", "2020-09-21",
     "Kosovo MFA gives 22 Aug 2008; Koha Ditore ('on Thursday') gives 21 Aug", False, 0.9),
    ("PRT", "recognises", "2008-10-08", "media", "", "romanianewswatch ('Wednesday'), as cited in shared/data/kosovo/SOURCES.md section 4", "",
     "'Wednesday', i.e. 8 Oct 2008; EUobserver and Lusa give 7 Oct", False, 0.9),
    ("MYS", "recognises", "2008-10-31", "USA", "https://www.wikileaks.org/plusd/cables/08KUALALUMPUR976_a.html", "US cable Nov 2008", "2008-11",
     "US cable 08KUALALUMPUR976 gives 31 Oct; WP-derived mirror gives 30 Oct", False, 0.9),
    ("PAK", "recognises", "2012-12-21", "XKX", "", "vijesti.me (as cited in shared/data/kosovo/recognitions.csv)", "",
     "Kosovo MFA had confirmation on 21 Dec 2012; Pakistan announced on 24 Dec", False, 0.9),
    ("SUR", "recognises", "2016-07-22", "media", "", "balkaneu.com, 22 Jul 2016 ('today'), as cited in shared/data/kosovo/recognitions.csv", "2016-07-22",
     "balkaneu.com reports recognition 'today' on 22 Jul 2016; Dacic (Agenzia Nova) gives 8 Jul", False, 0.9),
    ("TWN", "recognises", "2008-02-20", "media", "", "Reuters ('on Wednesday'), as cited in shared/data/kosovo/recognitions.csv", "",
     "Reuters says 'on Wednesday' (20 Feb); CNA/Taipei Times give 19 Feb", False, 0.9),
    ("ISR", "recognises", "2021-02-01", "XKX", "", "liberale.al citing the Kosovo MFA list (as cited in shared/data/kosovo/SOURCES.md section 4)", "",
     "Kosovo MFA list dates Israel's recognition 1 Feb 2021 (the date diplomatic relations were established); PolGeoNow and Reuters say Sept 2020", False, 0.9),
    ("ISR", "recognises", "2021-07-01", "media", "https://rtvahireti.com/gervalla-konfirmon-cnjohjen-e-togos", "Kosovo media Jan 2023 citing Kosovo MFA list", "2023-01",
     "'1 July 2021': probably a typo (shared/data/kosovo/SOURCES.md section 4); kept as the source says it", False, 0.9),
    # Claims only, and their denials (SOURCES.md section 2).
    ("JAM", "does-not-recognise", "2020-02-21", "JAM", "https://rferl.org/amp/jamaica-rejects-kosovo-claim-sovereignty-recognised-thaci/30447025.html",
     "RFE/RL 21 Feb 2020", "2020-02-21", "Jamaican FM: 'Jamaica has not recognized Kosovo', rejecting President Thaci's claim of 20 Feb", False, 0.9),
    ("NGA", "does-not-recognise", "2012-09", "NGA", "", "springtimeofnations blog note (Sept 2012), as cited in shared/data/kosovo/recognitions.csv", "2012-09",
     "Nigeria denied the 2011 claim in Sept 2012; Kosovo removed Nigeria from its list in 2017 (europeanaffairs.it)", False, 0.9),
    ("UGA", "recognises", "2017", "XKX", "http://www.europeanaffairs.it/eng/2017/11/23/serbia-says-guinea-bissau-revoked-recognition-of-kosovo/",
     "European Affairs 23 Nov 2017", "2017-11-23", "Kosovo removed Uganda from its list in 2017: the note was 'never received'", True, 0.9),
    ("TZA", "does-not-recognise", "2011", "TZA", "https://en.wikipedia.org/?curid=15808914&diff=516003140&oldid=515916167&title=International_recognition_of_Kosovo",
     "Wikipedia revision diff (International recognition of Kosovo)", "", "FM Membe 2011: 'Kosovo is part of Serbia' until Western Sahara is recognised", False, 0.9),
    ("STP", "does-not-recognise", "", "STP", "https://www.how.com.vn/wiki/en/User:Pixius/sandbox", "Wikipedia user sandbox mirror (~late 2018)", "2018",
     "the 2012 government resolution was declared invalid by the President (not confirmed by parliament): 'never recognised'", False, 0.9),
    # Denials of claimed withdrawals and state confirmations (recognitions.csv notes).
    ("BDI", "withdraws-recognition", "", "XKX", "", "inalbania.info (as cited in shared/data/kosovo/recognitions.csv)", "",
     "Kosovo FM Pacolli offered 'evidence' that the recognition was not revoked", True, 0.9),
    ("SUR", "withdraws-recognition", "", "XKX", "", "klix.ba; reforma.bezbednost.org (as cited in shared/data/kosovo/recognitions.csv)", "",
     "Kosovo MFA denied Suriname's withdrawal", True, 0.9),
    ("GHA", "withdraws-recognition", "", "XKX", "", "Kosovo MFA statement calling it fake news (as cited in shared/data/kosovo/recognitions.csv)", "",
     "Kosovo MFA called Ghana's withdrawal fake news", True, 0.9),
    ("PLW", "withdraws-recognition", "", "XKX", "", "kossev.info (as cited in shared/data/kosovo/recognitions.csv)", "",
     "Kosovo MFA denied Palau's withdrawal", True, 0.9),
    ("SLB", "withdraws-recognition", "", "XKX", "https://www.b92.net/eng/news/politics.php?yyyy=2018&mm=12&dd=03&nav_id=105658",
     "B92/Tanjug 3 Dec 2018 citing Koha/KTV", "2018-12-03", "Kosovo MFA said no official document was received", True, 0.9),
    ("OMN", "withdraws-recognition", "2011-09-20", "XKX", "", "kosovothanksyou (as cited in shared/data/kosovo/recognitions.csv)", "",
     "Kosovo MFA reconfirmed Oman's recognition on 20 Sep 2011; not in Serbia's later lists", True, 0.9),
    ("SLE", "withdraws-recognition", "", "XKX", "", "lajmifundit.al; mesazhi.com; rks.news (as cited in shared/data/kosovo/recognitions.csv)", "",
     "no confirmation by Sierra Leone or Kosovo; the Kosovo MFA still lists Sierra Leone", True, 0.9),
    ("TGO", "withdraws-recognition", "", "TGO", "", "kohajone.com; kosovo-online, 16 Jan 2023 (as cited in shared/data/kosovo/recognitions.csv)", "2023-01-16",
     "Togolese FM Dussey confirmed the withdrawal in Belgrade in Jan 2023", False, 0.9),
    ("TGO", "withdraws-recognition", "", "XKX", "https://rtvahireti.com/gervalla-konfirmon-cnjohjen-e-togos", "Kosovo media Jan 2023 citing Kosovo MFA list", "2023-01",
     "acknowledged by Kosovo FM Gervalla", False, 0.9),
    # The declaration of independence (seed document 000, a copy of Wikipedia's Kosovo-Russia relations).
    ("XKX", "declares-independence", "2008-02-17", "wikipedia", "", "seed document 000_8cdac366aff1a688.txt ('Kosovo–Russia relations', web copy of Wikipedia): 'Kosovo declared its independence from Serbia on 17 February 2008'", "",
     "quoted from an embedded Latvian MFA passage", False, 0.9),
]
for (subj, pred, date, claimant, url, citation, published, note, negated, conf) in EXTRA:
    sid = source(url, citation, published)
    obj = "SRB" if pred == "declares-independence" else "XKX"
    claim(subj, pred, obj, date, claimant, [sid], note, negated=negated, confidence=conf)

# --- stated positions of non-recognisers (positions.csv) ---------------------------------------
POSITION_DATES = {  # only where the stated position itself gives a date
    "ESP": "2008-02-18",  # FM Moratinos 18 Feb 2008
    "SVK": "2008", "CYP": "2008", "ROU": "2008", "IRN": "2008", "IRQ": "2008", "MUS": "2008",
    # RUS: split below into the undated rejection and the dated 15 May 2008 joint statement.
    "VEN": "2008", "UKR": "2013",
}
with open(f"{shared}/kosovo/positions.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        pos = row["stated_position_or_evidence"].strip()
        if row["status"] != "never_recognised" or pos.startswith("no stated position"):
            continue
        sid = source(row["source_url"].strip(), "stated position (shared/data/kosovo/positions.csv)")
        iso = row["iso3"]
        if iso == "RUS":
            claim(iso, "does-not-recognise", "XKX", "", iso, [sid],
                  "Rejected the declaration and considers it illegal (date of the rejection not in the source)")
            claim(iso, "does-not-recognise", "XKX", "2008-05-15", iso, [sid],
                  "15 May 2008 joint statement with China and India calling for new negotiations")
            continue
        claim(iso, "does-not-recognise", "XKX", POSITION_DATES.get(iso, ""), iso if iso in POSITION_DATES else "media",
              [sid], pos)

# --- groups and memberships -------------------------------------------------------------------
GROUPS = [
    ("un", "United Nations", "UN member states with admission dates"),
    ("p5", "UN Security Council permanent members", "UN Charter Art. 23"),
    ("unsc-elected", "UN Security Council elected members", "one row per calendar year, 1994-2009 only"),
    ("eu", "European Union", "member states (founders dated 1952-07-23, the ECSC)"),
    ("nato", "NATO", "member states; founders dated 1949-04-04 (signature)"),
    ("g20", "G20", "19 states plus the EU and the African Union; state rows at year precision"),
    ("oic", "Organisation of Islamic Cooperation", "member states, year precision"),
    ("oic-observer", "OIC observers", "observer states, year precision"),
    ("coe", "Council of Europe", "member states"),
    ("unesco", "UNESCO", "member states"),
    ("interpol", "Interpol", "derived list (see shared/data/reference/SOURCES.md); join dates unknown"),
]
GROUP_MAP = {"UN": "un", "UNSC_P5": "p5", "UNSC_elected": "unsc-elected", "EU": "eu", "NATO": "nato",
             "G20": "g20", "OIC": "oic", "OIC_observer": "oic-observer", "CoE": "coe", "UNESCO": "unesco",
             "Interpol": "interpol"}
memberships = []
with open(f"{shared}/reference/memberships.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        actor = row["state_id"]
        if not actor:
            n = row["notes"]
            actor = "EU" if "European Union" in n else "AU" if "African Union" in n else "XNC" if "Northern Cyprus" in n else None
            assert actor, row
        memberships.append({"group": GROUP_MAP[row["group"]], "actor": actor, "joined": row["joined"],
                            "left": row["left"], "source": row["source_url"], "note": row["notes"]})

def write(path, fields, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)

write("data/sources.csv", ["id", "url", "citation", "published", "note"], list(sources.values()))
write("data/claims.csv", ["id", "subject", "predicate", "object", "date", "claimant", "negated", "confidence", "sources", "note"], claims)
write("data/groups.csv", ["id", "name", "description"], [dict(zip(["id", "name", "description"], g)) for g in GROUPS])
write("data/memberships.csv", ["group", "actor", "joined", "left", "source", "note"], memberships)
print(f"{len(sources)} sources, {len(claims)} claims, {len(GROUPS)} groups, {len(memberships)} memberships")
