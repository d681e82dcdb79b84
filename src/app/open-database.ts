// api/ and cli/ open the database through app/, which keeps db/ behind the dependency rule.
export {
  connect as openDatabase,
  dataVersionOf,
  type DataVersion,
  describeDatabaseUrl,
  type Db as OpenDatabase,
  type Engine,
} from '../db/connect'
