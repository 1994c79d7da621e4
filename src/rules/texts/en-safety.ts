/** Safety cautions that are not about one medicine, keyed by statement id. */
import type { BenzosOrAlcohol } from './text-params.ts';

export const enCautions = {
  'opioids-with-benzos-or-alcohol':
    'Opioids mixed with benzos or alcohol can slow or stop your breathing. This can cause death.',
  'do-not-stop-suddenly-alone': ({ benzos, alcohol }: BenzosOrAlcohol) =>
    `Do not stop ${alcohol && benzos ? 'drinking or taking benzos' : alcohol ? 'drinking' : 'taking benzos'} suddenly on your own. It can cause seizures. Get medical help to stop safely.`,
  'tolerance-after-release':
    'After time in jail, detox or a treatment stay, your body can handle much less. Using the amount you used before can cause an overdose.',
  'carry-naloxone': 'Keep naloxone (Narcan) with you. You can buy it over the counter.',
  'tell-provider-other-drugs': 'Tell your provider about all the drugs you use, so your care can cover all of them.',
  'tell-provider-health-problem':
    'Tell your provider about your long-term health problem. It can change which care is safest for you.',
  'withdrawal-care-is-not-treatment':
    'Medical care through withdrawal is only a first step, not treatment on its own. Plan ongoing care, and ask about medicine for opioid use.',
};
