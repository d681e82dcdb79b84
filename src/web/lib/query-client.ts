import { QueryClient } from '@tanstack/react-query'
import { isHttpError } from './http'

/** Client errors (4xx) do not get better by asking again; network hiccups and 5xx might. */
const shouldRetry = (failures: number, error: unknown) =>
  failures < 2 && !(isHttpError(error) && error.status >= 400 && error.status < 500)

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 15_000 },
    mutations: { retry: false },
  },
})
