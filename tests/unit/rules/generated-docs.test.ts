import { readFileSync } from 'node:fs';
import { currentVersions, generatedFiles, type Versions } from '../../../scripts/rules-doc/generated-files.ts';
import { describeCondition } from '../../../scripts/rules-doc/describe-condition.ts';
import { all, answer, any, not } from '../../../src/rules/rule-conditions.ts';
import { settingGates } from '../../../src/rules/setting-gates.ts';
import { settingRules } from '../../../src/rules/setting-rules.ts';
import { unknownAnswerSources } from '../../../src/rules/unknown-answers.ts';
import englishWords from '../../../src/i18n/en/words.ts';
import { inVoice } from '../../../src/i18n/voices.ts';

const root = new URL('../../../', import.meta.url);
const committed = (file: string) => readFileSync(new URL(file, root), 'utf8');

describe('generated rule documents', () => {
  it.each(['docs/rules.md', 'docs/sources.md'])('%s matches the rules as they are now', (file) => {
    const expected = generatedFiles()[file];
    expect(committed(file) === expected, `${file} is out of date: run npm run rules:doc`).toBe(true);
  });

  it('names the rules and questionnaire versions and every setting rule in the decision table', () => {
    const table = generatedFiles()['docs/rules.md'] ?? '';
    const { rulesVersion, questionnaireVersion } = currentVersions();
    expect(table).toContain(`Rules version ${rulesVersion}. Questionnaire version ${questionnaireVersion}.`);
    for (const rule of settingRules) expect(table).toContain(`**${rule.id}**`);
  });

  it('names every setting gate before the setting rules, with what it says instead of a setting', () => {
    const table = generatedFiles()['docs/rules.md'] ?? '';
    const texts = inVoice(englishWords.rules, 'self');
    for (const gate of settingGates) {
      expect(table).toContain(`**${gate.id}** (no setting)`);
      expect(table).toContain(`Says instead: “${texts.insteadOfSetting[gate.id]}”`);
      expect(table.indexOf(`**${gate.id}**`)).toBeLessThan(table.indexOf(`**${settingRules[0]?.id ?? ''}**`));
    }
  });

  it('names every answer that can be kept back or not known, with what the results say about it', () => {
    const table = generatedFiles()['docs/rules.md'] ?? '';
    const texts = inVoice(englishWords.rules, 'self');
    for (const questionId of Object.keys(unknownAnswerSources) as (keyof typeof unknownAnswerSources)[]) {
      const row = table.split('\n- **').find((entry) => entry.startsWith(`unknown-${questionId}**`));
      expect(row ?? `no row for ${questionId}`).toMatch(/When they answered “(Prefer not to say|I don't know)”/);
      expect(row).toContain(`Says: “${texts.unknowns[questionId]}”`);
    }
  });

  it('gives every rule in the decision table at least one source', () => {
    const rules = (generatedFiles()['docs/rules.md'] ?? '').split('\n- **').slice(1);
    expect(rules.length).toBeGreaterThan(40);
    for (const rule of rules) expect(rule).toMatch(/\n {2}Sources: \[?[A-Z]+-\d/);
  });

  it('records a new fingerprint only together with a new rules or questionnaire version', () => {
    const recorded = JSON.parse(committed('docs/versions.json')) as Versions;
    const now = currentVersions();
    const sameVersions =
      recorded.rulesVersion === now.rulesVersion && recorded.questionnaireVersion === now.questionnaireVersion;
    expect(
      sameVersions || recorded.fingerprint === now.fingerprint ? null : 'versions changed: run npm run rules:doc',
    ).toBeNull();
    expect(
      !sameVersions || recorded.fingerprint === now.fingerprint
        ? null
        : 'the rules or the questionnaire changed: bump RULES_VERSION or the questionnaire version, then run npm run rules:doc',
    ).toBeNull();
  });
});

describe('rule conditions in plain words', () => {
  it('describes nested conditions in brackets, either perspective, and an unknown question by its id', () => {
    const nested = describeCondition(
      any(
        all(answer('alcohol', ['heavy']), answer('other-drugs', ['stimulants'])),
        not(answer('benzodiazepines', ['daily'])),
      ),
    );
    expect(nested).toMatch(/^\[[^[\]]+, and [^[\]]+\], or [^[\]]+$/);
    expect(describeCondition({ perspective: 'self' })).not.toBe(describeCondition({ perspective: 'other' }));
    expect(describeCondition({ questionId: 'no-such-question', anyOf: ['a', 'b'] })).toBe('no-such-question is a or b');
  });
});
