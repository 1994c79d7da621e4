/**
 * The later part of the English interface for someone answering about a person they care about
 * (see `en-ui-more.ts`). Texts that do not speak to anyone stay shared; the coordinator's texts stay
 * shared too: coordinator mode always asks about the caller.
 */
import { enUiMore, type LaterMessages } from './en-ui-more.ts';

export const enOtherUiMore = {
  ...enUiMore,
  crisis: {
    ...enUiMore.crisis,
    overdoseSteps: [
      'Call 911.',
      'Give naloxone (Narcan) if there is some.',
      'Help them breathe: support their breathing.',
      'Put them in the recovery position, on their side.',
    ],
    selfHarmTitle: 'They can get help right now',
    selfHarmLead: 'They can call or text 988 to reach the 988 Suicide & Crisis Lifeline. It is free and open 24/7.',
    inDanger: 'If they are in danger right now, call 911.',
    continueNote: 'When ready, the questions can go on.',
  },
  check: {
    ...enUiMore.check,
    title: 'Check the answers',
    confirmHeading: 'Now see the results',
    confirmNote: 'The results show the kinds of treatment and medicines to ask a provider about.',
    confirm: 'See the results',
  },
  results: {
    ...enUiMore.results,
    lead: 'These are suggestions to talk about with a doctor, nurse or counselor. Only a provider can tell which treatment is right for them.',
    withdrawalCare: 'They may need medical care to stop safely (withdrawal care), before or along with treatment.',
    changeAnswers: 'Change the answers',
  },
  exports: {
    ...enUiMore.exports,
    answersHeading: 'The answers',
    actions: {
      ...enUiMore.exports.actions,
      heading: 'Keep or share the results',
      nothingSent: 'These buttons only make a copy on this device. Nothing is sent anywhere.',
      copied: 'Copied. The results can now be pasted into a message or a patient portal.',
      copyFailed: 'The browser did not let us copy. Select the text below, then copy it.',
      copyFallbackLabel: 'The results as text',
      download: 'Download for their clinic (FHIR)',
      downloaded: 'The file is in the downloads folder.',
    },
  },
  embed: {
    ...enUiMore.embed,
    offeredLead: (clinic: string) =>
      `These are the suggestions from the results. We marked the ones ${clinic} says it offers.`,
    shareHeading: (clinic: string) => `Share the result with ${clinic}`,
    shareLead: (clinic: string) => `Only if wanted. After the button is pressed, ${clinic} gets:`,
    shareWithdrawal: 'that they may need medical care to stop safely (withdrawal care)',
    shareNotAnswers: 'The answers to the questions are not sent.',
    shareButton: (clinic: string) => `Share the result with ${clinic}`,
    shared: (clinic: string) => `The result was sent to ${clinic}. Nothing else was sent.`,
  },
} satisfies LaterMessages;
