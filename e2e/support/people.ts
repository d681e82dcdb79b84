/** The people most specs need: the first admin, a manager, and a rep (who reports to the manager where a spec says so). */
export const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct-horse-1' }
export const MANAGER = {
  name: 'Mona Manager',
  email: 'mona@example.com',
  password: 'correct-horse-2',
  role: 'manager',
}
export const REP = { name: 'Ray Rep', email: 'ray@example.com', password: 'correct-horse-3', role: 'rep' }
