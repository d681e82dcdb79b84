import { AppError } from '../core/app-error'

/** 412 unless the record is still at the version the client read (If-Match): nothing changes then. */
export function checkVersion(record: { version: number }, expected: number): void {
  if (record.version !== expected)
    throw new AppError('version_mismatch', 'error.version_mismatch', { expected, actual: record.version })
}

/** 412 when a guarded UPDATE … WHERE version = ? touched no row: someone saved in between. */
export function versionLost(expected: number): AppError {
  return new AppError('version_mismatch', 'error.version_mismatch', { expected, actual: expected + 1 })
}
