/**
 * The safety cautions that are not about one medicine (SAFE-3, SAFE-4, SED-1, HR-1, HR-2, XYL-1,
 * PREG-3, PREG-5, PAIN-1, SET-4), keyed by statement id; and, for each answer a person kept to
 * themselves or did not know, what to tell the provider.
 */
import type { BenzosOrAlcohol } from '../../rules/text-params.ts';

const safety = {
  cautions: {
    'opioids-with-benzos-or-alcohol': {
      you: 'Opioids mixed with benzos or alcohol can slow or stop your breathing. This can cause death.',
      they: 'Opioids mixed with benzos or alcohol can slow or stop their breathing. This can cause death.',
    },
    'sedating-medicines': {
      you: 'Gabapentin, pregabalin, sleeping pills and other medicines that make you sleepy can slow your breathing when taken with opioids. Tell your provider what you take.',
      they: 'Gabapentin, pregabalin, sleeping pills and other medicines that make them sleepy can slow their breathing when taken with opioids. Their provider needs to know what they take.',
    },
    'do-not-stop-suddenly-alone': {
      you: ({ benzos, alcohol }: BenzosOrAlcohol) =>
        `Do not stop ${alcohol && benzos ? 'drinking or taking benzos' : alcohol ? 'drinking' : 'taking benzos'} suddenly on your own. It can cause seizures. Get medical help to stop safely.`,
      they: ({ benzos, alcohol }: BenzosOrAlcohol) =>
        `They should not stop ${alcohol && benzos ? 'drinking or taking benzos' : alcohol ? 'drinking' : 'taking benzos'} suddenly on their own. It can cause seizures. They need medical help to stop safely.`,
    },
    'prescribed-benzos': {
      you: 'Do not stop your benzos suddenly. Talk to the doctor who prescribes them before any change.',
      they: 'They should not stop their benzos suddenly. The doctor who prescribes them needs to plan any change.',
    },
    'past-seizure': {
      you: 'Tell your provider that you had a seizure during withdrawal before.',
      they: 'Their provider needs to know that they had a seizure during withdrawal before.',
    },
    'tolerance-after-release': {
      you: 'After time in jail, detox or a treatment stay, or after stopping methadone or buprenorphine, your body can handle much less. Using the amount you used before can cause an overdose.',
      they: 'After time in jail, detox or a treatment stay, or after stopping methadone or buprenorphine, their body can handle much less. Using the amount they used before can cause an overdose.',
    },
    'carry-naloxone': {
      you: 'Keep naloxone (Narcan) with you. You can buy it over the counter.',
      they: 'Keep naloxone (Narcan) close. It is sold over the counter.',
    },
    'do-not-use-alone': {
      you: 'Do not use alone: if you overdose, someone needs to be there to give naloxone and call 911. Tell people where your naloxone is. When the supply may have changed, start with a small amount.',
      they: 'They should not use alone: after an overdose, someone needs to be there to give naloxone and call 911. Tell people where the naloxone is. When the supply may have changed, a small amount first is safer.',
    },
    'new-supplies-every-time': {
      you: 'Use new, clean needles and supplies every time, and never share them. Syringe services programs give them free. Get tested for HIV and hepatitis C: hepatitis C can be cured.',
      they: 'They should use new, clean needles and supplies every time, and never share them. Syringe services programs give them free. Testing for HIV and hepatitis C matters: hepatitis C can be cured.',
    },
    'naloxone-with-xylazine':
      'Fentanyl can be mixed with xylazine ("tranq"), which causes deep sleep and bad wounds. Naloxone does not reverse xylazine, but always give it in an overdose: fentanyl is almost always there too.',
    'after-giving-birth': {
      you: 'The year after giving birth is a time of high overdose risk. If you take methadone or buprenorphine, keep taking it after the birth, and plan this before the birth. Keep naloxone at home.',
      they: 'The year after giving birth is a time of high overdose risk. If they take methadone or buprenorphine, they should keep taking it after the birth, and plan this before the birth. Keep naloxone at home.',
    },
    'breastfeeding-on-medicine': {
      you: 'Breastfeeding while on methadone or buprenorphine is usually advised. Ask your provider what is right for you.',
      they: 'Breastfeeding while on methadone or buprenorphine is usually advised. Their provider can say what is right for them.',
    },
    'tell-provider-other-drugs': {
      you: 'Tell your provider about all the drugs you use, so your care can cover all of them.',
      they: 'Their provider needs to know about all the drugs they use, so their care can cover all of them.',
    },
    'tell-provider-pain': {
      you: 'Tell your provider about your pain and how you treat it. It changes which medicine fits: naltrexone blocks opioid pain relief, and methadone and buprenorphine can ease pain for some people.',
      they: 'Their provider needs to know about their pain and how they treat it. It changes which medicine fits: naltrexone blocks opioid pain relief, and methadone and buprenorphine can ease pain for some people.',
    },
    'tell-provider-health-problem': {
      you: 'Tell your provider about your long-term health problem. It can change which care is safest for you.',
      they: 'Their provider needs to know about their long-term health problem. It can change which care is safest for them.',
    },
    'withdrawal-care-is-not-treatment':
      'Medical care through withdrawal is only a first step, not treatment on its own. Plan ongoing care, and ask about medicine for opioid use.',
  },
  unknowns: {
    'self-harm-thoughts': {
      you: 'If you have thoughts of suicide or of hurting yourself, you can call or text 988 at any time. Tell your provider too.',
      they: 'If they have thoughts of suicide or of hurting themselves, they can call or text 988 at any time. Their provider needs to know too.',
    },
    'danger-signs-now': {
      you: 'If your heart races, your chest hurts, you faint or you keep vomiting, go to an emergency department or call 911.',
      they: 'If their heart races, their chest hurts, they faint or they cannot stop vomiting, they need an emergency department or 911.',
    },
    'current-medicine': {
      you: 'Tell your provider about any medicine you take for opioid use. Do not stop it suddenly.',
      they: 'Their provider needs to know about any medicine they take for opioid use. They should not stop it suddenly.',
    },
    'last-use': {
      you: 'Tell your provider when you last used. It decides when some medicines can start.',
      they: 'Their provider needs to know when they last used. It decides when some medicines can start.',
    },
    'recent-overdose': {
      you: 'Tell your provider about any overdose. It changes how soon medicine should start.',
      they: 'Their provider needs to know about any overdose. It changes how soon medicine should start.',
    },
    alcohol: {
      you: 'Tell your provider how much you drink. Stopping heavy drinking all at once can cause seizures.',
      they: 'Their provider needs to know how much they drink. Stopping heavy drinking all at once can cause seizures.',
    },
    benzodiazepines: {
      you: 'Tell your provider whether you take benzos. With opioids they raise the risk of overdose, and stopping them suddenly can cause seizures.',
      they: 'Their provider needs to know whether they take benzos. With opioids they raise the risk of overdose, and stopping them suddenly can cause seizures.',
    },
    'withdrawal-history': {
      you: 'Tell your provider about any very bad withdrawal you had, such as a seizure.',
      they: 'Their provider needs to know about any very bad withdrawal they had, such as a seizure.',
    },
    pregnancy: {
      you: 'If you are pregnant or could be, say so when you call. It changes which medicines are safe.',
      they: 'If they are pregnant or could be, say so when calling. It changes which medicines are safe.',
    },
    'others-use': {
      you: 'Tell your provider about your home. It helps them suggest the right kind of care.',
      they: 'Their provider needs to know about their home. It helps in suggesting the right kind of care.',
    },
    'home-safe': {
      you: 'If you do not feel safe at home, you can tell your provider, or call the National Domestic Violence Hotline. If you are in danger now, call 911.',
      they: 'If they do not feel safe at home, they can tell their provider, or call the National Domestic Violence Hotline. If they are in danger now, call 911.',
    },
  },
} as const;

export default safety;
