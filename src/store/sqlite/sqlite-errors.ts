import { StoreConflictError, StoreUnavailableError } from '../store-errors.js';

/** SQLite result codes that mean "try again later" or "the database is gone", not "your input is wrong". */
const UNAVAILABLE_CODES = [
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_CANTOPEN',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
];

/**
 * Maps driver errors to the store's typed errors. Messages carry only the SQLite code, never
 * values, so no personal data reaches logs through an error.
 */
export function mapSqliteError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError || error instanceof StoreConflictError) return error;
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : '';
  if (UNAVAILABLE_CODES.some((c) => code.startsWith(c))) {
    return new StoreUnavailableError(`embedded database unavailable (${code})`, { cause: error });
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new StoreConflictError(`write conflicts with stored data (${code})`, { cause: error });
  }
  if (error instanceof TypeError && /database connection is not open/i.test(error.message)) {
    return new StoreUnavailableError('embedded database is closed', { cause: error });
  }
  return error;
}
