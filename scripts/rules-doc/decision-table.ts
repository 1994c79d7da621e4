/**
 * The decision table, generated from the rules themselves (`npm run rules:doc` writes it to
 * docs/rules.md), so what a medical director reads is what the code does.
 */
import { findQuestion } from '../../questions/journey.ts';
import { medicineRules } from '../../src/rules/medicine-rules.ts';
import { stepRules } from '../../src/rules/next-steps.ts';
import { MedicationIdSchema } from '../../src/rules/recommendation.ts';
import { recentOverdose, visitsHard } from '../../src/rules/risk-signals.ts';
import { answer } from '../../src/rules/rule-conditions.ts';
import { criteriaQuestions, levelForCount } from '../../src/rules/severity.ts';
import { cautionRules, familyRules, supportRules, togetherRules } from '../../src/rules/statement-rules.ts';
import { RULES_VERSION } from '../../src/rules/version.ts';
import { cite, links } from './citations.ts';
import { describeCondition } from './describe-condition.ts';
import { en, exampleInWords, questionnaire } from './english.ts';
import { settingSection } from './setting-section.ts';
import { unknownsSection } from './unknowns-section.ts';
import { doThisNowSection, findCareSection } from './plan-sections.ts';
import { statementRows } from './statement-rows.ts';

/** The count bands, read off `levelForCount` itself so the table cannot drift from the code. */
function severityBands(): string[] {
  const counts = Array.from({ length: 12 }, (_, count) => count);
  const levels = [...new Set(counts.map(levelForCount))];
  return levels.map((level) => {
    const inBand = counts.filter((count) => levelForCount(count) === level);
    const range = inBand.length > 1 ? `${String(inBand[0])} to ${String(inBand.at(-1))}` : String(inBand[0]);
    return `- ${range} signs: ${level}.`;
  });
}

function severitySection(): string[] {
  const criteria = criteriaQuestions.map((id) => {
    const question = findQuestion(questionnaire, id);
    const ticked = question?.options.filter((option) => option.exclusive !== true).length ?? 0;
    return `- “${question?.text ?? id}” (${String(ticked)} signs; “None of these” counts none).`;
  });
  return [
    '## Severity',
    '',
    `Each ticked sign counts once, over three questions that paraphrase the 11 signs of opioid use disorder (${cite(['SEV-1'])}):`,
    '',
    ...criteria,
    '',
    `The count gives the severity (${cite(['SEV-2'])}):`,
    '',
    ...severityBands(),
    '',
    `The signs about the body (tolerance and withdrawal) do not count when the only opioid is pain pills taken as prescribed (${cite(['SEV-3'])}), or when the person takes methadone or buprenorphine for opioid use now (${cite(['CONT-2'])}). When none of the three questions was answered, severity is “not answered” and no severity rule applies.`,
  ];
}

/** The order the medicines are listed in; the conditions are the rules' own. */
function orderSection(): string[] {
  const nonOpioid = describeCondition(answer('prefers-non-opioid', ['yes']));
  return [
    '## Order of the medicines',
    '',
    `All five medicines are always listed, so everyone sees every option (${cite(['MED-6'])}); the answers change only their order. They start in this order: ${MedicationIdSchema.options.map((id) => en.medicines[id].name).join('; ')}. Then each step below that applies, in turn, moves medicines to the front, so the last one decides what comes first:`,
    '',
    `1. When ${describeCondition(visitsHard)}: buprenorphine, then methadone (${cite(['MED-1', 'MED-2'])}).`,
    `2. When ${describeCondition(recentOverdose)}: methadone and buprenorphine, in their order so far, then naloxone (${cite(['OD-1', 'MORT-1'])}). Otherwise, when ${nonOpioid}: naltrexone (${cite(['MED-4'])}).`,
    `3. The medicine they take for opioid use now, if any (${cite(['CONT-1'])}).`,
  ];
}

function medicineSections(): string[] {
  return MedicationIdSchema.options.flatMap((id) => {
    const rules = medicineRules[id];
    const notNow = rules.notNow
      ? [
          `- **Not to be started now** when ${describeCondition(rules.notNow.when)}.\n  Sources: ${cite(rules.notNow.sources)}.`,
        ]
      : [];
    return [
      `## Medicine: ${en.medicines[id].name}`,
      '',
      `Always listed, to discuss with a provider. ${en.medicines[id].howGiven} Sources: ${cite(rules.sources)}.`,
      '',
      ...notNow,
      ...statementRows(rules.notes, 'note'),
      ...statementRows(rules.cautions, 'caution'),
      '',
    ];
  });
}

function stepSection(): string[] {
  return [
    '## Urgent and next steps',
    '',
    ...Object.entries(stepRules).map(([id, rule]) => {
      const when = 'when' in rule ? `When ${describeCondition(rule.when)}` : 'Always';
      const kind = rule.urgent ? 'urgent step, shown first' : 'next step';
      return `- **${id}** (${kind}). ${when}.\n  Says: “${en.nextSteps[id as keyof typeof en.nextSteps].title}”\n  Sources: ${cite(rule.sources)}.`;
    }),
  ];
}

export function decisionTable(): string {
  return [
    '# Decision table',
    '',
    `Rules version ${RULES_VERSION}. Questionnaire version ${questionnaire.version}.`,
    '',
    '## How to read this',
    '',
    'This file is generated from the rules in `src/rules` by `npm run rules:doc`. Do not edit it by hand.',
    'Each rule says when it applies, in terms of the questions and answers as the person sees them, what it concludes, and the sources it relies on (see `docs/sources.md`).',
    'A question that was not answered never makes a rule apply. The tool screens and informs; it never diagnoses, prescribes or doses.',
    `Texts are quoted as they read in English when the person answers for themselves; a text with variable parts is quoted as it reads for ${exampleInWords}.`,
    '',
    ...doThisNowSection(),
    '',
    ...severitySection(),
    '',
    ...settingSection(),
    '',
    '## All medicines',
    '',
    ...statementRows(togetherRules, 'note before the medicines'),
    '',
    ...orderSection(),
    '',
    ...medicineSections(),
    '## Safety cautions',
    '',
    ...statementRows(cautionRules, 'caution'),
    '',
    ...unknownsSection(),
    '',
    ...stepSection(),
    '',
    ...findCareSection(),
    '',
    '## Support',
    '',
    ...statementRows(supportRules, 'support'),
    '',
    '## Family and friends',
    '',
    ...statementRows(familyRules, 'family'),
    '',
    ...links(),
    '',
  ].join('\n');
}
