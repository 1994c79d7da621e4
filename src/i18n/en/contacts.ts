/**
 * The words that lead into each helpline contact ("Text your ZIP code to" + "435748"), or already
 * contain it ("Call 911"). Every screen's header shows one, so these come with the first screens.
 */

const contacts = {
  contacts: {
    samhsa: 'Call the SAMHSA National Helpline at',
    samhsaTty: 'TTY',
    samhsaText: {
      you: 'Text your ZIP code to',
      they: 'Text a ZIP code to',
    },
    findTreatment: 'Search FindTreatment.gov',
    lifelineCall: 'Call 988',
    lifelineText: 'Text 988',
    lifelineChat: 'Chat at 988lifeline.org',
    emergency: 'Call 911',
    poisonControl: 'Call Poison Control at',
    domesticViolence: 'Call the National Domestic Violence Hotline at',
    domesticViolenceText: 'Text START to',
    domesticViolenceChat: 'Chat at',
    familySupport: 'Partnership to End Addiction:',
  },
} as const;

export default contacts;
