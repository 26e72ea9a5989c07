import type { KnowledgeSearchQuery } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { useEffect, useState, type FormEvent } from 'react';
import { CheckboxGroup, TextField } from '../../../components/ui/form.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import type { MessageKey } from '../../../lib/messages.ts';
import { KNOWLEDGE_PARAMS, setKnowledgeText, toggleKnowledge, type KnowledgeListParam } from '../search-params.ts';

type Facets = KnowledgeSearchQuery['knowledgeItems']['facets'];

const GROUPS: readonly { param: KnowledgeListParam; facet: Exclude<keyof Facets, '__typename'>; legend: MessageKey }[] = [
  { param: 'theme', facet: 'themes', legend: 'knowledge.theme' },
  { param: 'kind', facet: 'kinds', legend: 'knowledge.kind' },
  { param: 'usefulFor', facet: 'usefulFor', legend: 'knowledge.usefulFor' },
  { param: 'discipline', facet: 'disciplines', legend: 'knowledge.discipline' },
  { param: 'sector', facet: 'sectors', legend: 'knowledge.sector' },
];

/** Words, and one checkbox group per facet with the count of each option under the other filters. */
export function KnowledgeFilters({
  params,
  onChange,
  facets,
}: {
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
  facets: Facets | undefined;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(params.get(KNOWLEDGE_PARAMS.text) ?? '');
  useEffect(() => setText(params.get(KNOWLEDGE_PARAMS.text) ?? ''), [params]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(setKnowledgeText(params, text));
  };
  return (
    <form className="portal-filters" role="search" onSubmit={submit} aria-label={t('knowledge.filters')}>
      <div className="portal-filters__text">
        <TextField
          label={t('knowledge.text')}
          type="search"
          name={KNOWLEDGE_PARAMS.text}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('knowledge.submit')}
        </Button>
      </div>
      {GROUPS.map(({ param, facet, legend }) => {
        const buckets = facets?.[facet];
        const selected = new Set(params.getAll(KNOWLEDGE_PARAMS[param]));
        return buckets && buckets.length > 0 ? (
          <CheckboxGroup
            key={param}
            name={KNOWLEDGE_PARAMS[param]}
            legend={t(legend)}
            options={buckets}
            selected={selected}
            onToggle={(value, on) => onChange(toggleKnowledge(params, param, value, on))}
          />
        ) : null;
      })}
    </form>
  );
}
