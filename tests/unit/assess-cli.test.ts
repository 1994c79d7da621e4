import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RecommendationSchema } from '../../src/rules/recommendation.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = path.join(root, 'node_modules/.bin/tsx');

function run(...args: string[]) {
  const result = spawnSync(tsx, ['scripts/assess.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run assess', { timeout: 60_000 }, () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'assess-cli-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  const write = (name: string, content: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, content);
    return file;
  };

  it('prints the Recommendation for the example answers file as JSON', () => {
    const { status, stdout, stderr } = run('docs/examples/severe-no-support-at-home.json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = RecommendationSchema.parse(JSON.parse(stdout));
    expect(result.severity.level).toBe('severe');
    expect(result.setting?.level).toBe('residential');
    expect(result.nextSteps.map((step) => step.id)).toContain('samhsa-helpline');
  });

  it('lists every question with its kind and allowed values, one per line', () => {
    const { status, stdout } = run('--questions');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toContain(
      'alcohol (single): heavy, some, no, prefer-not-to-say (unknown), dont-know (unknown; only with --perspective other)',
    );
    expect(lines.find((line) => line.startsWith('recent-release (multiple): '))).toMatch(/none \(on its own\)/);
    expect(lines.find((line) => line.startsWith('prenatal-care '))).toMatch(/asked only when pregnancy is pregnant/);
  });

  it('words the result in Spanish with --lang es, with the same conclusions as in English', () => {
    const english = RecommendationSchema.parse(JSON.parse(run('docs/examples/severe-unsafe-home.json').stdout));
    const { status, stdout, stderr } = run('--lang', 'es', 'docs/examples/severe-unsafe-home.json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const spanish = RecommendationSchema.parse(JSON.parse(stdout));
    expect(spanish.setting?.name).toBe('Tratamiento residencial');
    expect(spanish.nextSteps.map((step) => step.id)).toEqual(english.nextSteps.map((step) => step.id));
    expect(spanish.cautions.map((caution) => caution.id)).toEqual(english.cautions.map((caution) => caution.id));
  });

  it('speaks of the person with --perspective other, and adds what family and friends can do', () => {
    const file = write('about-someone.json', JSON.stringify({ alcohol: 'dont-know', 'support-person': 'yes' }));
    const { status, stdout, stderr } = run('--perspective', 'other', file);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = RecommendationSchema.parse(JSON.parse(stdout));
    expect(result.family.map((item) => item.id)).toContain('family-craft');
    expect(result.unknowns[0]?.text).toMatch(/^Their provider needs to know how much they drink/);
  });

  it('exits with 2 and names what is allowed when someone answering for themselves says "I don\'t know"', () => {
    const { status, stdout, stderr } = run(write('self.json', JSON.stringify({ alcohol: 'dont-know' })));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/"alcohol": .*got "dont-know"; expected one of heavy, some, no, prefer-not-to-say\)/);
  });

  it.each([
    [['--lang', 'fr'], /^Unknown language "fr": use en or es\.$/m],
    [['--perspective', 'them'], /^Unknown perspective "them": use self or other\.$/m],
    [['--colour'], /^Unknown option '--colour'/m],
  ])('exits with 2 for %j, naming what is wrong', (options, message) => {
    const { status, stdout, stderr } = run(...options, write('empty.json', '{}'));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('prints usage for --help', () => {
    const { status, stdout } = run('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage:/);
  });

  it('exits with 2 and names the unknown id and the bad value', () => {
    const file = write('bad.json', JSON.stringify({ alcohol: 'lots', 'favourite-colour': 'blue', housing: 'stable' }));
    const { status, stdout, stderr } = run(file);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown question id "favourite-colour"/);
    expect(stderr).toMatch(/"alcohol": .*got "lots"; expected one of heavy, some, no/);
    expect(stderr).not.toMatch(/housing/);
  });

  it('exits with 2 and a one-line message for invalid JSON, with no stack trace', () => {
    const { status, stderr } = run(write('broken.json', '{ "alcohol": '));
    expect(status).toBe(2);
    expect(stderr).toMatch(/is not valid JSON/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('exits with 2 for a missing file', () => {
    const { status, stderr } = run(path.join(folder, 'missing.json'));
    expect(status).toBe(2);
    expect(stderr.trim()).toMatch(/^Cannot find the file ".*missing\.json"\.$/);
  });

  it('exits with 2 when no file is given', () => {
    const { status, stderr } = run();
    expect(status).toBe(2);
    expect(stderr).toMatch(/No answers file given/);
  });

  it('notes answers on hidden branches that do not count, and still succeeds', () => {
    const file = write('hidden.json', JSON.stringify({ pregnancy: 'no', 'prenatal-care': 'yes' }));
    const { status, stderr } = run(file);
    expect(status).toBe(0);
    expect(stderr).toMatch(/not counted.*prenatal-care/);
  });
});
