/**
 * The words that lead into each helpline contact, in English, spoken to "you". Kept apart from the
 * other rule texts because every screen's header shows a contact: these few words come with the
 * page, the rest of the rule texts only with the results.
 */
/** Leads into the number or link ("Text your ZIP code to" + "435748"), or already contains it ("Call 911"). */
export const enContacts = {
  samhsa: 'Call the SAMHSA National Helpline at',
  samhsaTty: 'TTY',
  samhsaText: 'Text your ZIP code to',
  findTreatment: 'Search FindTreatment.gov',
  lifelineCall: 'Call 988',
  lifelineText: 'Text 988',
  lifelineChat: 'Chat at 988lifeline.org',
  emergency: 'Call 911',
  poisonControl: 'Call Poison Control at',
};
