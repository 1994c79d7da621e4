/**
 * Everything published under `public/fhir/`: one Questionnaire per language and voice (a response
 * cites the one whose words it has, see `fhir-codes.ts`), each offering the options the app
 * offers in that voice ("I don't know" only to someone answering about another person), and the
 * project's CodeSystems. Each version of the questions and of the rules has its publication date
 * here; a version with none stops the build, so a new version is never published undated.
 */
import { PerspectiveSchema } from '../../questions/perspective.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import { withWords } from '../../questions/with-words.ts';
import englishWords from '../i18n/en/words.ts';
import spanishWords from '../i18n/es/words.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { inVoice } from '../i18n/voices.ts';
import type { LanguageWords } from '../i18n/word-types.ts';
import { wordsIn } from '../i18n/words-in.ts';
import { RULES_VERSION } from '../rules/version.ts';
import {
  answerCodeSystems,
  resultCodeSystems,
  type FhirCodeSystem,
  type Release,
  type VariantWords,
} from './fhir-code-systems.ts';
import type { FhirVariant } from './fhir-codes.ts';
import { fhirQuestionnaire, type FhirQuestionnaire } from './fhir-questionnaire.ts';

/** YYYY-MM-DD by version: when each version of the questions was published. */
export const questionnaireDates: Readonly<Record<string, string>> = { '2.1.0': '2026-12-03' };
/** YYYY-MM-DD by version: when each version of the rules (and their result texts) was published. */
export const rulesDates: Readonly<Record<string, string>> = { '2.2.0': '2026-12-04' };

function release(dates: Readonly<Record<string, string>>, version: string, what: string): Release {
  const date = dates[version];
  if (date === undefined)
    throw new Error(`No publication date for ${what} version ${version}: add it to fhir-published.ts`);
  return { version, date };
}

const languageWords: Readonly<Record<Language, LanguageWords>> = { en: englishWords, es: spanishWords };

/** Every language and voice, English for a person answering for themselves first. */
export const fhirVariants: readonly FhirVariant[] = LANGUAGES.flatMap((language) =>
  PerspectiveSchema.options.map((perspective) => ({ language, perspective })),
);

export function publishedFhirQuestionnaire(variant: FhirVariant): FhirQuestionnaire {
  const words = wordsIn(languageWords[variant.language], variant.perspective);
  return fhirQuestionnaire({
    questionnaire: words.questionnaire,
    messages: words.messages,
    variant,
    date: release(questionnaireDates, questionnaire.version, 'questionnaire').date,
  });
}

export function publishedFhirQuestionnaires(): FhirQuestionnaire[] {
  return fhirVariants.map(publishedFhirQuestionnaire);
}

export function publishedCodeSystems(): FhirCodeSystem[] {
  const variants: VariantWords[] = fhirVariants.map(({ language, perspective }) => {
    const words = wordsIn(languageWords[language], perspective);
    return {
      language,
      // Every option, so a code offered to one voice only is worded too.
      questionnaire: withWords(questionnaire, inVoice(languageWords[language].questions, perspective)),
      messages: words.messages,
      rules: words.rules,
    };
  });
  return [
    ...answerCodeSystems(questionnaire, variants, release(questionnaireDates, questionnaire.version, 'questionnaire')),
    ...resultCodeSystems(variants, release(rulesDates, RULES_VERSION, 'rules')),
  ];
}
