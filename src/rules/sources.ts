/**
 * The clinical facts this project may rely on, copied from the project's clinical reference with
 * their public sources. Every rule, caution and result sentence that states a fact cites ids from
 * here; an id that is not here does not type-check.
 */
export const sources = {
  'LIC-1': {
    summary: 'ASAM Criteria content needs a licence; naming levels for orientation is fair use.',
    url: 'https://asam.org/publications-resources/licensing/fair-use',
  },
  'LIC-2': { summary: 'DSM-5 wording is copyright: criteria are paraphrased, never quoted.', url: null },
  'LIC-3': {
    summary: 'PHQ-2/PHQ-9 and GAD-2/GAD-7 may be reproduced without permission.',
    url: 'https://hl7.org/fhir/us/core/Questionnaire-phq-9-example.html',
  },
  'LIC-4': {
    summary: 'The C-SSRS is not embedded; the safety question is our own.',
    url: 'https://clario.com/about/legal-and-privacy/c-ssrs-licensing-application',
  },
  'SEV-1': {
    summary: 'Eleven criteria of opioid use disorder over the past 12 months.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6590307/table/ajad12862-tbl-0001',
  },
  'SEV-2': {
    summary: 'Criteria met: 0-1 none, 2-3 mild, 4-5 moderate, 6 or more severe.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6590307/table/ajad12862-tbl-0001',
  },
  'SEV-3': {
    summary: 'Tolerance and withdrawal do not count when opioids are taken only as prescribed.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6590307/table/ajad12862-tbl-0001',
  },
  'SET-1': {
    summary: 'The highest-risk dimension decides the least intensive safe setting; never average.',
    url: null,
  },
  'SET-2': {
    summary:
      'ASAM levels for orientation: 1 outpatient, 2.1 intensive outpatient, 2.5 partial hospitalization, 3.1/3.5 residential, 3.7 medically monitored inpatient, 4 medically managed inpatient. Opioid treatment programs are outpatient.',
    url: 'https://build.fhir.org/ig/RatioPBC/bha-ig/CodeSystem-bha-asam-level-of-care-cs.html',
  },
  'SET-3': {
    summary:
      'Inpatient or residential fits severe use, co-occurring mental health conditions, unsafe or unsupportive homes, or repeated return to use after outpatient care; outpatient fits milder use with a stable, supportive home.',
    url: null,
  },
  'SET-4': {
    summary: 'Withdrawal management alone is not treatment: pair it with ongoing care and medication options.',
    url: 'https://eguideline.guidelinecentral.com/i/1019954/6',
  },
  'MED-1': {
    summary:
      'Methadone: full agonist, dispensed for OUD only by certified opioid treatment programs; visits are frequent at first, but programs may give take-home doses from the first week when safe (OTP-1); needs careful monitoring.',
    url: 'http://www.samhsa.gov/medication-assisted-treatment/legislation-regulations-guidelines',
  },
  'MED-2': {
    summary:
      'Buprenorphine (alone or with naloxone): partial agonist, lower overdose risk; any DEA-registered practitioner may prescribe it, in an office or by telehealth.',
    url: 'https://www.samhsa.gov/medication-assisted-treatment/become-buprenorphine-waivered-practitioner/buprenorphine-waiver-faqs',
  },
  'MED-3': {
    summary:
      'Starting buprenorphine needs mild-to-moderate withdrawal first; fentanyl can cause precipitated withdrawal even later; tell the provider about fentanyl use.',
    url: 'https://www.aafp.org/pubs/afp/issues/2026/0100/letter-buprenorphine-initiation-fentanyl.html',
  },
  'MED-4': {
    summary:
      'Naltrexone (daily pill or monthly injection): antagonist; needs an opioid-free period first (about 7-10 days; switching from methadone or buprenorphine may bring withdrawal for up to two weeks), unless already opioid-free that long; blocks opioid pain medicines; after it is stopped or a dose is missed, overdose risk is high. Not to be called "not addictive" (WORDS-1).',
    url: 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2010/021897s015lbl.pdf',
  },
  'MED-5': {
    summary: 'Lofexidine and (off-label) clonidine ease withdrawal symptoms only; neither treats OUD.',
    url: 'https://addiction-partnership.wustl.edu/fda-approves-the-first-non-opioid-treatment-for-management-of-opioid-withdrawal-symptoms-in-adults/',
  },
  'MED-6': {
    summary:
      'All three OUD medications increase retention and reduce illicit use; counseling helps, but medication does not depend on it and declining counseling must not delay it; which one fits is the provider and patient decision (they differ on MORT-1).',
    url: null,
  },
  'MED-7': {
    summary:
      'Benzodiazepine use is not a reason to withhold buprenorphine or methadone, but the combination raises overdose risk: tell the provider.',
    url: 'https://www.fda.gov/drugs/drug-safety-podcasts/fda-drug-safety-podcast-fda-urges-caution-about-withholding-opioid-addiction-medications-patients',
  },
  'MED-8': {
    summary:
      'Naloxone (Narcan nasal spray) reverses overdose and is sold over the counter; suggest it to everyone who uses opioids or lives with someone who does.',
    url: 'https://nabp.pharmacy/news/blog/regulatory_news/narcan-nasal-spray-becomes-otc-drug/',
  },
  'PREG-1': {
    summary: 'Methadone or buprenorphine is recommended during pregnancy, preferred over supervised withdrawal.',
    url: 'https://asam.org/quality-care/clinical-recommendations/OUD-in-Pregnancy',
  },
  'PREG-2': {
    summary:
      'Do not start naltrexone in a pregnant person actively using opioids; switching to it in pregnancy is not recommended.',
    url: 'https://ncbi.nlm.nih.gov/books/NBK572854/',
  },
  'PREG-3': {
    summary:
      'Neonatal opioid withdrawal is expected and treatable; MOUD improves prenatal care engagement; breastfeeding on methadone or buprenorphine is generally recommended unless the provider advises otherwise.',
    url: null,
  },
  'PREG-4': {
    summary:
      'Pregnancy calls for coordinated care: say you are pregnant when you call; methadone programs are asked to give pregnant people priority, other programs may not.',
    url: null,
  },
  'SAFE-1': {
    summary:
      'Overdose signs: call 911, give naloxone, support breathing, recovery position; stay with the person; another dose after 2-3 minutes without response; naloxone can wear off before the opioids do.',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=narcan',
  },
  'SAFE-2': {
    summary:
      'Thoughts of suicide or self-harm: call or text 988 (press 2 or text AYUDA for Spanish; press 1 for veterans).',
    url: 'https://988lifeline.org/get-help/what-to-expect',
  },
  'SAFE-3': {
    summary:
      'Opioids with benzodiazepines or alcohol risk breathing problems and death. Stopping daily non-prescribed benzodiazepines or heavy drinking abruptly can cause seizures and needs medical management; a past withdrawal seizure raises that risk only with such current use; a prescribed benzodiazepine is not stopped suddenly but tapered with the prescriber.',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
  },
  'SAFE-4': {
    summary:
      'Loss of tolerance after jail, a residential stay, detox or stopping medication sharply raises overdose risk.',
    url: 'https://integrationacademy.ahrq.gov/products/playbooks/moud-playbook/implementing-treatment/mitigating-overdose-risk',
  },
  'HELP-1': {
    summary:
      'SAMHSA National Helpline 1-800-662-4357, TTY 1-800-487-4889, text ZIP to 435748; free, confidential, 24/7, English and Spanish.',
    url: 'https://www.samhsa.gov/find-help/national-helpline',
  },
  'HELP-2': { summary: "FindTreatment.gov, SAMHSA's anonymous treatment locator.", url: 'https://findtreatment.gov' },
  'HELP-3': {
    summary: '988 Suicide & Crisis Lifeline: call or text 988; chat at 988lifeline.org.',
    url: 'https://988lifeline.org',
  },
  'HELP-4': { summary: 'Emergency: 911.', url: null },
  'HELP-5': { summary: 'Poison Control: 1-800-222-1222 (24/7).', url: 'http://www.poison.org' },
  'HELP-6': {
    summary:
      'National Domestic Violence Hotline: 1-800-799-7233, 24/7, English and Spanish; text START to 88788; chat at thehotline.org.',
    url: 'https://www.thehotline.org',
  },
  'HELP-7': {
    summary:
      'Partnership to End Addiction (drugfree.org): free support for families and friends, in English and Spanish, including CRAFT-based coaching; link to the site, not a phone number.',
    url: 'https://drugfree.org',
  },
  'CONT-1': {
    summary:
      'People taking methadone, buprenorphine or naltrexone for OUD should keep taking it; stopping raises the risk of return to use and overdose; changes are for the person and prescriber to decide together.',
    url: 'https://www.asam.org/quality-care/clinical-guidelines/national-practice-guideline',
  },
  'CONT-2': {
    summary:
      'Tolerance and withdrawal from methadone or buprenorphine taken as prescribed for OUD are not criteria of the disorder; someone stable on MOUD is in treatment.',
    url: null,
  },
  'MORT-1': {
    summary:
      'Methadone and buprenorphine lower the risk of dying: after a non-fatal overdose, 59% and 38% lower opioid-related death over the next year; naltrexone showed no such difference.',
    url: 'https://www.acpjournals.org/doi/10.7326/M17-3107',
  },
  'OD-1': {
    summary:
      'A recent non-fatal overdose is a strong warning sign of a fatal one: start methadone or buprenorphine soon, carry naloxone, do not use alone.',
    url: 'https://www.acpjournals.org/doi/10.7326/M17-3107',
  },
  'OTP-1': {
    summary:
      'The 2024 opioid treatment program rule: take-home methadone doses may be given from the first week; medication does not depend on counseling; pregnant people should get priority; buprenorphine may start after a telehealth evaluation. State rules can be stricter.',
    url: 'https://www.federalregister.gov/documents/2024/02/02/2024-01693/medications-for-the-treatment-of-opioid-use-disorder',
  },
  'SET-5': {
    summary:
      'Not every program offers or continues MOUD (in 2020 only 29% of residential programs offered buprenorphine): ask whether it offers and will continue methadone or buprenorphine.',
    url: null,
  },
  'SET-6': {
    summary:
      'Medication can start at any level of care; returning to use after counseling without medication is a reason to add medication before raising the setting.',
    url: null,
  },
  'SET-7': {
    summary:
      'Thoughts of suicide call for a crisis evaluation first (988, a mobile crisis team or an emergency department); the setting is decided after it.',
    url: 'https://www.samhsa.gov/mental-health/988',
  },
  'SEV-4': {
    summary:
      'Fewer than two criteria does not point to OUD: suggest no setting for it, and still show naloxone, the safety cautions and the helpline (not for someone on MOUD).',
    url: null,
  },
  'PREG-5': {
    summary:
      'The year after giving birth is a time of high overdose risk: keep taking methadone or buprenorphine after birth, plan it before birth, carry naloxone.',
    url: null,
  },
  'PREG-6': {
    summary:
      'In pregnancy, supervised withdrawal (with or without withdrawal aids) is not the recommended plan; methadone or buprenorphine is; the care team decides if the person declines them.',
    url: 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2018/209229s000lbl.pdf',
  },
  'PREG-7': {
    summary:
      'Someone pregnant without prenatal care should start it, and say they use opioids so the teams can work together.',
    url: null,
  },
  'WD-1': {
    summary:
      'Fentanyl mixed with medetomidine: withdrawal can be life-threatening (racing heart, very high blood pressure, shaking, vomiting that does not stop, confusion); such signs mean the emergency department or 911.',
    url: 'https://www.cdc.gov/mmwr/volumes/74/wr/mm7415a2.htm',
  },
  'XYL-1': {
    summary:
      'Xylazine in fentanyl causes deep sedation and severe wounds that need medical care; naloxone does not reverse it but must still be given in an overdose.',
    url: 'https://www.cdc.gov/overdose-prevention/about/what-you-should-know-about-xylazine.html',
  },
  'HR-1': {
    summary:
      'While deciding: do not use alone; carry naloxone and tell people where it is; start small when the supply may have changed; fentanyl test strips (legal status varies).',
    url: 'https://www.cdc.gov/stop-overdose/',
  },
  'HR-2': {
    summary:
      'People who inject: new sterile equipment every time, never shared; syringe services programs give it free; get tested for HIV and hepatitis C (which can be cured).',
    url: 'https://www.cdc.gov/syringe-services-programs/',
  },
  'HR-3': {
    summary:
      'Methadone and buprenorphine at home must be locked away from children: a small amount can kill a child; if a child swallows any, call 911 or Poison Control.',
    url: 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2014/006134s038lbl.pdf',
  },
  'SED-1': {
    summary:
      'Gabapentin or pregabalin, sleeping pills and other sedating medicines with opioids raise the risk of slowed breathing: tell the provider.',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-warns-about-serious-breathing-problems-seizure-and-nerve-pain-medicines-gabapentin-neurontin',
  },
  'PAIN-1': {
    summary:
      'Chronic pain is common with OUD and changes the choice of medicine (naltrexone blocks opioid pain relief): tell the provider about pain and its treatment.',
    url: null,
  },
  'AGE-1': {
    summary:
      'This self-check is for adults; for someone under 18 treatment differs: point to a pediatric or adolescent provider and the helpline, not adult settings.',
    url: null,
  },
  'FAM-1': {
    summary:
      'Families and friends can help a person into treatment with CRAFT (positive communication and self-care instead of confrontation), carry naloxone too, and find support (HELP-7).',
    url: null,
  },
  'DV-1': {
    summary:
      'A home that is not safe is a safety problem first: 911 if in danger now; the National Domestic Violence Hotline helps plan for safety.',
    url: 'https://www.thehotline.org',
  },
  'WORDS-1': {
    summary:
      'Person-first, non-stigmatising words: "return to use", "recovery housing", "medication for opioid use disorder"; never "not addictive" for one medicine.',
    url: 'https://nida.nih.gov/research-topics/addiction-science/words-matter-preferred-language-talking-about-addiction',
  },
  'BEH-1': {
    summary: 'Counseling: CBT, contingency management, motivational enhancement, family therapy, mindfulness.',
    url: null,
  },
  'BEH-2': {
    summary:
      'Peer support (Narcotics Anonymous, SMART Recovery) and aftercare: counseling, recovery housing, relapse-prevention plan, case manager; at least six months of engagement.',
    url: null,
  },
  'PHQ-2': {
    summary: 'PHQ-2 depression screen: two items scored 0-3; 3 or more is positive.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2906530',
  },
  'GAD-2': { summary: 'GAD-2 anxiety screen: two items scored 0-3; 3 or more is positive.', url: null },
} as const satisfies Record<string, { summary: string; url: string | null }>;

export type SourceId = keyof typeof sources;
