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
      'Methadone: full agonist, dispensed for OUD only by certified opioid treatment programs, usually with daily visits at first; needs careful monitoring.',
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
      'Naltrexone (daily pill or monthly injection): antagonist, not addictive; needs an opioid-free period first (about 7-10 days) or it causes severe withdrawal.',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK574913/',
  },
  'MED-5': {
    summary: 'Lofexidine and (off-label) clonidine ease withdrawal symptoms only; neither treats OUD.',
    url: 'https://addiction-partnership.wustl.edu/fda-approves-the-first-non-opioid-treatment-for-management-of-opioid-withdrawal-symptoms-in-adults/',
  },
  'MED-6': {
    summary:
      'All three OUD medications increase retention and reduce illicit use, best with counseling; which one fits is the provider and patient decision.',
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
      'Neonatal opioid withdrawal is expected and treatable; breastfeeding on methadone or buprenorphine is generally recommended.',
    url: null,
  },
  'PREG-4': {
    summary: 'Pregnancy calls for coordinated care: tell the program you are pregnant when you call.',
    url: null,
  },
  'SAFE-1': {
    summary: 'Overdose signs: call 911, give naloxone, support breathing, recovery position.',
    url: 'https://eguideline.guidelinecentral.com/i/1536453-asam-opioid-use-disorder-patient-guide-2025/18',
  },
  'SAFE-2': {
    summary:
      'Thoughts of suicide or self-harm: call or text 988 (press 2 or text AYUDA for Spanish; press 1 for veterans).',
    url: 'https://988lifeline.org/get-help/what-to-expect',
  },
  'SAFE-3': {
    summary:
      'Opioids with benzodiazepines or alcohol risk breathing problems and death; stopping either abruptly can cause seizures and needs medical management.',
    url: 'https://www.fda.gov/Drugs/DrugSafety/ucm518473.htm',
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
  'BEH-1': {
    summary: 'Counseling: CBT, contingency management, motivational enhancement, family therapy, mindfulness.',
    url: null,
  },
  'BEH-2': {
    summary:
      'Peer support (Narcotics Anonymous, SMART Recovery) and aftercare: counseling, sober living, relapse-prevention plan, case manager; at least six months of engagement.',
    url: null,
  },
  'PHQ-2': {
    summary: 'PHQ-2 depression screen: two items scored 0-3; 3 or more is positive.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2906530',
  },
  'GAD-2': { summary: 'GAD-2 anxiety screen: two items scored 0-3; 3 or more is positive.', url: null },
} as const satisfies Record<string, { summary: string; url: string | null }>;

export type SourceId = keyof typeof sources;
