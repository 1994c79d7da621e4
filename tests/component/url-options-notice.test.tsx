/** A web address with settings we do not understand gets a calm notice naming only known settings. */
import { render, screen } from '@testing-library/react';
import { parseUrlOptions } from '../../src/config/parse-url-options.ts';
import { App } from '../../src/ui/app.tsx';

const notice = /Part of the web address was not understood/;

describe('notice about the web address', () => {
  it('names the settings it ignored in plain words and never shows text from the address', () => {
    const search = `?lang=${encodeURIComponent('<script>alert(1)</script>')}&mode=admin&parentOrigin=javascript:alert(1)`;
    const { container } = render(<App options={parseUrlOptions(search)} />);
    expect(screen.getByText(notice)).toHaveTextContent(
      'Part of the web address was not understood, so we used the usual setting for: language, mode, parent site.',
    );
    expect(container.textContent).not.toMatch(/script|alert|admin|javascript/);
  });

  it('is not shown when every setting was understood, or none was given', () => {
    const { unmount } = render(<App options={parseUrlOptions('?lang=en&mode=coordinator')} />);
    expect(screen.queryByText(notice)).not.toBeInTheDocument();
    unmount();
    render(<App options={parseUrlOptions('?utm_source=x&q=<b>')} />);
    expect(screen.queryByText(notice)).not.toBeInTheDocument();
  });
});
