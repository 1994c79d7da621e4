/**
 * "Check your answers".
 */

const check = {
  check: {
    title: {
      you: 'Check your answers',
      they: 'Check the answers',
    },
    change: 'Change',
    notAnswered: 'Not answered',
    declined: 'Declined to answer',
    answer: 'Answer',
    confirmHeading: {
      you: 'Now see your results',
      they: 'Now see the results',
    },
    confirmNote: {
      you: 'You will see the kinds of treatment and medicines to ask a provider about.',
      they: 'The results show the kinds of treatment and medicines to ask a provider about.',
    },
    confirm: {
      you: 'See my results',
      they: 'See the results',
    },
  },
} as const;

export default check;
