/**
 * Run before every build: the app trusts the questionnaire data without checking it on page load,
 * so a broken reference or an unreachable question has to stop the build here instead.
 */
import { definition } from '../questions/questionnaire.ts';
import { QuestionnaireSchema } from '../questions/schema.ts';

/** `sections[3 "health"].questions[5 "alcohol"]`: indexes plus the ids they point at. */
function describePath(root: unknown, path: readonly PropertyKey[]): string {
  let node = root;
  let text = '';
  for (const key of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    const label = typeof id === 'string' ? ` "${id}"` : '';
    text += typeof key === 'number' ? `[${key}${label}]` : `${text ? '.' : ''}${String(key)}${label}`;
  }
  return text || '(questionnaire)';
}

const result = QuestionnaireSchema.safeParse(definition);
if (!result.success) {
  console.error(`questionnaire ${definition.version}: ${result.error.issues.length} problem(s)`);
  for (const issue of result.error.issues) console.error(`  ${describePath(definition, issue.path)}: ${issue.message}`);
  process.exit(1);
}
const questionCount = result.data.sections.reduce((count, section) => count + section.questions.length, 0);
console.log(
  `questionnaire ${result.data.version}: ${questionCount} questions in ${result.data.sections.length} sections, valid`,
);
