// Statements are built from pieces that carry their own parameters, so user input only ever reaches
// SQL as positional parameters and the parameter order always follows the text order.

export type Fragment = { sql: string; params: unknown[] };

export const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");
