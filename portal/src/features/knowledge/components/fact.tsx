import type { ReactNode } from 'react';

/** One term and its value in a data list. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item portal-facts__item">
      <dt className="utrecht-data-list__item-key">{term}</dt>
      <dd className="utrecht-data-list__item-value">{children}</dd>
    </div>
  );
}
