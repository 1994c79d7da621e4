/**
 * The messages between the app, inside a clinic's iframe, and embed.js on the host page (the
 * contract in docs/embedding.md), all shaped `{ source: 'treatment-self-check', type, ... }`.
 *
 * The frame posts one `ready` (carrying nothing) to the validated `parentOrigin` on the parent
 * window; embed.js answers with `connect` and a MessageChannel port it keeps the other end of.
 * Every other message goes over that port, so only embed.js reads them, not every script on the
 * clinic's page: `resize` carries the page's height, quantised so that a height tells no screen
 * from another (`quantisedHeight`); `complete` carries a short result summary, only after the
 * person presses the share button; `exit` carries nothing: the quick exit asks the host page to
 * replace itself with the neutral page it already knows, since a Shift press does not let the
 * frame move the top window itself. No answer ever leaves in a message.
 */
import { z } from 'zod';
import type { Recommendation } from '../rules/recommendation.ts';
import { MedicationIdSchema, SettingLevelSchema } from '../rules/result-ids.ts';

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
/** Frame → parent window: asks embed.js for the port. */
export const ReadyMessageSchema = z.strictObject({
  source: z.literal(MESSAGE_SOURCE),
  type: z.literal('ready'),
});
/** Parent window → frame: hands over the port (in the event's `ports`, not in the data). */
export const ConnectMessageSchema = z.strictObject({
  source: z.literal(MESSAGE_SOURCE),
  type: z.literal('connect'),
});
/** What goes over the port. */
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

/**
 * The heights the frame may report: 1280 px, then each half as tall again (rounded up to 64 px),
 * up to MAX_HEIGHT. Every question, error and crisis screen is shorter than the first step at any
 * width from 320 px (tests/e2e/embed-channel.test.ts measures them), so all report the same
 * height; longer pages (the intro, "Check your answers", the results) land in steps so wide that
 * a few more or fewer rows rarely change the step. The frame is at most half as tall again as
 * its content, the rest blank below it.
 */
export const HEIGHT_STEPS: readonly number[] = (() => {
  const steps = [1280];
  for (let last = 1280; last < MAX_HEIGHT;) {
    last = Math.min(MAX_HEIGHT, Math.ceil((last * 1.5) / 64) * 64);
    steps.push(last);
  }
  return steps;
})();

/** The smallest allowed height that holds `height`. */
export function quantisedHeight(height: number): number {
  return HEIGHT_STEPS.find((step) => step >= height) ?? MAX_HEIGHT;
}

export function resizeMessage(contentHeight: number): z.infer<typeof ResizeMessageSchema> {
  return { source: MESSAGE_SOURCE, type: 'resize', height: quantisedHeight(Math.max(0, Math.ceil(contentHeight))) };
}

export function readyMessage() {
  return ReadyMessageSchema.parse({ source: MESSAGE_SOURCE, type: 'ready' });
}

export function completeMessage(result: SharedResult): EmbedMessage {
  return { source: MESSAGE_SOURCE, type: 'complete', result };
}

export function exitMessage(): EmbedMessage {
  return { source: MESSAGE_SOURCE, type: 'exit' };
}

/** Anything with `postMessage(message)`: the port embed.js handed over, or a test double. */
export type MessagePortLike = { postMessage: (message: unknown) => void };

/** Sends over the port, once there is one; returns whether it was sent. */
export function postToHost(port: MessagePortLike | null, message: EmbedMessage): boolean {
  if (port === null) return false;
  port.postMessage(EmbedMessageSchema.parse(message));
  return true;
}
