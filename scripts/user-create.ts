// `npm run user:create -- --email x@y.z --role ADMIN [--name "…"] [--password-stdin]`
// Creates a verified account, e.g. the first administrator of a new installation. Without
// --password-stdin a strong random password is generated and printed exactly once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "../lib/db";
import { CreateUserSchema, createVerifiedUser, DuplicateEmailError, hasAccountTables } from "../features/accounts/user-admin";

const USAGE = 'Usage: npm run user:create -- --email <address> --role <NONE|EDITOR|PLANNER|ADMIN> [--name "<name>"] [--password-stdin]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY)
    console.error("Type the password, then press Enter and Ctrl+D (it is shown while typing; pipe it in to avoid that).");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // Only the line ending `echo` or a file adds; everything else belongs to the password.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** 24 characters from 144 random bits: far beyond guessing, still copyable. */
function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

function describeIssues(error: z.ZodError): string {
  const explanations: Record<string, string> = {
    emailRequired: "--email is required",
    emailInvalid: "--email is not a valid e-mail address",
    nameRequired: "--name must not be empty",
    nameTooLong: "--name is longer than 200 characters",
    passwordTooShort: "the password must be at least 10 characters long",
    passwordTooCommon: "the password is on the list of common passwords",
    passwordTooLong: "the password must not be longer than 256 characters",
  };
  return error.issues
    .map((issue) =>
      issue.path[0] === "role" ? "--role must be one of NONE, EDITOR, PLANNER, ADMIN" : (explanations[issue.message] ?? issue.message),
    )
    .join("\n");
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        "password-stdin": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  if (!args.email || !args.role) fail(`--email and --role are required.\n${USAGE}`);

  const generated = !args["password-stdin"];
  const password = generated ? generatePassword() : await readPasswordFromStdin();
  const input = {
    email: args.email,
    role: args.role.toUpperCase(),
    name: args.name ?? args.email.trim().split("@")[0],
    password,
  };
  const parsed = CreateUserSchema.safeParse(input);
  if (!parsed.success) fail(describeIssues(parsed.error));

  const db = createPrismaClient();
  try {
    if (!(await hasAccountTables(db))) fail("The database has no tables yet. Run `npm run db:migrate` first.");
    const user = await createVerifiedUser(db, parsed.data);
    console.log(`Created user #${user.id} <${user.email}> with role ${parsed.data.role}.`);
    if (generated) console.log(`Password (shown only this once): ${password}`);
  } catch (error) {
    if (error instanceof DuplicateEmailError)
      fail(`A user with the e-mail address ${parsed.data.email} already exists. Nothing was changed.`);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`Creating the user failed: ${(error as Error).message}`);
  process.exit(1);
});
