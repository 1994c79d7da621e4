/**
 * "Find a place" on the results page: the FindTreatment.gov link with, beside it, the filters the
 * rules chose from the answers and the questions to ask a program; the search step is shown there
 * and not a second time under "Next steps"; the sources list cites what the section says.
 */
import { screen, within } from '@testing-library/react';
import { answersWith, openResults } from './results-app.tsx';

describe('"Find a place" on the results page', () => {
  it('shows the FindTreatment.gov link, a filter for each answer that calls for one, and the questions to ask', async () => {
    const answers = answersWith({
      pregnancy: 'pregnant',
      payment: 'medicaid',
      'main-opioid': 'fentanyl',
      frequency: 'daily',
      transport: 'no',
    });
    const { recommendation } = await openResults(answers);
    const section = screen.getByRole('region', { name: 'Find a place' });
    expect(within(section).getByRole('link', { name: 'Search FindTreatment.gov' })).toHaveAttribute(
      'href',
      'https://findtreatment.gov',
    );
    const { lookFor, ask } = recommendation.findCare;
    expect(lookFor.map((line) => line.id)).toEqual(expect.arrayContaining(['pregnant', 'payment-medicaid']));
    const [checklist, questions] = within(section).getAllByRole('list').slice(1);
    expect(
      within(checklist ?? section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(lookFor.map((line) => line.text));
    expect(
      within(questions ?? section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(ask.map((line) => line.text));
    expect(within(section).getByRole('heading', { name: 'Questions to ask a program' })).toBeInTheDocument();

    const nextSteps = screen.getByRole('region', { name: 'Next steps' });
    expect(within(nextSteps).queryByRole('link', { name: 'Search FindTreatment.gov' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Find a place' })).toHaveAttribute('href', '#results-find-care');
  });

  it('in Spanish and about someone else, adds "Services in Spanish" and words the cost question about them', async () => {
    const { recommendation } = await openResults(answersWith({ payment: 'no-insurance' }), {
      language: 'es',
      perspective: 'other',
    });
    const section = screen.getByRole('region', { name: 'Buscar un lugar' });
    expect(section).toHaveTextContent('Servicios en español.');
    expect(section).toHaveTextContent('Atención gratuita o de bajo costo.');
    expect(section).toHaveTextContent('¿Cuánto costará y acepta el programa su seguro?');
    expect(recommendation.findCare.lookFor.map((line) => line.id)).toContain('spanish');
  });

  it('cites the sources of its filters and questions in "Where this information comes from"', async () => {
    await openResults(answersWith({ pregnancy: 'pregnant' }));
    // SET-6, OD-1 and CONT-1 are cited here only by "Find a place" (start quickly, keep the medicine).
    for (const id of ['HELP-2', 'PREG-4', 'SET-6', 'OD-1', 'CONT-1']) expect(screen.getByText(id)).toBeInTheDocument();
  });
});
