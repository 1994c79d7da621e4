/** Intake coordinator mode in Spanish: the running summary, the crisis script and the case note. */
import { catalogIn } from '../support/words.ts';
import { screen, within } from '@testing-library/react';
import { en } from '../support/words.ts';
import { assess } from '../../src/rules/assess.ts';
import { assessInEnglish } from '../support/words.ts';
import { answerOne, answerUntilCheck, calmValues, heading, renderWith } from './l10n-app.tsx';

const es = catalogIn('es', 'self');
const t = es.ui.coordinator;

async function startSpanishCall() {
  const view = renderWith('?mode=coordinator&lang=es');
  await view.user.click(await screen.findByRole('button', { name: es.ui.coordinator.intake.start }));
  return { ...view, walk: { user: view.user, catalog: es, picks: calmValues, by: 'keys' as const } };
}

describe('coordinator mode in Spanish', () => {
  it('labels the running summary in Spanish: its title, question names and answers', async () => {
    const { walk } = await startSpanishCall();
    // The three safety questions, age and medicine now, calmly; then the opioids used.
    for (let answered = 0; answered < 5; answered += 1) await answerOne(walk);
    await answerOne({ ...walk, picks: { 'opioids-used': ['heroin', 'fentanyl'] } });
    const summary = screen.getByRole('region', { name: t.summaryTitle });
    const lines = within(summary)
      .getAllByRole('term')
      .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent ?? ''}`);
    const words = es.questions.questions;
    expect(lines).toEqual([
      `${words['overdose-now'].summary}: No`,
      `${words['self-harm-thoughts'].summary}: No`,
      `${words['danger-signs-now'].summary}: No`,
      `${words.adult.summary}: ${words.adult.options.yes.label}`,
      `${words['current-medicine'].summary}: ${words['current-medicine'].options.none.label}`,
      `${words['opioids-used'].summary}: ${words['opioids-used'].options.heroin.label}; ${words['opioids-used'].options.fentanyl.label}`,
    ]);
    expect(summary).not.toHaveTextContent('Signs of an overdose');
    expect(within(summary).getAllByRole('button', { name: new RegExp(`^${t.change} `) })).toHaveLength(6);
  });

  it('gives the overdose crisis script in Spanish, with the Spanish words for calling 911', async () => {
    const { walk } = await startSpanishCall();
    await answerOne({ ...walk, picks: { 'overdose-now': ['yes'] } });
    expect(heading()).toHaveTextContent(t.crisis.overdoseTitle);
    const say = screen.getByRole('list', { name: t.crisis.sayHeading });
    expect(
      within(say)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(t.crisis.overdoseSay);
    expect(screen.getByRole('link', { name: es.rules.contacts.emergency })).toHaveAttribute('href', 'tel:911');
    expect(screen.queryByText(en.coordinator.crisis.sayHeading)).not.toBeInTheDocument();
  });

  it('gives the suicide hand-off script in Spanish, with the Spanish 988 contacts', async () => {
    const { walk } = await startSpanishCall();
    await answerOne(walk);
    await answerOne({ ...walk, picks: { 'self-harm-thoughts': ['yes'] } });
    expect(heading()).toHaveTextContent(t.crisis.selfHarmTitle);
    expect(screen.getByRole('list', { name: t.crisis.doHeading })).toHaveTextContent(t.crisis.selfHarmDo[0] ?? '');
    const say = screen.getByRole('list', { name: t.crisis.sayHeading });
    expect(
      within(say)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(t.crisis.selfHarmSay);
    expect(screen.getByRole('link', { name: es.rules.contacts.lifelineCall })).toHaveAttribute('href', 'tel:988');
    expect(screen.getByRole('link', { name: es.rules.contacts.lifelineText })).toHaveAttribute('href', 'sms:988');
  });

  it('gives the emergency care script in Spanish for danger signs now, with the Spanish words for calling 911', async () => {
    const { walk } = await startSpanishCall();
    await answerOne(walk);
    await answerOne(walk);
    await answerOne({ ...walk, picks: { 'danger-signs-now': ['yes'] } });
    expect(heading()).toHaveTextContent(t.crisis.emergencyTitle);
    expect(screen.getByRole('list', { name: t.crisis.doHeading })).toHaveTextContent(t.crisis.emergencyDo[0] ?? '');
    const say = screen.getByRole('list', { name: t.crisis.sayHeading });
    expect(
      within(say)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(t.crisis.emergencySay);
    expect(say).toHaveTextContent(/sala de emergencias/);
    expect(screen.getByRole('link', { name: es.rules.contacts.emergency })).toHaveAttribute('href', 'tel:911');
    expect(screen.queryByText(en.coordinator.crisis.emergencyTitle)).not.toBeInTheDocument();
  });

  it('copies a Spanish case note and a Spanish summary, and downloads FHIR with Spanish texts', async () => {
    const { user, walk } = await startSpanishCall();
    const answers = await answerUntilCheck(walk);
    await user.click(screen.getByRole('button', { name: es.ui.check.confirm }));
    const suggested = assess(answers, { perspective: 'self', texts: es.rules }).setting;
    if (suggested === null) throw new Error('The calm answers should suggest a treatment setting');
    const setting = suggested.name;
    expect(setting).not.toBe(assessInEnglish(answers).setting?.name);
    const today = new Intl.DateTimeFormat('es', { dateStyle: 'long' }).format(new Date());

    await user.keyboard('{Alt>}{Shift>}C{/Shift}{/Alt}');
    const tools = screen.getByRole('region', { name: new RegExp(`^${t.toolsHeading}`) });
    expect(await within(tools).findByRole('status')).toHaveTextContent(t.notesCopied);
    const note = await navigator.clipboard.readText();
    // The note speaks of the person (the 'other' voice), after the call details.
    expect(note.startsWith(`${t.noteHeading}\n\n${t.note.caller}: ${t.note.notGiven}\n`)).toBe(true);
    expect(note).toContain(`\n\n${catalogIn('es', 'other').ui.exports.title}\n`);
    expect(note).toContain(`${es.ui.exports.settingHeading}\n- ${setting}\n`);
    expect(note).toContain(`- ${es.questions.questions['overdose-now'].summary}: No\n`);
    expect(note).toContain(`${es.ui.exports.date(today)}\n`);
    expect(note).toContain('1-800-662-4357');
    expect(note).not.toMatch(/Suggested setting|Your answers|Help any time/);

    await user.click(screen.getByRole('button', { name: es.ui.exports.actions.copy }));
    const text = await navigator.clipboard.readText();
    expect(text).toContain(`- ${setting}\n`);
    expect(text).toContain(`${es.ui.exports.answersHeading}\n`);
    expect(text).toContain('1-800-662-4357');

    const saved: Blob[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) saved.push(blob);
      return 'blob:local-file';
    };
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: es.ui.exports.actions.downloadResponse }));
    click.mockRestore();
    const response = JSON.parse(await readBlob(saved[0])) as {
      resourceType: string;
      language?: string;
      item?: { item?: { linkId: string; text: string }[] }[];
    };
    expect(response.resourceType).toBe('QuestionnaireResponse');
    expect(response.language).toBe('es');
    const first = response.item?.[0]?.item?.[0];
    expect(first).toEqual(
      expect.objectContaining({ linkId: 'overdose-now', text: es.questions.questions['overdose-now'].text }),
    );
  });
});

/** jsdom's Blob has no text(): read it the older way. */
function readBlob(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) {
      reject(new Error('no file was made'));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(new Error('could not read the file'));
    };
    reader.readAsText(blob);
  });
}
