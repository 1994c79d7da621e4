/** Renders the whole app for a test, with a user-event session. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/app.tsx';

export function renderApp() {
  const user = userEvent.setup();
  const view = render(<App />);
  return { user, ...view };
}
