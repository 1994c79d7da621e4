import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { questionnaire } from '../../questions/questionnaire.ts';
import { plainTextSummary } from '../../src/export/plain-text.ts';
import { buildSummary } from '../../src/export/summary.ts';
import { assessInEnglish, en, questionnaire as english } from '../support/words.ts';
import { LocaleProvider } from '../../src/ui/locale/locale-provider.tsx';
import { QuestionnaireActor } from '../../src/ui/questionnaire-actor.tsx';
import { ExportActions } from '../../src/ui/results/export-actions.tsx';

const t = en.exports.actions;
const answers = { 'overdose-now': 'no', 'self-harm-thoughts': 'no', 'opioids-used': ['heroin', 'fentanyl'] };
const recommendation = assessInEnglish(answers);

function showActions() {
  const user = userEvent.setup({ delay: null });
  render(
    <QuestionnaireActor.Provider options={{ input: { questionnaire } }}>
      <LocaleProvider>
        <ExportActions answers={answers} recommendation={recommendation} />
      </LocaleProvider>
    </QuestionnaireActor.Provider>,
  );
  return user;
}

function setClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

/** jsdom's Blob has no text(): read it the older way. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
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

afterEach(() => {
  vi.restoreAllMocks();
});

describe('keeping or sharing the results', () => {
  test('says next to the buttons that nothing is sent anywhere', () => {
    showActions();
    const region = screen.getByRole('region', { name: t.heading });
    expect(within(region).getByText(t.nothingSent)).toBeInTheDocument();
    expect(
      within(region)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([t.print, t.copy, t.downloadResponse, t.downloadBundle]);
  });

  test('"Print or save as PDF" opens the browser\'s print dialog', async () => {
    const user = showActions();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: t.print }));
    expect(print).toHaveBeenCalledOnce();
  });

  test('"Copy as text" copies the plain-text summary and announces it in a status message', async () => {
    const user = showActions();
    const writeText = vi.fn(() => Promise.resolve());
    setClipboard(writeText);
    await user.click(screen.getByRole('button', { name: t.copy }));
    expect(await screen.findByRole('status')).toHaveTextContent(t.copied);
    const copied = writeText.mock.calls[0] as unknown as [string];
    const expected = plainTextSummary(
      buildSummary({ questionnaire: english, answers, recommendation, date: new Date(), messages: en }),
    );
    const withoutDate = (text: string) => text.split('\n').slice(2).join('\n');
    expect(withoutDate(copied[0])).toBe(withoutDate(expected));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  test('when the browser will not copy, says so and offers the text selected in a box to copy by hand', async () => {
    const user = showActions();
    setClipboard(() => Promise.reject(new Error('Not allowed')));
    await user.click(screen.getByRole('button', { name: t.copy }));
    expect(await screen.findByRole('status')).toHaveTextContent(t.copyFailed);
    const box = screen.getByRole('textbox', { name: t.copyFallbackLabel });
    expect(box).toHaveFocus();
    expect((box as HTMLTextAreaElement).value).toContain('1-800-662-4357');
    expect((box as HTMLTextAreaElement).readOnly).toBe(true);
  });

  test('labels each download by what it holds and whom it is for, and describes each by its own hint', () => {
    showActions();
    const response = screen.getByRole('button', { name: t.downloadResponse });
    const bundle = screen.getByRole('button', { name: t.downloadBundle });
    expect(response).toHaveAccessibleDescription(`${t.downloadResponseHint} ${t.downloadHint}`);
    expect(bundle).toHaveAccessibleDescription(`${t.downloadBundleHint} ${t.downloadHint}`);
    expect(t.downloadResponse).not.toBe(t.downloadBundle);
  });

  test.each([
    ['downloadResponse', 'responseFileName', { resourceType: 'QuestionnaireResponse', status: 'completed' }],
    ['downloadBundle', 'bundleFileName', { resourceType: 'Bundle', type: 'transaction' }],
  ] as const)('%s saves its FHIR file (%s) made on this device', async (button, fileName, expected) => {
    const user = showActions();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:local-file';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await user.click(screen.getByRole('button', { name: t[button] }));
    expect(clicked.map((link) => [link.download, link.getAttribute('href')])).toEqual([
      [t[fileName], 'blob:local-file'],
    ]);
    expect(blobs[0]?.type).toBe('application/fhir+json');
    const resource = JSON.parse(await readBlob(blobs[0] as Blob)) as Record<string, unknown>;
    expect(resource).toMatchObject(expected);
    expect(await screen.findByRole('status')).toHaveTextContent(t.downloaded);
  });

  test('gives the printed page the answers given and the helplines', () => {
    showActions();
    const section = within(screen.getByRole('region', { name: en.exports.answersHeading }));
    expect(section.getByText('Opioids used in the past 12 months')).toBeInTheDocument();
    expect(section.getByText('Heroin; Fentanyl')).toBeInTheDocument();
    expect(section.getByText('1-800-662-4357')).toBeInTheDocument();
  });
});

describe('the printed page, for the provider', () => {
  test('prints the PHQ-2 and GAD-2 totals under their own heading, in a part only the printout shows', () => {
    const mood = { ...answers, 'phq-interest': 'nearly-every-day', 'phq-down': 'several-days' };
    render(
      <QuestionnaireActor.Provider options={{ input: { questionnaire } }}>
        <LocaleProvider>
          <ExportActions answers={mood} recommendation={assessInEnglish(mood)} />
        </LocaleProvider>
      </QuestionnaireActor.Provider>,
    );
    const part = screen.getByRole('region', { name: en.exports.moodChecks.heading });
    expect(part).toHaveClass('print-only');
    expect(
      within(part)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['PHQ-2 (low mood): 4 of 6, positive screen (3 or more)', 'GAD-2 (worry): not answered']);
  });
});
