import { useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import { importOrders, type ImportRequest } from './import-requests'

/**
 * One POST of the file (a dry run or the import), with its upload progress: a number while bytes
 * go up, null once they are all sent and the server is reading the file.
 */
export function useImportRun(onSuccess?: () => void) {
  const [progress, setProgress] = useState<number | null>(null)
  const run = useMutation({
    mutationFn: (request: ImportRequest) => {
      setProgress(0)
      return importOrders(request, (fraction) => setProgress(fraction < 1 ? fraction : null))
    },
    onSuccess,
  })
  return { run, progress }
}
