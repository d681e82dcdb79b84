import { useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import type { ImportProgress } from './import-progress'
import { sendImport, type ImportReport, type ImportRequest } from './import-requests'

/** One POST of the file (a dry run or the import), with how far it has got. */
export function useImportRun(onSuccess?: (report: ImportReport) => void) {
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const run = useMutation({
    mutationFn: (request: ImportRequest) => {
      setProgress({ stage: 'upload', fraction: 0 })
      return sendImport(request, setProgress)
    },
    onSuccess,
  })
  return { run, progress }
}
