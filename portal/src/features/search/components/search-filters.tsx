import type { OffersQuery } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { useEffect, useState, type FormEvent } from 'react';
import { CheckboxGroup, SelectField, TextField } from '../../../components/ui/form.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useRegions } from '../api/get-offers.ts';
import { PARAMS, selectedValues, setValue, toggleValue, type ListParam } from '../search-params.ts';

type Facets = OffersQuery['offers']['facets'];
type Buckets = Facets['disciplines'];

const GRADES = [1, 2, 3, 4, 5, 6, 7, 8];

/** Every filter of the search; each change becomes the URL at once (text and price when the form is sent). */
export function SearchFilters({
  params,
  onChange,
  facets,
}: {
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
  facets: Facets | undefined;
}) {
  const { t } = useI18n();
  const regions = useRegions();
  const [text, setText] = useState(params.get(PARAMS.text) ?? '');
  const [maxPrice, setMaxPrice] = useState(params.get(PARAMS.maxPrice) ?? '');
  // Back and forward change the URL under the form: follow it.
  useEffect(() => setText(params.get(PARAMS.text) ?? ''), [params]);
  useEffect(() => setMaxPrice(params.get(PARAMS.maxPrice) ?? ''), [params]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(setValue(setValue(params, 'text', text), 'maxPrice', maxPrice));
  };
  const group = (param: ListParam, legend: string, buckets: Buckets | undefined) =>
    buckets && buckets.length > 0 ? (
      <CheckboxGroup
        name={PARAMS[param]}
        legend={legend}
        options={buckets}
        selected={selectedValues(params, param)}
        onToggle={(value, on) => onChange(toggleValue(params, param, value, on))}
      />
    ) : null;

  return (
    <form className="portal-filters" role="search" onSubmit={submit} aria-label={t('search.filters')}>
      <div className="portal-filters__text">
        <TextField label={t('search.text')} type="search" name={PARAMS.text} value={text} onChange={(e) => setText(e.target.value)} />
        <Button type="submit" appearance="primary-action-button">
          {t('search.submit')}
        </Button>
      </div>
      <SelectField
        label={t('search.region')}
        name={PARAMS.region}
        value={params.get(PARAMS.region) ?? ''}
        onChange={(e) => onChange(setValue(params, 'region', e.target.value))}
      >
        <option value="">{t('search.anyRegion')}</option>
        {(regions.data ?? []).map((region) => (
          <option key={region.id} value={region.id}>
            {region.name}
          </option>
        ))}
      </SelectField>
      {group('municipality', t('search.municipality'), facets?.municipalities)}
      {group('discipline', t('search.discipline'), facets?.disciplines)}
      {group('sector', t('search.sector'), facets?.sectors)}
      <SelectField
        label={t('search.grade')}
        name={PARAMS.grade}
        value={params.get(PARAMS.grade) ?? ''}
        onChange={(e) => onChange(setValue(params, 'grade', e.target.value))}
      >
        <option value="">{t('search.anyGrade')}</option>
        {GRADES.map((grade) => (
          <option key={grade} value={grade}>
            {t('search.gradeOption', { grade })}
          </option>
        ))}
      </SelectField>
      {group('offerType', t('search.offerType'), facets?.offerTypes)}
      {group('locationType', t('search.locationType'), facets?.locationTypes)}
      <TextField
        label={t('search.maxPrice')}
        type="number"
        inputMode="decimal"
        min={0}
        step="0.5"
        name={PARAMS.maxPrice}
        value={maxPrice}
        onChange={(e) => setMaxPrice(e.target.value)}
        onBlur={() => maxPrice !== (params.get(PARAMS.maxPrice) ?? '') && onChange(setValue(params, 'maxPrice', maxPrice))}
      />
      <SelectField
        label={t('search.audience')}
        name={PARAMS.audience}
        value={params.get(PARAMS.audience) ?? ''}
        onChange={(e) => onChange(setValue(params, 'audience', e.target.value))}
      >
        <option value="">{t('search.anyAudience')}</option>
        <option value="PUPILS">{t('search.audience.PUPILS')}</option>
        <option value="TEACHERS">{t('search.audience.TEACHERS')}</option>
      </SelectField>
    </form>
  );
}
