import type { MetadataKind } from '@syt/core/api/contract.ts';
import type { Category, DataElement, DataSet, Disease, Indicator, ValidationRule } from '@syt/core/metadata/types.ts';
import type { ReactNode } from 'react';

/** The item type the API lists for each metadata kind. */
export interface MetadataItems {
  'data-elements': DataElement;
  'data-sets': DataSet;
  diseases: Disease;
  indicators: Indicator;
  categories: Category;
  'validation-rules': ValidationRule;
}

/** One table column: Vietnamese header and how a cell shows an item. */
export interface MetadataColumn<T> {
  header: string;
  render: (item: T) => ReactNode;
  /** Keep the cell on one line (codes, short labels). */
  nowrap?: boolean;
  /** Minimum width in px for long text, so short columns cannot squeeze it. */
  minWidth?: number;
}

/** How one kind is listed: its columns and the text the search box looks in. */
export interface MetadataListConfig<T> {
  columns: MetadataColumn<T>[];
  searchText: (item: T) => string;
}

export type MetadataConfigs = { [K in MetadataKind]: MetadataListConfig<MetadataItems[K]> };
