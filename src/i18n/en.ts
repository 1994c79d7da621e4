/**
 * Every fixed string of the interface in English, both parts in one object, for the tools and tests
 * that need all of it at once. The page never imports this module: the screens' part
 * (`en-ui.ts`) comes with it, the later part (`en-ui-more.ts`) is fetched apart. Question text lives
 * with the questions.
 */
import { enUi, type ScreenMessages } from './en-ui.ts';
import { enUiMore, type LaterMessages } from './en-ui-more.ts';

export type { LaterMessages, ScreenMessages };

/**
 * The shape of every whole interface catalog (any language, any perspective): each part is written
 * `satisfies` its own type, so a missing or extra key in either fails the type check.
 */
export type Messages = ScreenMessages & LaterMessages;

export const en = { ...enUi, ...enUiMore } satisfies Messages;
