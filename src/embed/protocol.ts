/**
 * The messages the app, inside a clinic's iframe, sends to the host page (the contract in
 * docs/embedding.md): `{ source: 'treatment-self-check', type, ... }`, posted only to the validated
 * `parentOrigin`, never to `*`. `resize` carries the document height (growing and shrinking);
 * `complete` carries a short result summary, and only after the person presses the share button.
 * `exit` carries nothing: the quick exit asks the host page to replace itself with the neutral page
 * it already knows, since a Shift press does not let the frame move the top window itself.
 * No answer ever leaves in a message: the summary holds the suggestion, not what led to it.
 */
import { z } from 'zod';
import { MedicationIdSchema, SettingLevelSchema, type Recommendation } from '../rules/recommendation.ts';

export const MESSAGE_SOURCE = 'treatment-self-check';
/** Taller than any real page; a larger height is refused on both sides. */
export const MAX_HEIGHT = 100_000;

const Text = z.string().min(1).max(200);

/** What "Show my result to <clinic>'s page" sends: the suggestion only (setting and medicines to ask about). */
export const SharedResultSchema = z.strictObject({
  /** Null when no setting is suggested (something else comes first). */
  setting: z.strictObject({ level: SettingLevelSchema, name: Text }).nullable(),
  withdrawalCare: z.boolean(),
  medications: z.array(z.strictObject({ id: MedicationIdSchema, name: Text })).max(10),
  questionnaireVersion: Text,
  rulesVersion: Text,
});
export type SharedResult = z.infer<typeof SharedResultSchema>;

export const ResizeMessageSchema = z.strictObject({
  source: z.literal(MESSAGE_SOURCE),
  type: z.literal('resize'),
  height: z.number().int().min(0).max(MAX_HEIGHT),
});
export const CompleteMessageSchema = z.strictObject({
  source: z.literal(MESSAGE_SOURCE),
  type: z.literal('complete'),
  result: SharedResultSchema,
});
export const ExitMessageSchema = z.strictObject({
  source: z.literal(MESSAGE_SOURCE),
  type: z.literal('exit'),
});
export const EmbedMessageSchema = z.discriminatedUnion('type', [
  ResizeMessageSchema,
  CompleteMessageSchema,
  ExitMessageSchema,
]);
export type EmbedMessage = z.infer<typeof EmbedMessageSchema>;

/** The medicines offered for discussion (not those "not to be started now"), with the setting. */
export function sharedResultOf(recommendation: Recommendation): SharedResult {
  return SharedResultSchema.parse({
    setting: recommendation.setting && { level: recommendation.setting.level, name: recommendation.setting.name },
    withdrawalCare: recommendation.setting?.medicalWithdrawalManagement ?? false,
    medications: recommendation.medications
      .filter((medication) => medication.stance === 'discuss')
      .map((medication) => ({ id: medication.id, name: medication.name })),
    questionnaireVersion: recommendation.questionnaireVersion,
    rulesVersion: recommendation.rulesVersion,
  });
}

export function resizeMessage(height: number): EmbedMessage {
  return {
    source: MESSAGE_SOURCE,
    type: 'resize',
    height: Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(height))),
  };
}

export function completeMessage(result: SharedResult): EmbedMessage {
  return { source: MESSAGE_SOURCE, type: 'complete', result };
}

export function exitMessage(): EmbedMessage {
  return { source: MESSAGE_SOURCE, type: 'exit' };
}

/** Anything with `postMessage(message, targetOrigin)`: the parent window, or a test double. */
export type MessageTarget = { postMessage: (message: unknown, targetOrigin: string) => void };

/**
 * Posts to the parent only when there is a parent origin to name; returns whether it was sent.
 * The origin comes from `parseUrlOptions`, which accepts only a bare http(s) origin, never `*`.
 */
export function postToParent(target: MessageTarget | null, parentOrigin: string | null, message: EmbedMessage) {
  if (target === null || parentOrigin === null || parentOrigin === '*') return false;
  target.postMessage(EmbedMessageSchema.parse(message), parentOrigin);
  return true;
}
