/**
 * Support alongside treatment (BEH-1, BEH-2), and what family and friends can do, which speaks to
 * the reader in both voices by design.
 */

const support = {
  support: {
    counseling:
      'Counseling helps, and medicine works best with it. Ask about talk therapy, like CBT. Ask about therapy that helps people find their own reasons to change. Some programs give small rewards when goals are met.',
    'peer-support': {
      you: 'Peer support groups let you meet others in recovery. Two of them are Narcotics Anonymous and SMART Recovery.',
      they: 'Peer support groups let people meet others in recovery. Two of them are Narcotics Anonymous and SMART Recovery.',
    },
    aftercare: {
      you: 'Plan for care after treatment. This can mean more counseling and sober living. It can also mean a plan to avoid a return to use, and a case manager for housing or work. Try to stay in care for at least six months.',
      they: 'Plan for care after treatment. This can mean more counseling and sober living. It can also mean a plan to avoid a return to use, and a case manager for housing or work. Staying in care for at least six months helps.',
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
      'Learn the signs of an overdose. They cannot be woken, their breathing is slow or has stopped, their pupils are tiny, or their lips are blue or gray. Call 911, give naloxone, and lay them on their side.',
    'family-therapy-option':
      'Family therapy is one kind of counseling used in treatment. It can bring you into their care.',
    'family-find-care':
      'You can call the SAMHSA National Helpline to get referrals to treatment. FindTreatment.gov lists programs near you.',
    'family-how-to-talk':
      'Pick a calm moment to talk about treatment. Say that you care about them. Offer to help them find care, for example by making the call together.',
  },
} as const;

export default support;
