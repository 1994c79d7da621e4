/**
 * Details that the broad properties do not pin down: what the rules pass to the text catalog,
 * which reasons they give, and the source-id check of the contract. Checked through a probe
 * catalog (`support/probe-texts.ts`), never the English wording.
 */
import { assess } from '../../../src/rules/assess.ts';
import { assessInEnglish, enRules } from '../../support/words.ts';
import { medications } from '../../../src/rules/medications.ts';
import { RecommendationSchema, SourceIdSchema } from '../../../src/rules/recommendation.ts';
import type { Answers } from '../../../questions/answers.ts';
import { togetherRules } from '../../../src/rules/statement-rules.ts';
import { probeTexts } from './support/probe-texts.ts';

const probed = (answers: Answers) => assess(answers, { texts: probeTexts });
const textOf = (items: readonly { id: string; text: string }[], id: string) =>
  items.find((item) => item.id === id)?.text;
const medicineCaution = (answers: Answers, medicine: string, id: string) =>
  textOf(probed(answers).medications.find((item) => item.id === medicine)?.cautions ?? [], id);

describe('what the rules pass to the text catalog', () => {
  it.each([
    [{ alcohol: 'some' }, { benzos: false, alcohol: true }],
    [{ benzodiazepines: 'sometimes' }, { benzos: true, alcohol: false }],
    [
      { alcohol: 'heavy', benzodiazepines: 'daily' },
      { benzos: true, alcohol: true },
    ],
  ])('names benzos and alcohol in the medicine mixing cautions as answered: %j', (answers, mix) => {
    for (const medicine of ['methadone', 'buprenorphine']) {
      expect(medicineCaution(answers, medicine, `${medicine}-mixing`)).toBe(
        `texts.medicineCautions.${medicine}-mixing(${JSON.stringify(mix)})`,
      );
    }
  });

  it.each([
    [
      { alcohol: 'heavy', benzodiazepines: 'sometimes' },
      { alcohol: true, benzos: false },
    ],
    [
      { alcohol: 'some', benzodiazepines: 'daily' },
      { alcohol: false, benzos: true },
    ],
    [
      { alcohol: 'heavy', benzodiazepines: 'daily', 'benzodiazepines-prescribed': 'as-prescribed' },
      { alcohol: true, benzos: false },
    ],
    [
      { alcohol: 'no', benzodiazepines: 'daily', 'benzodiazepines-prescribed': 'not-sure' },
      { alcohol: false, benzos: true },
    ],
  ])('names only what must not be stopped suddenly alone: %j', (answers, flags) => {
    expect(textOf(probed(answers).cautions, 'do-not-stop-suddenly-alone')).toBe(
      `texts.cautions.do-not-stop-suddenly-alone(${JSON.stringify(flags)})`,
    );
  });

  it.each(['pregnant', 'could-be'])('words the naltrexone caution for the pregnancy answer "%s"', (pregnancy) => {
    expect(medicineCaution({ pregnancy }, 'naltrexone', 'naltrexone-pregnancy')).toBe(
      `texts.medicineCautions.naltrexone-pregnancy("${pregnancy}")`,
    );
  });

  it.each(['methadone', 'buprenorphine', 'naltrexone'])(
    'names the medicine taken now, "%s", in "keep taking it"',
    (medicine) => {
      expect(textOf(probed({ 'current-medicine': medicine }).medicationNotes, 'keep-taking-your-medicine')).toBe(
        `texts.medicinesTogether.keep-taking-your-medicine("${medicine}")`,
      );
    },
  );

  it('words "keep taking it" for methadone when no medicine is named, as the decision table shows it', () => {
    const rule = togetherRules.find((item) => item.id === 'keep-taking-your-medicine');
    expect(rule?.text(probeTexts, {})).toBe('texts.medicinesTogether.keep-taking-your-medicine("methadone")');
    expect(rule?.text(probeTexts, { 'current-medicine': 'none' })).toBe(
      'texts.medicinesTogether.keep-taking-your-medicine("methadone")',
    );
  });

  it('words each gate from the gate it is', () => {
    const gates: [Answers, string][] = [
      [{ 'self-harm-thoughts': 'yes' }, 'crisis-first'],
      [{ adult: 'no' }, 'under-18'],
      [{ 'current-medicine': 'buprenorphine', 'medicine-working': 'yes' }, 'in-treatment'],
      [{ control: ['none'] }, 'few-signs'],
    ];
    for (const [answers, gate] of gates) {
      expect(probed(answers).insteadOfSetting?.text).toBe(`texts.insteadOfSetting.${gate}`);
    }
  });

  it('words each unknown answer from its question', () => {
    const { unknowns } = probed({ alcohol: 'prefer-not-to-say', 'home-safe': 'prefer-not-to-say', housing: 'stable' });
    expect(unknowns.map((item) => [item.id, item.text])).toEqual([
      ['unknown-alcohol', 'texts.unknowns.alcohol'],
      ['unknown-home-safe', 'texts.unknowns.home-safe'],
    ]);
  });
});

