import type { Instrumentation } from "next";
import { loggablePath, logger } from "./lib/logger";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}

// Every uncaught server error (render, route handler, server action, proxy) becomes one log line.
// The stack stays in the server log; visitors only see the error page with the digest.
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  logger.error("request failed", {
    error: error instanceof Error ? error : String(error),
    digest,
    method: request.method,
    path: loggablePath(request.path),
    routeType: context.routeType,
    routePath: context.routePath,
  });
};
