/** One stored figure, keyed like DHIS2: element × option combo × org unit × period. */
export interface DataValue {
  dataElement: string;
  /** Option-combo code; `default` when the element has no breakdown. */
  categoryOptionCombo: string;
  orgUnit: string;
  /** DHIS2 period code, e.g. `202311`. */
  period: string;
  /** Stored as text, as DHIS2 does; the element's value type says how to read it. */
  value: string;
  comment?: string;
}