describe('reasons', () => {
  it('explains leaving out tolerance and withdrawal for pain pills taken only as prescribed (SEV-3)', () => {
    const { setting, severity } = probed({
      'opioids-used': ['pills-as-prescribed'],
      control: ['more-than-meant', 'craving'],
      'body-changes': ['tolerance', 'withdrawal'],
    });
    expect(severity).toMatchObject({ level: 'mild', criteriaCount: 2 });
    expect(setting?.level).toBe('outpatient');
    expect(setting?.reasons).toEqual([
      { questionId: 'control', text: 'texts.severity.count(2,"mild")' },
      { questionId: 'opioids-used', text: 'texts.reasons.opioids-used.pills-as-prescribed' },
      { questionId: 'body-changes', text: 'texts.severity.prescribedOnly' },
    ]);
  });

  it.each([
    [{ 'gad-nervous': 'nearly-every-day', 'gad-worry': 'several-days' }, 'gad-nervous', 'texts.scores.gad2(4)'],
    [{ 'phq-interest': 'more-than-half', 'phq-down': 'several-days' }, 'phq-interest', 'texts.scores.phq2(3)'],
    [{ 'phq-down': 'nearly-every-day' }, 'phq-down', 'texts.scores.phq2(3)'],
    [{ 'gad-worry': 'nearly-every-day' }, 'gad-worry', 'texts.scores.gad2(3)'],
  ])('names the mood screen score that calls for more care: %j', (answers, questionId, text) => {
    const { setting } = probed(answers);
    expect(setting?.level).toBe('intensive-outpatient');
    expect(setting?.reasons).toEqual([{ questionId, text }]);
  });

  it('gives each reason once when several rules at the winning level share it', () => {
    const { setting } = probed({
      control: ['more-than-meant', 'could-not-cut-down', 'much-time', 'craving'],
      'life-impact': ['duties', 'relationships'],
      'support-person': 'no',
      'mental-health-diagnosis': 'yes',
    });
    expect(setting?.level).toBe('residential');
    expect(setting?.reasons).toEqual([
      { questionId: 'control', text: 'texts.severity.count(6,"severe")' },
      { questionId: 'support-person', text: 'texts.reasons.support-person.no' },
      { questionId: 'mental-health-diagnosis', text: 'texts.reasons.mental-health-diagnosis.yes' },
    ]);
  });
});

describe('the contract and helpers', () => {
  it('refuses a source id that is not in the clinical reference, or not a string', () => {
    expect(SourceIdSchema.safeParse('HELP-1').success).toBe(true);
    expect(SourceIdSchema.safeParse('HELP-99').error?.issues[0]?.message).toBe('unknown source id');
    expect(SourceIdSchema.safeParse(1).success).toBe(false);
    // Only the id itself: a list or object that would print as one is not a source id.
    expect(SourceIdSchema.safeParse(['HELP-1']).success).toBe(false);
    const result = assessInEnglish({});
    expect(result.setting).not.toBeNull();
    const tampered = { ...result, setting: { ...result.setting, sources: ['NOT-1'] } };
    expect(RecommendationSchema.safeParse(tampered).success).toBe(false);
  });

  it('lists the same medicines on their own as in a full recommendation', () => {
    const answers = { pregnancy: 'could-be', alcohol: 'some', 'recent-release': ['jail'] };
    expect(medications(answers, enRules)).toEqual(assessInEnglish(answers).medications);
  });
});
