import { describe, expect, it } from "vitest";
import { openPostgresStore } from "../../src/store/postgres.ts";
import {
  dropSchemas,
  freshSchemaName,
  PG_SKIP_ALLOWED,
  PG_TEST_URL,
  postgresRequiredError,
  postgresUnreachable,
} from "./postgres-test-db.ts";
import { registerStoreContract } from "./store-contract.ts";

const unreachable = await postgresUnreachable();

if (unreachable !== undefined && PG_SKIP_ALLOWED) {
  describe("PostgreSQL digest store", () => {
    it("is NOT tested: the server is unreachable and BRIEFBOT_SKIP_PG=1", () => {
      console.warn(`PostgreSQL store tests left out: ${unreachable}`);
      expect(unreachable).toBeDefined();
    });
  });
} else {
  registerStoreContract("PostgreSQL", async () => {
    if (unreachable !== undefined) throw postgresRequiredError(unreachable);
    const schemas: string[] = [];
    return {
      async freshDatabase() {
        const schema = freshSchemaName();
        schemas.push(schema);
        return {
          open: (options) => openPostgresStore({ connectionString: PG_TEST_URL, schema, ...options }),
        };
      },
      cleanup: () => dropSchemas(schemas),
    };
  });
}
