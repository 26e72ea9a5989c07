/** Form fields built from the NL Design System (Utrecht) components, each label tied to its input and error. */
import { Checkbox } from '@utrecht/checkbox-react';
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import { FormField } from '@utrecht/form-field-react';
import { FormLabel } from '@utrecht/form-label-react';
import { Textbox, type TextboxProps } from '@utrecht/textbox-react';
import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface FieldProps {
  readonly label: string;
  readonly error?: string | undefined;
  readonly description?: string;
}

function described(id: string, error?: string, description?: string): string | undefined {
  return [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Messages({ id, error, description }: { id: string; error?: string | undefined; description?: string | undefined }) {
  return (
    <>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
    </>
  );
}

export function TextField({ label, error, description, id: givenId, ...input }: FieldProps & TextboxProps) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FormField type="text" invalid={Boolean(error)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <Messages id={id} error={error} description={description} />
      <div className="utrecht-form-field__input">
        <Textbox id={id} invalid={Boolean(error)} aria-describedby={described(id, error, description)} {...input} />
      </div>
    </FormField>
  );
}

export function TextAreaField({
  label,
  error,
  description,
  id: givenId,
  ...input
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FormField type="text" invalid={Boolean(error)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <Messages id={id} error={error} description={description} />
      <div className="utrecht-form-field__input">
        <textarea
          id={id}
          className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={described(id, error, description)}
          rows={3}
          {...input}
        />
      </div>
    </FormField>
  );
}

export function SelectField({
  label,
  error,
  description,
  children,
  id: givenId,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FormField type="select" invalid={Boolean(error)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <Messages id={id} error={error} description={description} />
      <div className="utrecht-form-field__input">
        <select
          id={id}
          className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={described(id, error, description)}
          {...select}
        >
          {children}
        </select>
      </div>
    </FormField>
  );
}

export interface CheckboxOption {
  readonly value: string;
  readonly label: string;
  readonly count?: number;
}

/** A group of checkboxes with the facet count after each label. */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onToggle,
  name,
}: {
  legend: string;
  options: readonly CheckboxOption[];
  selected: ReadonlySet<string>;
  onToggle: (value: string, on: boolean) => void;
  name: string;
}) {
  const base = useId();
  return (
    <Fieldset className="portal-facet">
      <FieldsetLegend>{legend}</FieldsetLegend>
      <div className="portal-facet__options">
        {options.map((option, index) => {
          const id = `${base}-${index}`;
          const checked = selected.has(option.value);
          return (
            <FormField type="checkbox" key={option.value} className="portal-facet__option">
              <div className="utrecht-form-field__input">
                <Checkbox
                  id={id}
                  name={name}
                  value={option.value}
                  checked={checked}
                  onChange={(event) => onToggle(option.value, event.target.checked)}
                />
              </div>
              <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                <FormLabel htmlFor={id} type="checkbox" checked={checked}>
                  {option.label}
                  {option.count !== undefined && <span className="portal-facet__count"> ({option.count})</span>}
                </FormLabel>
              </div>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}
