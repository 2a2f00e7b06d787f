import { openPostgresStore } from "../../src/store/postgres.ts";
import {
  dropSchemas,
  dropTable,
  freshSchemaName,
  PG_TEST_URL,
  postgresRequiredError,
  postgresUnreachable,
} from "./postgres-test-db.ts";
import { registerStoreContract } from "./store-contract.ts";

const unreachable = await postgresUnreachable();

registerStoreContract("PostgreSQL", async () => {
  if (unreachable !== undefined) throw postgresRequiredError(unreachable);
  const schemas: string[] = [];
  return {
    async freshDatabase() {
      const schema = freshSchemaName();
      schemas.push(schema);
      return {
        open: (options) => openPostgresStore({ connectionString: PG_TEST_URL, schema, ...options }),
        dropTable: (table) => dropTable(schema, table),
      };
    },
    cleanup: () => dropSchemas(schemas),
  };
});
