/**
 * The shape of the questions' words, from the questionnaire itself: a title for every section, and
 * for every question its text, summary and error message, a hint if wanted, and a label for every
 * option it offers. The English questions are written `satisfies QuestionnaireWords`, so a new
 * question or option fails the type check until it has words; every other language then follows
 * the English file (see `WordsLike`), which also fixes where a hint is.
 */
import type { definition } from '../../questions/questionnaire.ts';
import type { Voices } from './voices.ts';

type Text = string | Voices<string>;
type AnySection = (typeof definition)['sections'][number];
type AnyQuestion = AnySection['questions'][number];

type OptionsOf<Question extends AnyQuestion> = {
  readonly [Value in Question['options'][number]['value']]: { readonly label: Text; readonly hint?: Text };
};

export type QuestionnaireWords = {
  readonly sections: { readonly [Id in AnySection['id']]: Text };
  readonly questions: {
    readonly [Id in AnyQuestion['id']]: {
      readonly text: Text;
      readonly hint?: Text;
      readonly summary: Text;
      readonly errorMessage: Text;
      readonly options: OptionsOf<Extract<AnyQuestion, { readonly id: Id }>>;
    };
  };
};
