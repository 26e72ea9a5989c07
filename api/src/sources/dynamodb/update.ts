/** The one builder of DynamoDB update expressions, so every write names its attributes the same safe way. */

export interface UpdateParts {
  readonly UpdateExpression: string;
  readonly ExpressionAttributeNames: Record<string, string>;
  readonly ExpressionAttributeValues: Record<string, unknown>;
}

export interface UpdateSpec {
  /** Attributes to set; undefined values are left out (the attribute keeps what it has). */
  readonly set?: Record<string, unknown>;
  /** Numbers to add (counters); zero and undefined deltas are left out. */
  readonly add?: Partial<Record<string, number>>;
  /** Further SET clauses written by hand (`#history = list_append(#history, :entry)`), with their own placeholders below. */
  readonly setClauses?: readonly string[];
  readonly names?: Record<string, string>;
  readonly values?: Record<string, unknown>;
}

/** Placeholders (`#s0`/`:s0` for SET, `#a0`/`:a0` for ADD) for every attribute, whatever its name. */
export function buildUpdate(spec: UpdateSpec): UpdateParts {
  const names: Record<string, string> = { ...spec.names };
  const values: Record<string, unknown> = { ...spec.values };
  const sets = Object.entries(spec.set ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([attribute, value], i) => {
      names[`#s${i}`] = attribute;
      values[`:s${i}`] = value;
      return `#s${i} = :s${i}`;
    });
  const adds = Object.entries(spec.add ?? {})
    .filter(([, delta]) => Boolean(delta))
    .map(([attribute, delta], i) => {
      names[`#a${i}`] = attribute;
      values[`:a${i}`] = delta;
      return `#a${i} :a${i}`;
    });
  const setPart = [...sets, ...(spec.setClauses ?? [])];
  const expression = [setPart.length ? `SET ${setPart.join(', ')}` : '', adds.length ? `ADD ${adds.join(', ')}` : '']
    .filter(Boolean)
    .join(' ');
  return { UpdateExpression: expression, ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}
