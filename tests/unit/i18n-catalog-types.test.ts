/**
 * A words file with a missing or an extra key must fail the type check, with an error in that
 * file that names the key. The TypeScript compiler runs on copies of real words files, each with
 * one key taken out or one made up (made beside the real file, so its imports resolve as they do),
 * and on the real files, which must pass. English questions are checked against the questionnaire
 * (every question and option needs words); every other language against the English file of the
 * same name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const words = path.join(root, 'src/i18n');

/** The object literal the file exports by default, walked down `keys`. */
function propertyAt(source: ts.SourceFile, keys: readonly string[]): ts.PropertyAssignment {
  let found: ts.PropertyAssignment | undefined;
  const visit = (node: ts.Node, depth: number): void => {
    if (found) return;
    if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
      const name = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : '';
      if (name === keys[depth]) {
        if (depth === keys.length - 1) found = node;
        else ts.forEachChild(node.initializer, (child) => visit(child, depth + 1));
        return;
      }
      return;
    }
    ts.forEachChild(node, (child) => visit(child, depth));
  };
  visit(source, 0);
  if (!found) throw new Error(`no ${keys.join('.')} in ${source.fileName}`);
  return found;
}

type Change = { readonly file: string; readonly keys: readonly string[]; readonly add?: string };

/** The file's text with the property at `keys` removed, or with `add` put in just before it. */
function changed({ file, keys, add }: Change): string {
  const text = readFileSync(path.join(words, file), 'utf8');
  const property = propertyAt(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true), keys);
  if (add !== undefined) return `${text.slice(0, property.getStart())}${add}, ${text.slice(property.getStart())}`;
  const end = text[property.getEnd()] === ',' ? property.getEnd() + 1 : property.getEnd();
  return text.slice(0, property.getStart()) + text.slice(end);
}

const cases = {
  'missing-screen-text': { file: 'es/screens.ts', keys: ['serviceName'] },
  'missing-hint': { file: 'es/questions.ts', keys: ['questions', 'self-harm-thoughts', 'hint'] },
  'missing-statement': { file: 'es/support.ts', keys: ['support', 'counseling'] },
  'missing-question-in-english': { file: 'en/questions.ts', keys: ['questions', 'housing'] },
  'missing-option-label-in-english': { file: 'en/questions.ts', keys: ['questions', 'alcohol', 'options', 'some'] },
  'extra-screen-text': { file: 'es/screens.ts', keys: ['serviceName'], add: "madeUpKey: 'Sobra'" },
  'extra-heading': { file: 'es/results.ts', keys: ['results', 'title'], add: "madeUpHeading: 'Sobra'" },
  'extra-option': {
    file: 'es/questions.ts',
    keys: ['questions', 'alcohol', 'options', 'some'],
    add: "madeUpOption: { label: 'Sobra' }",
  },
  'extra-option-in-english': {
    file: 'en/questions.ts',
    keys: ['questions', 'alcohol', 'options', 'some'],
    add: "madeUpOption: { label: 'Extra' }",
  },
} as const satisfies Record<string, Change>;
type CaseName = keyof typeof cases;

/** Where each changed copy sits: beside the real file, under a name no real file has. */
const copyOf = (name: string, change: Change) =>
  path.join(words, path.dirname(change.file), `${path.basename(change.file, '.ts')}.${name}.ts`);

const errors = new Map<string, { files: string[]; text: string }>();
const realFiles = ['en', 'es'].flatMap((language) =>
  ['screens', 'questions', 'support', 'results', 'words'].map((file) => path.join(words, language, `${file}.ts`)),
);

beforeAll(() => {
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const compilerOptions = { ...options, noEmit: true, types: [] };
  const copies = new Map(
    Object.entries(cases).map(([name, change]) => [copyOf(name, change), changed(change)] as const),
  );
  const real = ts.createCompilerHost(compilerOptions);
  const host: ts.CompilerHost = {
    ...real,
    fileExists: (file) => copies.has(path.resolve(file)) || real.fileExists(file),
    readFile: (file) => copies.get(path.resolve(file)) ?? real.readFile(file),
    getSourceFile: (file, language, ...rest) => {
      const copy = copies.get(path.resolve(file));
      return copy === undefined
        ? real.getSourceFile(file, language, ...rest)
        : ts.createSourceFile(file, copy, language);
    },
  };
  const program = ts.createProgram([...copies.keys(), ...realFiles], compilerOptions, host);
  for (const file of [...copies.keys(), ...realFiles]) {
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
    errors.set(file, {
      files: [...new Set(diagnostics.map((item) => path.relative(root, item.file?.fileName ?? '')))],
      text: diagnostics.map((item) => ts.flattenDiagnosticMessageText(item.messageText, '\n')).join('\n'),
    });
  }
}, 120_000);

function errorsOf(name: CaseName) {
  const found = errors.get(copyOf(name, cases[name]));
  if (!found) throw new Error(`"${name}" was not compiled`);
  return found;
}

describe('words files', () => {
  it('pass the type check as they are, in every language', () => {
    expect(realFiles.map((file) => errors.get(file)?.text)).toEqual(realFiles.map(() => ''));
  });

  it.each([
    ['missing-screen-text', 'serviceName'],
    ['missing-hint', 'hint'],
    ['missing-statement', 'counseling'],
    ['missing-question-in-english', 'housing'],
    ['missing-option-label-in-english', 'some'],
  ] as const)('fail when a key is missing (%s), in that file, naming the key', (name, key) => {
    const { files, text } = errorsOf(name);
    expect(files).toEqual([path.relative(root, copyOf(name, cases[name]))]);
    expect(text).toMatch(new RegExp(`'${key}'`));
  });

  it.each([
    ['extra-screen-text', 'madeUpKey'],
    ['extra-heading', 'madeUpHeading'],
    ['extra-option', 'madeUpOption'],
    ['extra-option-in-english', 'madeUpOption'],
  ] as const)('fail when a key is made up (%s), in that file, naming the key', (name, key) => {
    const { files, text } = errorsOf(name);
    expect(files).toEqual([path.relative(root, copyOf(name, cases[name]))]);
    expect(text).toMatch(new RegExp(`'${key}'`));
  });
});
