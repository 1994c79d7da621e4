/**
 * Phone numbers and links, exactly as in the clinical reference (HELP-1 to HELP-7, SAFE-2). The
 * words that lead into each one come from the `contacts` words of a language and voice
 * (src/i18n/<language>/contacts.ts), which come with the first screens, so every screen's header
 * can show a helpline without loading the rest of the rules' sentences.
 */
import type { RuleTexts } from '../i18n/word-types.ts';

/** `label` leads into `display` ("Text your ZIP code to" + "435748"), or already contains it ("Call 911"). */
export type Contact = { readonly label: string; readonly display: string; readonly href: string };
export type ContactId = keyof RuleTexts['contacts'];

/** The numbers and links themselves, without words: the same in every language. */
export const helplineNumbers = {
  samhsa: { display: '1-800-662-4357', href: 'tel:+18006624357' },
  samhsaTty: { display: '1-800-487-4889', href: 'tel:+18004874889' },
  samhsaText: { display: '435748', href: 'sms:435748' },
  findTreatment: { display: 'FindTreatment.gov', href: 'https://findtreatment.gov' },
  lifelineCall: { display: '988', href: 'tel:988' },
  lifelineText: { display: '988', href: 'sms:988' },
  lifelineChat: { display: '988lifeline.org', href: 'https://988lifeline.org' },
  emergency: { display: '911', href: 'tel:911' },
  poisonControl: { display: '1-800-222-1222', href: 'tel:+18002221222' },
  domesticViolence: { display: '1-800-799-7233', href: 'tel:+18007997233' },
  domesticViolenceText: { display: '88788', href: 'sms:88788' },
  domesticViolenceChat: { display: 'thehotline.org', href: 'https://www.thehotline.org' },
  familySupport: { display: 'drugfree.org', href: 'https://drugfree.org' },
} as const satisfies Record<ContactId, Omit<Contact, 'label'>>;

/** Every contact, with its lead-in words from `texts.contacts`. */
const worded = new WeakMap<RuleTexts['contacts'], Record<ContactId, Contact>>();

export function contactsIn(texts: Pick<RuleTexts, 'contacts'>): Record<ContactId, Contact> {
  const known = worded.get(texts.contacts);
  if (known) return known;
  const entries = (Object.keys(helplineNumbers) as ContactId[]).map((id) => [
    id,
    { label: texts.contacts[id], ...helplineNumbers[id] },
  ]);
  const contacts = Object.fromEntries(entries) as Record<ContactId, Contact>;
  worded.set(texts.contacts, contacts);
  return contacts;
}
