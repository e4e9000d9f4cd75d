/** The reference system tidies sector records with the same code as `vn06 match`. */
export * from '../../../match/normalise.js';
