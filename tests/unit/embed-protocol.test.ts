/** The app's side of the embed protocol: what is sent, over what, and how tall a frame may say it is. */
import { describe, expect, it } from 'vitest';
import { assessInEnglish } from '../support/words.ts';
import {
  ConnectMessageSchema,
  EmbedMessageSchema,
  HEIGHT_STEPS,
  MAX_HEIGHT,
  MESSAGE_SOURCE,
  completeMessage,
  exitMessage,
  postToHost,
  quantisedHeight,
  readyMessage,
  resizeMessage,
  sharedResultOf,
  type MessagePortLike,
} from '../../src/embed/protocol.ts';
import { withoutSetting, withSetting } from './support/export-cases.ts';

function recorder() {
  const posted: unknown[] = [];
  const port: MessagePortLike = { postMessage: (message) => posted.push(message) };
  return { posted, port };
}

const answers = { 'opioids-used': ['heroin'], 'open-to-medication': 'yes', 'overdose-now': 'no' };

describe('embed protocol', () => {
  it('sends over the port embed.js handed over, and nothing before there is one', () => {
    const { posted, port } = recorder();
    expect(postToHost(null, resizeMessage(812.2))).toBe(false);
    expect(postToHost(port, resizeMessage(812.2))).toBe(true);
    expect(posted).toEqual([{ source: MESSAGE_SOURCE, type: 'resize', height: 1280 }]);
  });

  it('asks for the port with a ready message that carries nothing, and takes a connect only in its exact shape', () => {
    expect(readyMessage()).toEqual({ source: MESSAGE_SOURCE, type: 'ready' });
    expect(ConnectMessageSchema.safeParse({ source: MESSAGE_SOURCE, type: 'connect' }).success).toBe(true);
    for (const data of [
      { source: MESSAGE_SOURCE, type: 'connect', port: 1 },
      { source: 'other', type: 'connect' },
      'connect',
      null,
    ]) {
      expect(ConnectMessageSchema.safeParse(data).success).toBe(false);
    }
  });

  it('shares the suggestion only: the setting, medicines to discuss and versions, no answers', () => {
    const recommendation = assessInEnglish(answers);
    const result = sharedResultOf(recommendation);
    expect(Object.keys(result).sort()).toEqual([
      'medications',
      'questionnaireVersion',
      'rulesVersion',
      'setting',
      'withdrawalCare',
    ]);
    const setting = withSetting(recommendation);
    expect(result.setting).toEqual({ level: setting.level, name: setting.name });
    const discussed = recommendation.medications.filter((medication) => medication.stance === 'discuss');
    expect(result.medications.map((medication) => medication.id)).toEqual(discussed.map((medication) => medication.id));
    const text = JSON.stringify(result);
    for (const reason of setting.reasons) expect(text).not.toContain(reason.text);
    expect(text).not.toContain('heroin');
    expect(EmbedMessageSchema.safeParse(completeMessage(result)).success).toBe(true);
  });

  it('shares no setting, and no word of why, when something else comes first', () => {
    const recommendation = assessInEnglish({ ...answers, 'self-harm-thoughts': 'yes' });
    const instead = withoutSetting(recommendation);
    const result = sharedResultOf(recommendation);
    expect(result.setting).toBeNull();
    expect(result.withdrawalCare).toBe(false);
    const text = JSON.stringify(result);
    expect(text).not.toContain(instead.text);
    for (const reason of instead.reasons) expect(text).not.toContain(reason.text);
    expect(EmbedMessageSchema.safeParse(completeMessage(result)).success).toBe(true);
  });

  it('sends exit with nothing but its source and type, over the port only', () => {
    const { posted, port } = recorder();
    expect(postToHost(null, exitMessage())).toBe(false);
    expect(postToHost(port, exitMessage())).toBe(true);
    expect(posted).toEqual([{ source: MESSAGE_SOURCE, type: 'exit' }]);
  });

  it('accepts exit only in its exact shape', () => {
    expect(EmbedMessageSchema.safeParse({ source: MESSAGE_SOURCE, type: 'exit' }).success).toBe(true);
    for (const data of [
      { source: MESSAGE_SOURCE, type: 'exit', url: 'https://evil.example/' },
      { source: 'other', type: 'exit' },
      { type: 'exit' },
    ]) {
      expect(EmbedMessageSchema.safeParse(data).success).toBe(false);
    }
  });

  it('reports one height for every page up to 1280 px, so no question or crisis screen stands out', () => {
    for (const height of [-5, 0, 571.4, 799, 1058, 1280]) expect(resizeMessage(height)).toMatchObject({ height: 1280 });
  });

  it('reports longer pages in steps each at most half as tall again, up to the largest height allowed', () => {
    expect(HEIGHT_STEPS[0]).toBe(1280);
    for (const [index, step] of HEIGHT_STEPS.entries()) {
      if (index === 0) continue;
      const previous = HEIGHT_STEPS[index - 1] ?? 0;
      expect(step).toBeGreaterThan(previous);
      expect(step).toBeLessThanOrEqual(Math.ceil((previous * 1.5) / 64) * 64);
    }
    expect(HEIGHT_STEPS.at(-1)).toBe(MAX_HEIGHT);
    expect(quantisedHeight(1281)).toBe(HEIGHT_STEPS[1]);
    expect(quantisedHeight(4615)).toBe(quantisedHeight(4800));
    expect(resizeMessage(MAX_HEIGHT * 2)).toMatchObject({ height: MAX_HEIGHT });
    for (const height of [1, 1500, 7003, 9999.5]) {
      const reported = quantisedHeight(height);
      expect(reported).toBeGreaterThanOrEqual(height);
      expect(HEIGHT_STEPS).toContain(reported);
    }
  });
});
