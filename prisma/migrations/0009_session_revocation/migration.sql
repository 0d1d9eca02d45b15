-- Signed-out sessions (issue 18): a session cookie is a self-contained JWT, so signing out only
-- deletes the browser's copy. Each login gets a random session id inside the token; signing out
-- records it here until the token would have expired anyway, and loadSessionUser refuses it.
CREATE TABLE "RevokedSession" (
    "sessionId" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

CREATE INDEX "RevokedSession_expiresAt_idx" ON "RevokedSession"("expiresAt");
