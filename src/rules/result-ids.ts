/**
 * The settings and medicines a result can name, in a module of their own: the embed's messages
 * (src/embed/protocol.ts) need only these ids, not the whole result schema and its list of
 * sources, which would otherwise come along into the frame's small chunk.
 */
import { z } from 'zod';

export const SettingLevelSchema = z.enum(['outpatient', 'intensive-outpatient', 'residential', 'hospital']);
export type SettingLevel = z.infer<typeof SettingLevelSchema>;
/** From least to most intensive: the setting is the highest level any rule asks for (SET-1). */
export const settingLevels = SettingLevelSchema.options;

export const MedicationIdSchema = z.enum(['methadone', 'buprenorphine', 'naltrexone', 'withdrawal-aids', 'naloxone']);
export type MedicationId = z.infer<typeof MedicationIdSchema>;
