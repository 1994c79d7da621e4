/**
 * The words that lead into each helpline contact, in English, when someone answers about a person
 * they care about. Their own module, like `en-contacts.ts`: the screens need them before the rest
 * of the rule texts.
 */
import type { RuleTexts } from '../rules/texts/rule-texts.ts';
import { enContacts } from '../rules/texts/en-contacts.ts';

export const enOtherContacts = { ...enContacts, samhsaText: 'Text a ZIP code to' } satisfies RuleTexts['contacts'];
