import { isCmkError, type AgreementArea, type AmbitionTalkStatus, type Discipline } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../../components/ui/form.tsx';
import { Notice } from '../../../components/ui/states.tsx';
import { inputIssues, isUnreachable } from '../../../lib/errors.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import type { MessageKey } from '../../../lib/messages.ts';
import { useRecordAmbitionTalk, type TalkSchool } from '../api/ambition-talk.ts';
import {
  AREAS,
  ASPECTS,
  CMK_GOALS,
  DISCIPLINES,
  fieldId,
  fieldOfIssue,
  newRow,
  PREPARATION_STEPS,
  SCHOOL_TYPES,
  toInput,
  validate,
  type AgreementRow,
  type FieldErrors,
  type TalkFormState,
} from '../talk-form.ts';
import { BeforeTalk } from './before-talk.tsx';

interface Props {
  readonly school: TalkSchool;
  readonly initial: TalkFormState;
  /** The saved talk's status; undefined for a new talk. */
  readonly savedStatus?: AmbitionTalkStatus;
  /** What the previous save said, after the page moved to the saved talk's address. */
  readonly savedNotice?: AmbitionTalkStatus;
}

/** The ambition talk as the guide has it: header and preparation, A to D, saved as a draft or final. */
export function AmbitionTalkForm({ school, initial, savedStatus, savedNotice }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const save = useRecordAmbitionTalk();
  const [state, setState] = useState<TalkFormState>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<AmbitionTalkStatus | undefined>(savedNotice);
  const summary = useRef<HTMLDivElement>(null);
  const isNew = savedStatus === undefined;
  const isFinal = savedStatus === 'FINAL';

  const set = (change: Partial<TalkFormState>) => setState((s) => ({ ...s, ...change }));
  const setRow = (key: number, change: Partial<AgreementRow>) =>
    setState((s) => ({ ...s, agreements: s.agreements.map((r) => (r.key === key ? { ...r, ...change } : r)) }));
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
    on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

  const apiErrors: FieldErrors = {};
  const unplaced: string[] = [];
  for (const issue of inputIssues(save.error)) {
    const field = fieldOfIssue(issue.path, state);
    if (field) apiErrors[field] = 'talk.field.other';
    else unplaced.push(`${issue.path}: ${issue.message}`);
  }
  const issueMessage = (field: string) => inputIssues(save.error).find((i) => fieldOfIssue(i.path, state) === field)?.message ?? '';
  const shown: FieldErrors = { ...apiErrors, ...errors };
  const error = (field: string) =>
    shown[field] ? t(shown[field], shown[field] === 'talk.field.other' ? { message: issueMessage(field) } : undefined) : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const status: AmbitionTalkStatus = submitter?.value === 'FINAL' || isFinal ? 'FINAL' : 'DRAFT';
    const found = validate(state, status);
    setErrors(found);
    setNotice(undefined);
    if (Object.keys(found).length) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    save.mutate(toInput(state, school.id, status), {
      onSuccess: (talk) => {
        setNotice(talk.status);
        if (isNew) navigate(`/scholen/${school.id}/ambitiegesprek/${talk.date}`, { replace: true, state: { saved: talk.status } });
      },
      onError: () => requestAnimationFrame(() => summary.current?.focus()),
    });
  };

  const errorList = Object.keys(shown);
  const formError = save.error
    ? isCmkError(save.error, 'AMBITION_TALK_FINAL')
      ? t('talk.finalNoDraft')
      : isUnreachable(save.error)
        ? t('talk.network')
        : isCmkError(save.error, 'BAD_USER_INPUT')
          ? unplaced.join('; ') || undefined
          : save.error.message
    : undefined;

  const focusField = (id: string) => {
    const element = document.getElementById(id);
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  };

  return (
    <div className="portal-talk">
      <BeforeTalk school={school} date={state.date} />
      <form onSubmit={submit} noValidate className="portal-talk__form" aria-labelledby="talk-title">
        <Notice kind="warning">{isFinal ? t('talk.statusFinal') : t('talk.statusDraft')}</Notice>
        {notice && <Notice>{notice === 'FINAL' ? t('talk.savedFinal') : t('talk.savedDraft')}</Notice>}
        {(errorList.length > 0 || formError) && (
          <div
            className="utrecht-alert utrecht-alert--error portal-error-summary"
            role="alert"
            aria-labelledby="talk-errors"
            tabIndex={-1}
            ref={summary}
          >
            <div className="utrecht-alert__content">
              <h2 id="talk-errors" className="utrecht-heading-2">
                {t('talk.errorsTitle')}
              </h2>
              {formError && <p className="utrecht-paragraph">{formError}</p>}
              {errorList.length > 0 && (
                <>
                  <p className="utrecht-paragraph">{t('talk.errorsIntro')}</p>
                  <ul className="utrecht-unordered-list">
                    {errorList.map((field) => (
                      <li key={field} className="utrecht-unordered-list__item">
                        <a
                          className="utrecht-link utrecht-link--html-a"
                          href={`#${field}`}
                          onClick={(e) => {
                            e.preventDefault();
                            focusField(field);
                          }}
                        >
                          {error(field)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </div>
        )}

        <Fieldset>
          <FieldsetLegend>{t('talk.header')}</FieldsetLegend>
          <TextField label={t('talk.school')} value={school.name} readOnly />
          <TextField label={t('talk.place')} value={state.place} onChange={(e) => set({ place: e.target.value })} />
          <SelectField
            label={t('talk.schoolType')}
            value={state.schoolType}
            onChange={(e) => set({ schoolType: e.target.value as TalkFormState['schoolType'] })}
          >
            {SCHOOL_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`schoolType.${type}` as MessageKey)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={fieldId.date}
            label={t('talk.date')}
            type="date"
            value={state.date}
            readOnly={!isNew}
            description={isNew ? undefined : t('talk.dateFixed')}
            error={error(fieldId.date)}
            onChange={(e) => set({ date: e.target.value })}
          />
          <TextAreaField
            id={fieldId.participants}
            label={t('talk.participants')}
            description={t('talk.participantsHint')}
            value={state.participants}
            error={error(fieldId.participants)}
            onChange={(e) => set({ participants: e.target.value })}
          />
          <TextField
            id={fieldId.advisor}
            label={t('talk.advisor')}
            value={state.advisorId}
            error={error(fieldId.advisor)}
            onChange={(e) => set({ advisorId: e.target.value })}
          />
          <TextAreaField label={t('talk.remarks')} value={state.remarks} onChange={(e) => set({ remarks: e.target.value })} />
        </Fieldset>

        <CheckboxGroup
          legend={t('talk.preparation')}
          name="preparation"
          options={PREPARATION_STEPS.map((step) => ({ value: step, label: t(`preparation.${step}` as MessageKey) }))}
          selected={new Set(state.preparation)}
          onToggle={(value, on) => set({ preparation: toggle(state.preparation, value as (typeof PREPARATION_STEPS)[number], on) })}
        />

        <Fieldset>
          <FieldsetLegend>{t('talk.goals')}</FieldsetLegend>
          <CheckboxGroup
            legend={t('talk.goalsHint')}
            name="goals"
            options={CMK_GOALS.map((goal) => ({ value: goal, label: t(`goal.${goal}` as MessageKey) }))}
            selected={new Set(state.goals)}
            onToggle={(value, on) => set({ goals: toggle(state.goals, value as (typeof CMK_GOALS)[number], on) })}
          />
          <TextAreaField label={t('talk.goalNotes')} value={state.goalNotes} onChange={(e) => set({ goalNotes: e.target.value })} />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('talk.current')}</FieldsetLegend>
          <TextAreaField
            label={t('talk.developments')}
            description={t('talk.developmentsHint')}
            value={state.developments}
            onChange={(e) => set({ developments: e.target.value })}
          />
          <TextAreaField
            label={t('talk.opportunities')}
            value={state.opportunities}
            onChange={(e) => set({ opportunities: e.target.value })}
          />
          {ASPECTS.map((aspect) => (
            <Fieldset key={aspect} className="portal-talk__aspect">
              <FieldsetLegend>{t(`aspect.${aspect}` as MessageKey)}</FieldsetLegend>
              <TextAreaField
                label={`${t('talk.strengths')}: ${t(`aspect.${aspect}` as MessageKey)}`}
                value={state.aspects[aspect].strengths}
                onChange={(e) => set({ aspects: { ...state.aspects, [aspect]: { ...state.aspects[aspect], strengths: e.target.value } } })}
              />
              <TextAreaField
                label={`${t('talk.weaknesses')}: ${t(`aspect.${aspect}` as MessageKey)}`}
                value={state.aspects[aspect].weaknesses}
                onChange={(e) => set({ aspects: { ...state.aspects, [aspect]: { ...state.aspects[aspect], weaknesses: e.target.value } } })}
              />
            </Fieldset>
          ))}
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('talk.ambition')}</FieldsetLegend>
          <TextAreaField
            label={t('talk.ambitionContent')}
            description={t('talk.ambitionContentHint')}
            value={state.ambitionContent}
            onChange={(e) => set({ ambitionContent: e.target.value })}
          />
          <TextAreaField
            label={t('talk.ambitionOrganisation')}
            description={t('talk.ambitionOrganisationHint')}
            value={state.ambitionOrganisation}
            onChange={(e) => set({ ambitionOrganisation: e.target.value })}
          />
          <TextAreaField
            label={t('talk.ambitionSupport')}
            description={t('talk.ambitionSupportHint')}
            value={state.ambitionSupport}
            onChange={(e) => set({ ambitionSupport: e.target.value })}
          />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('talk.agreements')}</FieldsetLegend>
          <TextField
            id={fieldId.agreementsYear}
            label={t('talk.agreementsYear')}
            value={state.agreementsYear}
            error={error(fieldId.agreementsYear)}
            onChange={(e) => set({ agreementsYear: e.target.value })}
          />
          {AREAS.map((area) => (
            <AreaRows
              key={area}
              area={area}
              rows={state.agreements.filter((r) => r.area === area)}
              error={error}
              setRow={setRow}
              onAdd={() => set({ agreements: [...state.agreements, newRow(area)] })}
              onRemove={(key) => set({ agreements: state.agreements.filter((r) => r.key !== key) })}
            />
          ))}
          <TextAreaField label={t('talk.longerTerm')} value={state.longerTerm} onChange={(e) => set({ longerTerm: e.target.value })} />
        </Fieldset>

        <div className="portal-actions">
          {!isFinal && (
            <Button type="submit" value="DRAFT" appearance="secondary-action-button" busy={save.isPending}>
              {save.isPending ? t('talk.saving') : t('talk.saveDraft')}
            </Button>
          )}
          <Button type="submit" value="FINAL" appearance="primary-action-button" busy={save.isPending}>
            {save.isPending ? t('talk.saving') : t('talk.saveFinal')}
          </Button>
          <Link className="utrecht-link utrecht-link--html-a" to={`/scholen/${school.id}`}>
            {t('talk.toStory')}
          </Link>
        </div>
      </form>
    </div>
  );
}

function AreaRows({
  area,
  rows,
  error,
  setRow,
  onAdd,
  onRemove,
}: {
  area: AgreementArea;
  rows: readonly AgreementRow[];
  error: (field: string) => string | undefined;
  setRow: (key: number, change: Partial<AgreementRow>) => void;
  onAdd: () => void;
  onRemove: (key: number) => void;
}) {
  const { t } = useI18n();
  const areaLabel = t(`area.${area}` as MessageKey);
  return (
    <Fieldset className="portal-talk__area" data-area={area}>
      <FieldsetLegend>{areaLabel}</FieldsetLegend>
      <p className="utrecht-paragraph">{t(`area.${area}Hint` as MessageKey)}</p>
      {rows.map((row, i) => (
        <div key={row.key} className="portal-talk__agreement" role="group" aria-label={t('talk.agreementN', { n: i + 1, area: areaLabel })}>
          <TextAreaField
            id={fieldId.agreement(row.key)}
            label={`${t('talk.agreement')} ${i + 1}: ${areaLabel}`}
            value={row.agreement}
            error={error(fieldId.agreement(row.key))}
            onChange={(e) => setRow(row.key, { agreement: e.target.value })}
          />
          <TextField
            id={fieldId.owner(row.key)}
            label={`${t('talk.owner')} (${areaLabel} ${i + 1})`}
            value={row.owner}
            error={error(fieldId.owner(row.key))}
            onChange={(e) => setRow(row.key, { owner: e.target.value })}
          />
          <TextField
            id={fieldId.due(row.key)}
            label={`${t('talk.due')} (${areaLabel} ${i + 1})`}
            type="date"
            value={row.due}
            error={error(fieldId.due(row.key))}
            onChange={(e) => setRow(row.key, { due: e.target.value })}
          />
          <CheckboxGroup
            legend={`${t('talk.disciplines')} (${areaLabel} ${i + 1})`}
            name={`disciplines-${row.key}`}
            options={DISCIPLINES.map((d) => ({ value: d, label: t(`discipline.${d}` as MessageKey) }))}
            selected={new Set(row.disciplines)}
            onToggle={(value, on) =>
              setRow(row.key, {
                disciplines: on
                  ? [...row.disciplines.filter((d) => d !== value), value as Discipline]
                  : row.disciplines.filter((d) => d !== value),
              })
            }
          />
          {rows.length > 1 && (
            <Button appearance="subtle-button" onClick={() => onRemove(row.key)}>
              {t('talk.removeAgreement', { n: i + 1, area: areaLabel })}
            </Button>
          )}
        </div>
      ))}
      <Button appearance="secondary-action-button" onClick={onAdd}>
        {t('talk.addAgreement', { area: areaLabel })}
      </Button>
    </Fieldset>
  );
}
