/**
 * The app inside a clinic's iframe: the clinic's name and number beside the SAMHSA helpline, its
 * accent only when readable, hostile details neutralised, and the result shared with the clinic
 * only when the person presses the share button.
 */
import { screen, within } from '@testing-library/react';
import { MESSAGE_SOURCE } from '../../src/embed/protocol.ts';
import { renderWith } from './l10n-app.tsx';
import { answersWith, openResults } from './results-app.tsx';

const PARENT = 'https://clinic.example';
const riverside = {
  name: 'Riverside Recovery Clinic',
  phone: '555-0100',
  accent: '#1d4f91',
  services: ['buprenorphine', 'methadone', 'outpatient'],
};

function embedSearch(clinic: unknown, parentOrigin: string | null = PARENT) {
  const params = new URLSearchParams({ embed: '1', clinic: JSON.stringify(clinic) });
  if (parentOrigin !== null) params.set('parentOrigin', parentOrigin);
  return `?${params.toString()}`;
}

/**
 * The port to embed.js, as if it had been handed over (the handshake itself runs in real frames:
 * tests/e2e/embed-channel.test.ts); it records what the app sends over it.
 */
const host = vi.hoisted(() => ({ posted: [] as unknown[], connected: true }));
vi.mock('../../src/ui/embed/parent-window.ts', () => ({
  connectToHost: () => undefined,
  hasHostPort: () => host.connected,
  sendToHost: (message: unknown) => {
    if (!host.connected) return false;
    host.posted.push(message);
    return true;
  },
}));

/** As if framed by a clinic page, with embed.js's port connected and nothing posted yet. */
function framedByClinic() {
  host.posted.length = 0;
  vi.spyOn(window, 'parent', 'get').mockReturnValue({} as Window);
}

/** Renders the app as if framed by a clinic page. */
function renderEmbedded(search: string) {
  framedByClinic();
  return { ...renderWith(search), posted: host.posted };
}

/** The app framed by a clinic page, on the results of a calm journey saved on this device. */
async function renderEmbeddedResults(search: string) {
  framedByClinic();
  const view = await openResults(answersWith({}), { options: new URLSearchParams(search) });
  return { ...view, posted: host.posted };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the app in a clinic embed', () => {
  it('shows the clinic name and number beside the SAMHSA helpline, without the page header or footer', () => {
    renderEmbedded(embedSearch(riverside));
    const banner = screen.getByRole('region', { name: 'Helpline' });
    expect(within(banner).getByRole('link', { name: '1-800-662-4357' })).toHaveAttribute('href', 'tel:+18006624357');
    expect(within(banner).getByText(/Or call Riverside Recovery Clinic/)).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: '555-0100' })).toHaveAttribute('href', 'tel:5550100');
    expect(screen.queryByText('Treatment Options Self-Check')).not.toBeInTheDocument();
    expect(screen.queryByRole('contentinfo')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /leave this site/i })).toBeInTheDocument();
  });

  it('uses a readable accent colour', () => {
    renderEmbedded(embedSearch(riverside));
    const contact = screen.getByText(/Or call Riverside Recovery Clinic/);
    expect(contact.style.getPropertyValue('--clinic-accent')).toBe('#1d4f91');
  });

  it('keeps the default colour when the accent is too light', () => {
    renderEmbedded(embedSearch({ ...riverside, accent: '#ffdd00' }));
    const contact = screen.getByText(/Or call Riverside Recovery Clinic/);
    expect(contact.style.getPropertyValue('--clinic-accent')).toBe('');
  });

  it('shows no clinic at all for a hostile name, and drops a javascript: phone number', () => {
    renderEmbedded(embedSearch({ name: '<img src=x onerror=alert(1)>', phone: '555-0100' }));
    expect(screen.queryByText(/Or call/)).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByText(/onerror/)).not.toBeInTheDocument();
  });

  it('never builds a link from a hostile phone number', () => {
    renderEmbedded(embedSearch({ name: 'Riverside', phone: 'javascript:alert(1)' }));
    expect(screen.getByText('Riverside shared this self-check with you.')).toBeInTheDocument();
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => /javascript/i.test(href))).toEqual([]);
  });

  it('marks what the clinic offers and shares the result only when the person presses the button', async () => {
    const { user, posted } = await renderEmbeddedResults(embedSearch(riverside));

    const offers = screen.getByRole('region', { name: 'What Riverside Recovery Clinic offers' });
    expect(within(offers).getAllByText('Offered by Riverside Recovery Clinic').length).toBeGreaterThan(0);
    expect(posted.filter((message) => (message as { type: string }).type === 'complete')).toEqual([]);

    const share = screen.getByRole('region', { name: "Show your result to Riverside Recovery Clinic's page" });
    expect(within(share).getByText('Your answers to the questions are not sent.')).toBeInTheDocument();
    expect(within(share).getByText(/It stays in this browser\..*Nobody is told on their own\./)).toBeInTheDocument();
    expect(within(share).queryByRole('link', { name: '555-0100' })).not.toBeInTheDocument();
    await user.click(within(share).getByRole('button', { name: "Show my result to Riverside Recovery Clinic's page" }));

    const completes = posted.filter((message) => (message as { type: string }).type === 'complete');
    expect(completes).toHaveLength(1);
    expect(completes[0]).toMatchObject({ source: MESSAGE_SOURCE, type: 'complete' });
    const confirmation = within(share).getByRole('status');
    expect(confirmation).toHaveTextContent(
      "Riverside Recovery Clinic's page now has your result. This self-check did not tell anyone, so do not wait for a call.",
    );
    expect(confirmation).not.toHaveTextContent(/sent to|will call/);
    expect(confirmation).toHaveFocus();
    expect(
      within(share).getByText('To take the next step, contact Riverside Recovery Clinic yourself.'),
    ).toBeInTheDocument();
    expect(within(share).getByRole('link', { name: '555-0100' })).toHaveAttribute('href', 'tel:5550100');
    expect(within(share).queryByRole('link', { name: /Book online/ })).not.toBeInTheDocument();
  });

  it('points to the clinic booking page after sharing, opened apart from the frame', async () => {
    const { user } = await renderEmbeddedResults(
      embedSearch({ ...riverside, bookingUrl: 'https://clinic.example/book' }),
    );
    const share = screen.getByRole('region', { name: "Show your result to Riverside Recovery Clinic's page" });
    await user.click(within(share).getByRole('button', { name: "Show my result to Riverside Recovery Clinic's page" }));
    const book = within(share).getByRole('link', {
      name: 'Book online with Riverside Recovery Clinic (opens a new tab)',
    });
    expect(book).toHaveAttribute('href', 'https://clinic.example/book');
    expect(book).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('offers no share button before embed.js has handed over its port', async () => {
    host.connected = false;
    try {
      await renderEmbeddedResults(embedSearch(riverside));
      expect(screen.getByRole('region', { name: 'What Riverside Recovery Clinic offers' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Show my result/ })).not.toBeInTheDocument();
    } finally {
      host.connected = true;
    }
  });

  it('offers no share button without a valid parent origin', async () => {
    await renderEmbeddedResults(embedSearch(riverside, '*'));
    expect(screen.getByRole('region', { name: 'What Riverside Recovery Clinic offers' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Show my result/ })).not.toBeInTheDocument();
  });
});
