/** Renders the whole app as `src/main.tsx` does (StrictMode included), with a user-event session. */
import { StrictMode } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../src/ui/app.tsx';

export function renderApp() {
  const user = userEvent.setup({ delay: null });
  const view = render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return { user, ...view };
}

/** On the intro: the answers are about "Myself", then "Start now" opens the first question. */
export async function startForMyself(user: UserEvent) {
  await user.click(screen.getByRole('radio', { name: 'Myself' }));
  await user.click(screen.getByRole('button', { name: 'Start now' }));
}
