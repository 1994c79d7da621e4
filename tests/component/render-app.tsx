/** Renders the whole app as `src/main.tsx` does (StrictMode included), with a user-event session. */
import { StrictMode } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/app.tsx';

export function renderApp() {
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return { user, ...view };
}
