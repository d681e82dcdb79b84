import { isHttpError } from '../../lib/http'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'

/** A dry run or import the server refused: its message and details, in the reader's language. */
export function RunErrorAlert({ error }: { error: Error }) {
  const problem = isHttpError(error)
    ? { status: error.status, message: error.message, unplaced: error.details }
    : { status: 0, message: error.message, unplaced: [] }
  return <ServerErrorAlert problem={problem} />
}
