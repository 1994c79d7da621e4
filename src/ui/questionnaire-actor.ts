/** The running questionnaire machine, shared by every screen through React context. */
import { createActorContext } from '@xstate/react';
import { questionnaireMachine } from '../machine/questionnaire-machine.ts';

export const QuestionnaireActor = createActorContext(questionnaireMachine);
