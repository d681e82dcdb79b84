export type Session = { email: string; userId: string; role: string; headers: Record<string, string> }

/** Signs in through the real API (POST /api/v1/auth/login) and keeps the session cookie. */
export async function signIn(origin: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login as ${email}: HTTP ${response.status} ${await response.text()}`)
  const user = (await response.json()) as { id: string; role: string }
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('abacus_session='))
  if (!cookie) throw new Error(`login as ${email}: no abacus_session cookie in the answer`)
  return { email, userId: user.id, role: user.role, headers: { cookie } }
}

/** Fetches `path` once as `session` and checks it is what the measurement means to load. */
export async function probe(
  origin: string,
  path: string,
  session: Session | null,
  check: (body: unknown) => string | null,
): Promise<{ bytes: number }> {
  const response = await fetch(origin + path, { headers: session?.headers ?? {} })
  const text = await response.text()
  if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status} ${text.slice(0, 500)}`)
  const problem = check(JSON.parse(text))
  if (problem) throw new Error(`GET ${path}: ${problem}`)
  return { bytes: Buffer.byteLength(text) }
}
