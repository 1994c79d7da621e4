/**
 * A catalog with a missing or an extra key must fail the type check, in every part: the screens'
 * interface words, the later interface words, the questions and the rule texts. The TypeScript
 * compiler runs on three small catalogs written like the real ones (`satisfies` the shared types):
 * a complete one passes, one missing a key and one with a key the English does not have both
 * fail. The fixtures are kept as `.ts.txt` so the project's own type check does not see the broken
 * ones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(import.meta.dirname, 'fixtures/i18n');
const names = ['complete', 'missing-key', 'extra-key'] as const;
const virtual = (name: string) => path.join(fixtures, `${name}.ts`);

const errorsOf = new Map<string, string>();

beforeAll(() => {
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const compilerOptions = { ...options, noEmit: true, types: [] };
  const host = ts.createCompilerHost(compilerOptions);
  const isFixture = (file: string) => names.some((name) => path.resolve(file) === virtual(name));
  const readFixture = (file: string) => readFileSync(`${file}.txt`, 'utf8');
  const real = ts.createCompilerHost(compilerOptions);
  host.fileExists = (file) => isFixture(file) || real.fileExists(file);
  host.readFile = (file) => (isFixture(file) ? readFixture(file) : real.readFile(file));
  host.getSourceFile = (file, language, ...rest) =>
    isFixture(file)
      ? ts.createSourceFile(file, readFixture(file), language)
      : real.getSourceFile(file, language, ...rest);
  const program = ts.createProgram(names.map(virtual), compilerOptions, host);
  for (const name of names) {
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(virtual(name)));
    errorsOf.set(name, diagnostics.map((item) => ts.flattenDiagnosticMessageText(item.messageText, '\n')).join('\n'));
  }
}, 120_000);

function typeErrors(name: (typeof names)[number]): string {
  const errors = errorsOf.get(name);
  if (errors === undefined) throw new Error(`"${name}" was not compiled`);
  return errors;
}

describe('catalog types', () => {
  it('accept a complete catalog of every part (both interface parts, questions, results)', () => {
    expect(typeErrors('complete')).toBe('');
  });

  it('reject a catalog missing a key, naming it', () => {
    const errors = typeErrors('missing-key');
    expect(errors).toMatch(/'serviceName'/);
    expect(errors).toMatch(/'noteHeading'/);
    expect(errors).toMatch(/'hint'/);
    expect(errors).toMatch(/'counseling'/);
  });

  it('reject a catalog with a key the English does not have, naming it', () => {
    const errors = typeErrors('extra-key');
    expect(errors).toMatch(/'madeUpKey'/);
    expect(errors).toMatch(/'madeUpHeading'/);
    expect(errors).toMatch(/'madeUpOption'/);
    expect(errors).toMatch(/'madeUpStatement'/);
  });
});
