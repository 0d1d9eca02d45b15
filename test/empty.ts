// Stands in for the `server-only` package in Vitest, where server modules are imported directly.
export {};
