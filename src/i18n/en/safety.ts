/**
 * The safety cautions that are not about one medicine (SAFE-3, SAFE-4, SET-4), keyed by statement
 * id.
 */
import type { BenzosOrAlcohol } from '../../rules/text-params.ts';

const safety = {
  cautions: {
    'opioids-with-benzos-or-alcohol': {
      you: 'Opioids mixed with benzos or alcohol can slow or stop your breathing. This can cause death.',
      they: 'Opioids mixed with benzos or alcohol can slow or stop their breathing. This can cause death.',
    },
    'do-not-stop-suddenly-alone': {
      you: ({ benzos, alcohol }: BenzosOrAlcohol) =>
        `Do not stop ${alcohol && benzos ? 'drinking or taking benzos' : alcohol ? 'drinking' : 'taking benzos'} suddenly on your own. It can cause seizures. Get medical help to stop safely.`,
      they: ({ benzos, alcohol }: BenzosOrAlcohol) =>
        `They should not stop ${alcohol && benzos ? 'drinking or taking benzos' : alcohol ? 'drinking' : 'taking benzos'} suddenly on their own. It can cause seizures. They need medical help to stop safely.`,
    },
    'tolerance-after-release': {
      you: 'After time in jail, detox or a treatment stay, your body can handle much less. Using the amount you used before can cause an overdose.',
      they: 'After time in jail, detox or a treatment stay, their body can handle much less. Using the amount they used before can cause an overdose.',
    },
    'carry-naloxone': {
      you: 'Keep naloxone (Narcan) with you. You can buy it over the counter.',
      they: 'Keep naloxone (Narcan) close. It is sold over the counter.',
    },
    'tell-provider-other-drugs': {
      you: 'Tell your provider about all the drugs you use, so your care can cover all of them.',
      they: 'Their provider needs to know about all the drugs they use, so their care can cover all of them.',
    },
    'tell-provider-health-problem': {
      you: 'Tell your provider about your long-term health problem. It can change which care is safest for you.',
      they: 'Their provider needs to know about their long-term health problem. It can change which care is safest for them.',
    },
    'withdrawal-care-is-not-treatment':
      'Medical care through withdrawal is only a first step, not treatment on its own. Plan ongoing care, and ask about medicine for opioid use.',
  },
} as const;

export default safety;
