/**
 * "Someone I care about" on the intro: both voices' words come with the page, so Start opens the
 * first question about "they" at once, with nothing to wait for and nothing downloaded. No screen
 * in between shows a question in "you" words.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogIn } from '../support/words.ts';
import { renderApp } from './render-app.tsx';
import { headingsShown } from './headings-shown.ts';

const other = catalogIn('en', 'other');
const self = catalogIn('en', 'self');
const firstQuestion = 'overdose-now';

describe('starting about someone the person cares about', () => {
  it('opens the first question in "they" words straight from Start', async () => {
    const headings = headingsShown();
    const { user } = renderApp();
    await user.click(screen.getByRole('radio', { name: 'Someone I care about' }));
    await user.click(screen.getByRole('button', { name: 'Start now' }));

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(other.questions.questions[firstQuestion].text);
    expect(screen.getByRole('group', { name: /the person/ })).toBeInTheDocument();
    expect(screen.queryByText('Loading the next page.')).not.toBeInTheDocument();

    headings.stop();
    expect(headings.seen).not.toContain(self.questions.questions[firstQuestion].text);
    expect(headings.seen).toEqual([other.ui.intro.title, other.questions.questions[firstQuestion].text]);
  });
});
