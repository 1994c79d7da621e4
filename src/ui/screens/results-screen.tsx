/**
 * The results, in the order a person needs them: what to do now, anything urgent, the suggested
 * setting and why, medicines to ask about, where to find a place, this person's cautions, support,
 * and next steps with the helpline. Computed from the answers by the pure rules module each time it is shown, worded by
 * the rule texts of the language and perspective on screen (fetched ahead, on idle; if they are not
 * here yet, the screen's loading line shows until they are).
 */
import { useMemo } from 'react';
import { assess } from '../../rules/assess.ts';
import { searchStep } from '../../rules/next-steps.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { useLocale } from '../locale/locale-context.ts';
import { useRuleTexts } from '../locale/use-rule-texts.ts';
import { BackLink } from '../components/back-link.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';
import { SaveAnswers } from '../components/save-answers.tsx';
import { SettingSection } from '../results/setting-section.tsx';
import { MedicationList } from '../results/medication-list.tsx';
import { NextStepList } from '../results/next-step-list.tsx';
import { StatementList } from '../results/statement-list.tsx';
import { SourceList } from '../results/source-list.tsx';
import { ResultsSection } from '../results/results-section.tsx';
import { ExportActions } from '../results/export-actions.tsx';
import { ClinicOffers, ClinicShare } from '../embed/clinic-results.tsx';
import { DoThisNow } from '../results/do-this-now.tsx';
import { JumpToList, type JumpTarget } from '../results/jump-to-list.tsx';
import { FindCareSection, findCareSectionId } from '../results/find-care-section.tsx';

export function ResultsScreen() {
  const messages = useAllMessages();
  const actor = QuestionnaireActor.useActorRef();
  const answers = QuestionnaireActor.useSelector((snapshot) => snapshot.context.answers);
  const { perspective, language } = useLocale();
  const rules = useRuleTexts();
  const recommendation = useMemo(
    () => assess(answers, { perspective, texts: rules, language }),
    [answers, perspective, rules, language],
  );
  const urgent = recommendation.nextSteps.filter((step) => step.urgent);
  // The search step has its own section, "Find a place", with what to choose and ask beside its link.
  const search = searchStep(recommendation.nextSteps);
  const others = recommendation.nextSteps.filter((step) => !step.urgent && step !== search);
  const t = messages.results;
  const today = messages.exports.formatDate(new Date());
  const sections: (JumpTarget | false)[] = [
    urgent.length > 0 && { id: 'results-urgent', title: t.urgentHeading },
    (recommendation.setting !== null || recommendation.insteadOfSetting !== null) && {
      id: 'results-setting',
      title: recommendation.setting ? t.settingHeading : t.noSettingHeading,
    },
    { id: 'results-medications', title: t.medicationsHeading },
    search !== undefined && { id: findCareSectionId, title: t.findCare.heading },
    recommendation.cautions.length > 0 && { id: 'results-cautions', title: t.cautionsHeading },
    recommendation.unknowns.length > 0 && { id: 'results-unknowns', title: t.unknownsHeading },
    { id: 'results-support', title: t.supportHeading },
    recommendation.family.length > 0 && { id: 'results-family', title: messages.familySection.heading },
    { id: 'results-next-steps', title: t.nextStepsHeading },
  ];

  return (
    <>
      <BackLink />
      <PageHeading title={t.title} className="heading-xl results-title">
        {t.title}
      </PageHeading>
      <DoThisNow plan={recommendation.doThisNow} />
      <p>{t.lead}</p>
      <JumpToList targets={sections.filter((section) => section !== false)} />
      {urgent.length > 0 ? (
        <section className="urgent-panel" aria-labelledby="results-urgent">
          <h2 id="results-urgent" className="heading-m">
            {t.urgentHeading}
          </h2>
          <NextStepList steps={urgent} />
        </section>
      ) : null}
      <SettingSection recommendation={recommendation} />
      <ResultsSection id="results-medications" title={t.medicationsHeading}>
        <StatementList statements={recommendation.medicationNotes} />
        <MedicationList medications={recommendation.medications} />
      </ResultsSection>
      <ClinicOffers recommendation={recommendation} />
      {search ? <FindCareSection search={search} findCare={recommendation.findCare} /> : null}
      {recommendation.cautions.length > 0 ? (
        <ResultsSection id="results-cautions" title={t.cautionsHeading}>
          <StatementList statements={recommendation.cautions} />
        </ResultsSection>
      ) : null}
      {recommendation.unknowns.length > 0 ? (
        <ResultsSection id="results-unknowns" title={t.unknownsHeading}>
          <StatementList statements={recommendation.unknowns} />
        </ResultsSection>
      ) : null}
      <ResultsSection id="results-support" title={t.supportHeading}>
        <StatementList statements={recommendation.support} />
      </ResultsSection>
      {recommendation.family.length > 0 ? (
        <ResultsSection id="results-family" title={messages.familySection.heading}>
          <StatementList statements={recommendation.family} />
        </ResultsSection>
      ) : null}
      <ResultsSection id="results-next-steps" title={t.nextStepsHeading}>
        <NextStepList steps={others} />
      </ResultsSection>
      <ClinicShare recommendation={recommendation} />
      <SourceList recommendation={recommendation} />
      <p className="small-print">
        {t.version(recommendation.questionnaireVersion, recommendation.rulesVersion)} {t.createdOn(today)}{' '}
        {messages.notDiagnosis}
      </p>
      <ExportActions answers={answers} recommendation={recommendation} />
      <SaveAnswers />
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'nav.back' })}>
          {t.changeAnswers}
        </button>
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'restart' })}>
          {t.startAgain}
        </button>
      </div>
    </>
  );
}
