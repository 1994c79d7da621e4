/**
 * The committed files generated from the rules: the decision table, the sources, and the versions
 * with a fingerprint of what they cover. Shared by `npm run rules:doc` and the tests that check the
 * committed files are current.
 */
import { createHash } from 'node:crypto';
import { definition, questionnaire } from '../../questions/questionnaire.ts';
import { RULES_VERSION } from '../../src/rules/version.ts';
import { decisionTable } from './decision-table.ts';
import { sourcesDocument } from './sources-document.ts';

export type Versions = { rulesVersion: string; questionnaireVersion: string; fingerprint: string };

/** A hash of the decision table and the questionnaire: it changes whenever either changes. */
function fingerprint(): string {
  const hash = createHash('sha256');
  hash.update(decisionTable().replace(/^Rules version .*$/m, ''));
  hash.update(JSON.stringify({ ...definition, version: '' }));
  return `sha256:${hash.digest('hex')}`;
}

export function currentVersions(): Versions {
  return { rulesVersion: RULES_VERSION, questionnaireVersion: questionnaire.version, fingerprint: fingerprint() };
}

/** Path (from the project root) to content. */
export function generatedFiles(): Record<string, string> {
  return {
    'docs/rules.md': decisionTable(),
    'docs/sources.md': sourcesDocument(),
    'docs/versions.json': `${JSON.stringify(currentVersions(), null, 2)}\n`,
  };
}
