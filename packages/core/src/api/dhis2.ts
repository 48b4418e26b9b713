/**
 * The shapes DHIS2's Web API answers with, as SYT's `/api/dataValueSets` and friends return them, so DHIS2
 * scripts and clients read SYT's answers unchanged. Field names are DHIS2's; messages are Vietnamese.
 */
import type { DataValueImportOptions } from '../interchange/import-options.ts';

/** DHIS2's counts of an import. */
export interface Dhis2ImportCount {
  imported: number;
  updated: number;
  ignored: number;
  deleted: number;
}

/** One refused value or header field, as DHIS2 reports it. */
export interface Dhis2Conflict {
  /** What is at fault: the identifier as the file gave it (a data element, an org unit, a period), or the field. */
  object: string;
  /** Why, in Vietnamese, naming the place in the file. */
  value: string;
  /** DHIS2's error code where one fits (`E7610` …); SYT's field name otherwise. */
  errorCode?: string;
  /** 0-based positions of the values refused for this reason. */
  indexes?: number[];
  property?: string;
}

/** DHIS2's `ImportSummary` of a data value import. */
export interface Dhis2ImportSummary {
  responseType: 'ImportSummary';
  /** SUCCESS: everything stored; WARNING: some values refused and the rest stored (atomicMode NONE); ERROR: nothing stored. */
  status: 'SUCCESS' | 'WARNING' | 'ERROR';
  description?: string;
  importOptions: DataValueImportOptions & { async?: boolean };
  importCount: Dhis2ImportCount;
  conflicts: Dhis2Conflict[];
  /** The completion recorded (`dataSet` + `completeDate`), as DHIS2 writes it: the date, or "false". */
  dataSetComplete: string;
}

/** DHIS2's envelope around every answer of a write (2.36+). */
export interface Dhis2WebMessage<T = Dhis2ImportSummary> {
  httpStatus: string;
  httpStatusCode: number;
  status: 'OK' | 'WARNING' | 'ERROR';
  message?: string;
  response?: T;
}

/** One step of an asynchronous job, as `/api/system/tasks/{type}/{id}` lists them (newest first). */
export interface Dhis2TaskNotification {
  uid: string;
  level: 'INFO' | 'ERROR';
  category: string;
  time: string;
  message: string;
  completed: boolean;
}

/** DHIS2's paging block of a metadata list. */
export interface Dhis2Pager {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  nextPage?: string;
  prevPage?: string;
}
