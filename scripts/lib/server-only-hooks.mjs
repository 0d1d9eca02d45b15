// Module hooks for scripts that load server modules outside Next.js: "server-only" becomes an empty
// module (as under the react-server condition), without switching React to its server build.
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}
