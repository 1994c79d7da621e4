/** The app's side of the embed protocol: what is sent, and to whom. */
import { describe, expect, it } from 'vitest';
import { assessInEnglish } from '../support/words.ts';
import {
  EmbedMessageSchema,
  MESSAGE_SOURCE,
  completeMessage,
  exitMessage,
  postToParent,
  resizeMessage,
  sharedResultOf,
  type MessageTarget,
} from '../../src/embed/protocol.ts';
import { withoutSetting, withSetting } from './support/export-cases.ts';

function recorder() {
  const posted: { message: unknown; targetOrigin: string }[] = [];
  const target: MessageTarget = { postMessage: (message, targetOrigin) => posted.push({ message, targetOrigin }) };
  return { posted, target };
}

const answers = { 'opioids-used': ['heroin'], 'open-to-medication': 'yes', 'overdose-now': 'no' };

describe('embed protocol', () => {
  it('posts only to the named parent origin', () => {
    const { posted, target } = recorder();
    expect(postToParent(target, 'https://clinic.example', resizeMessage(812.2))).toBe(true);
    expect(posted).toEqual([
      { message: { source: MESSAGE_SOURCE, type: 'resize', height: 813 }, targetOrigin: 'https://clinic.example' },
    ]);
  });

  it('posts nothing without a parent origin, to "*", or without a parent window', () => {
    const { posted, target } = recorder();
    expect(postToParent(target, null, resizeMessage(100))).toBe(false);
    expect(postToParent(target, '*', resizeMessage(100))).toBe(false);
    expect(postToParent(null, 'https://clinic.example', resizeMessage(100))).toBe(false);
    expect(posted).toEqual([]);
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

  it('sends exit with nothing but its source and type, to the named parent origin only', () => {
    const { posted, target } = recorder();
    expect(postToParent(target, 'https://clinic.example', exitMessage())).toBe(true);
    expect(postToParent(target, null, exitMessage())).toBe(false);
    expect(postToParent(target, '*', exitMessage())).toBe(false);
    expect(posted).toEqual([
      { message: { source: MESSAGE_SOURCE, type: 'exit' }, targetOrigin: 'https://clinic.example' },
    ]);
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

  it('clamps heights to whole, non-negative pixels', () => {
    expect(resizeMessage(-5)).toMatchObject({ height: 0 });
    expect(resizeMessage(10.1)).toMatchObject({ height: 11 });
  });
});
