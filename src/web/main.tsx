import './i18n/i18n'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Root } from './Root'
import { setUnauthenticatedHandler } from './lib/http'
import { queryClient } from './lib/query-client'
import { queryKeys } from './lib/query-keys'

// A session that ends mid-work (expired, user disabled) sends the reader to the sign-in form.
setUnauthenticatedHandler(() => queryClient.setQueryData(queryKeys.me, null))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
)
