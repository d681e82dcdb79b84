import { sql, type Kysely, type Migration } from 'kysely'

// Frozen in time: this file never imports application code, so later changes cannot rewrite history.
export function init(engine: 'sqlite' | 'postgres'): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('manager_id', 'text', (c) => c.references('users.id'))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled_at', 'text')
        .addColumn('lang', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('users_manager').on('users').column('manager_id').execute()

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute()

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute()
      await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute()

      await db.schema
        .createTable('customers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('external_id', 'text', (c) => c.unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('company_name', 'text')
        .addColumn('tax_id', 'text')
        .addColumn('address', 'text')
        .addColumn('phone', 'text')
        .addColumn('website', 'text')
        .addColumn('industry', 'text')
        .addColumn('region', 'text')
        .addColumn('source', 'text')
        .addColumn('owner_id', 'text', (c) => c.references('users.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('lost_reason', 'text')
        .addColumn('lost_date', 'text')
        .addColumn('tier', 'text', (c) => c.notNull().defaultTo('C'))
        .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('interests', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('preferred_time', 'text')
        .addColumn('meeting_style', 'text')
        .addColumn('preferred_weekdays', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('preferred_hours_from', 'text')
        .addColumn('preferred_hours_to', 'text')
        .addColumn('notes', 'text')
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('assigned_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .addColumn('deleted_by', 'text')
        .execute()
      // Every list sorts by a column and pages by (column, id); each sort has its index, with and
      // without the owner filter a rep's list always carries.
      const live = (name: string, columns: string[]) =>
        db.schema
          .createIndex(name)
          .on('customers')
          .columns(columns)
          .where(sql.ref('deleted_at'), 'is', null)
          .execute()
      await live('customers_owner_name', ['owner_id', 'name', 'id'])
      await live('customers_owner_updated', ['owner_id', 'updated_at', 'id'])
      await live('customers_name', ['name', 'id'])
      await live('customers_updated', ['updated_at', 'id'])
      await live('customers_created', ['created_at', 'id'])
      await live('customers_tier_name', ['tier', 'name', 'id'])
      await live('customers_status_name', ['status', 'name', 'id'])
      await db.schema.createIndex('customers_deleted').on('customers').column('deleted_at').execute()

      await db.schema
        .createTable('customer_tags')
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('tag', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('customer_tags_pk', ['customer_id', 'tag'])
        .execute()
      await db.schema
        .createIndex('customer_tags_tag')
        .on('customer_tags')
        .columns(['tag', 'customer_id'])
        .execute()

      await db.schema
        .createTable('contacts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('phone', 'text')
        .addColumn('email', 'text')
        .addColumn('notes', 'text')
        .execute()
      await db.schema
        .createIndex('contacts_customer')
        .on('contacts')
        .columns(['customer_id', 'position'])
        .execute()

      await db.schema
        .createTable('audit_log')
        .addColumn('id', engine === 'postgres' ? 'bigserial' : 'integer', (c) =>
          engine === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute()
      await db.schema
        .createIndex('audit_log_entity')
        .on('audit_log')
        .columns(['entity', 'entity_id', 'id'])
        .execute()

      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute()
    },
  }
}
