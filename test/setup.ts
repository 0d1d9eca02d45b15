// Defaults for every Vitest worker. Values already set by the caller win.
const env = process.env as Record<string, string | undefined>;

env.NODE_ENV ??= "test";
// A fixed secret so code that signs tokens behaves like production without reading real secrets.
env.AUTH_SECRET ??= "vitest-auth-secret-only-for-tests-0123456789";
// Tests that need a database call useTestDatabase(); anything else that reaches Prisma gets an empty
// in-memory database and fails with "no such table". Overridden on purpose, even when the shell
// exports DATABASE_URL: a unit test must never write into a developer's database.
env.DATABASE_URL = "file::memory:";
// Servers run in UTC; code must convert to Europe/Berlin itself, so tests run in UTC too.
env.TZ ??= "UTC";
env.LOG_LEVEL ??= "warn";
// Tests write rows and read them back at once: the shared cache of public data is off unless a test turns it on.
env.SHARED_CACHE_TTL_MS ??= "0";
