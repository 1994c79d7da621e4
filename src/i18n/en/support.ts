/**
 * Support alongside treatment (BEH-1, BEH-2, SET-3), and what family and friends can do (FAM-1,
 * SAFE-1, HELP-7), which speaks to the reader in both voices by design.
 */

const support = {
  support: {
    counseling:
      'Counseling helps, alongside medicine or on its own. Ask about talk therapy, like CBT. Ask about therapy that helps people find their own reasons to change. Some programs give small rewards when goals are met.',
    'keep-work-and-children': {
      you: 'You have a job or children to keep up with. Care that lets you live at home can fit. You could go to an intensive outpatient program and take medicine. Or you could get buprenorphine by telehealth.',
      they: 'They have a job or children to keep up with. Care that lets them live at home can fit. They could go to an intensive outpatient program and take medicine. Or they could get buprenorphine by telehealth.',
    },
    'peer-support': {
      you: 'Peer support groups let you meet others in recovery. Two of them are Narcotics Anonymous and SMART Recovery.',
      they: 'Peer support groups let people meet others in recovery. Two of them are Narcotics Anonymous and SMART Recovery.',
    },
    aftercare: {
      you: 'Plan for care after treatment. This can mean more counseling and recovery housing. It can also mean a plan to avoid a return to use, and a case manager for housing or work. Try to stay in care for at least six months.',
      they: 'Plan for care after treatment. This can mean more counseling and recovery housing. It can also mean a plan to avoid a return to use, and a case manager for housing or work. Staying in care for at least six months helps.',
    },
    'family-therapy': {
      you: 'Family therapy can bring the people who support you into your care.',
      they: 'Family therapy can bring the people who support them into their care.',
    },
  },
  family: {
    'family-carry-naloxone':
      'Keep naloxone (Narcan) at home and with you. It can reverse an opioid overdose, and you can buy it over the counter.',
    'family-overdose-signs':
      'Learn the signs of an overdose. The person cannot be woken, their breathing is slow or has stopped, their pupils are tiny, or their lips are blue or gray. Call 911, give naloxone, and lay them on their side. Stay with them. If they do not respond in 2 to 3 minutes, give a second dose.',
    'family-craft':
      'An approach called CRAFT teaches families to help a person into treatment. It uses calm, positive talk instead of arguments. It also helps you take care of yourself.',
    'family-find-care':
      'You can call the SAMHSA National Helpline to get referrals to treatment. FindTreatment.gov lists programs near you.',
    'family-support-for-you':
      'Support is there for you too. Partnership to End Addiction helps families and friends for free, in English and Spanish, including coaching built on CRAFT.',
  },
} as const;

export default support;
