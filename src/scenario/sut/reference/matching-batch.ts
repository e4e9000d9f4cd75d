/** The reference system's client of the NPD's batch matching API is the one `vn06 match` uses. */
export * from '../../../match/npd-batch.js';
