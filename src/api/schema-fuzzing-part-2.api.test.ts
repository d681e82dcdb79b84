import { describeSchemaFuzzing } from '../test-support/schema-fuzz-suite'

/** The other half of the operations of schema-fuzzing.api.test.ts. */
describeSchemaFuzzing(2, 2)
