/**
 * "Do this now" on the results page: the box shows the rules' one call, what to say and the one
 * safety step; its Listen button reads them in that order with a voice on the device; and in a
 * clinic's embed the clinic's own phone and booking page come first, in the box and when read.
 */
import { screen, within } from '@testing-library/react';
import { answersWith, openResults } from './results-app.tsx';
import { removeSpeech, stubSpeech, voice } from './read-aloud-stub.ts';

const heroinDaily = answersWith({ 'main-opioid': 'heroin', frequency: 'daily' });

function clinicEmbed(clinic: object): URLSearchParams {
  return new URLSearchParams({ embed: '1', parentOrigin: 'https://clinic.example', clinic: JSON.stringify(clinic) });
}

afterEach(() => {
  removeSpeech();
  vi.restoreAllMocks();
});

describe('"Do this now" on the results page', () => {
  it('shows the call, what to say and the safety step of the rules, and Listen reads them in that order', async () => {
    const speech = stubSpeech([voice('en-US', true)]);
    const { user, recommendation } = await openResults(heroinDaily);
    const { call, script, safety } = recommendation.doThisNow;
    const box = screen.getByRole('region', { name: 'Do this now' });
    expect(within(box).getByText(call.title, { exact: false })).toBeInTheDocument();
    const said = script.map((line) => line.text).join(' ');
    expect(box).toHaveTextContent(said);
    expect(box).toHaveTextContent(safety.text);

    await user.click(within(box).getByRole('button', { name: 'Listen to this box' }));
    const read = speech.spoken.map(({ text }) => text).join(' ');
    const order = [call.title, said, safety.text].map((part) => read.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("puts a clinic embed's phone and booking page first, and Listen reads the clinic before the helpline", async () => {
    vi.spyOn(window, 'parent', 'get').mockReturnValue({ postMessage: () => undefined } as unknown as Window);
    const speech = stubSpeech([voice('en-US', true)]);
    const clinic = { name: 'Riverside', phone: '555-0100', bookingUrl: 'https://clinic.example/book' };
    const { user } = await openResults(heroinDaily, { options: clinicEmbed(clinic) });
    const box = screen.getByRole('region', { name: 'Do this now' });
    const hrefs = within(box)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs.slice(0, 3)).toEqual(['tel:5550100', 'https://clinic.example/book', 'tel:+18006624357']);

    await user.click(within(box).getByRole('button', { name: 'Listen to this box' }));
    const read = speech.spoken.map(({ text }) => text).join(' ');
    expect(read).toContain('Call Riverside: 555-0100.');
    expect(read.indexOf('555-0100')).toBeLessThan(read.indexOf('1-800-662-4357'));
  });
});
