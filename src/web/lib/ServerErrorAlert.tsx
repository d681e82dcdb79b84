import { Alert } from 'antd'
import type { ServerProblem } from './use-server-error'

type Props = { problem: ServerProblem | null; onClose?: () => void }

/** The server's message, plus any field errors that have no input of their own to sit under. */
export function ServerErrorAlert({ problem, onClose }: Props) {
  if (!problem) return null
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={problem.message}
      description={
        problem.unplaced.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {problem.unplaced.map((d) => (
              <li key={`${d.path}:${d.message}`}>{d.message}</li>
            ))}
          </ul>
        ) : undefined
      }
      closable={onClose ? { onClose } : undefined}
      style={{ marginBottom: 16 }}
    />
  )
}
